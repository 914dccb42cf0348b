// Package names holds what nergraph knows about names, in one place: how
// names are folded for matching ([Key]), how reporters shorten them
// ([ShortFits]), what a name's own words say about its kind
// ([TypedByName]), and the word lists and tables behind them. The
// tokenizer, the resolver of package extract and the corpus linker of
// package graphstore all read these lists, so that they agree.
//
// # Lists
//
// One list per concept, each a [Set] of folded words: titles and
// honorifics ([Titles], [Offices]), abbreviations that keep their period
// ([Abbreviations]), company suffixes ([CorpSuffixes]), the heads of
// organization and event names ([OrgHeads], [GenericOrgHeads],
// [MiscHeads]), minor words ([MinorWords]), name suffixes,
// and places ([PlaceHeads], [StateAbbrevs]). Where two lists look alike but
// serve different ends, their names and comments say which.
//
// Titles are read by a grammar ([SplitTitle]): qualifiers, an office and a
// body after "of" ("U.S. Trade Representative", "Chancellor of the
// Exchequer", "White House Chief of Staff"); a royal, religious or noble
// title before a given name is part of the name ([RoyalTitles]).
//
// # Tables
//
// The country table ([Countries], [LookupCountry]) gives each country its
// ISO codes, names, aliases and demonyms; the agency table ([Agencies])
// the news agencies credited as sources. [Tables] indexes both, with the
// capitals, big cities and regions, once per process. Former countries
// (the Soviet Union, East and West Germany, Yugoslavia, Czechoslovakia,
// Serbia and Montenegro) are
// countries of their own, by ISO 3166-3 codes ("SUHH"; West Germany has
// nergraph's "DEWG"), with the names that meant them in their time
// ([EraCountry], [FormerOf]). [GenericBody] reads the ministries,
// treasuries, central banks, parliaments and armies that every country has;
// [Known] gives what well-known acronyms and short names stand for when an
// article leaves them undefined ("NHS", "Fed", "Tories", "USDA").
//
// The lists and tables are written by hand for this project from general
// knowledge; tests check the country codes and capitals against a public
// dataset when it is available.
package names
