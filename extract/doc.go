// Package extract turns news articles into entities: it finds entity
// mentions with a [Recognizer] and resolves the mentions of one article into
// canonical entities ([Extractor], [Resolver]); [Run] does it for files and
// folders on a pool of workers.
//
// # Pipeline
//
// The stages live in their own packages: extract/input reads articles
// (text, JSONL, CSV, Reuters SGML, gzip), extract/text cleans and tokenizes
// them, extract/ner is our recognizer, and this package resolves what it
// finds. [Run] chains them and hands each document on in input order:
//
//	ex, err := extract.New() // loads the model once; safe for concurrent use
//	...
//	stats, err := extract.Run(ctx, []string{"articles/"}, ex, extract.RunOptions{},
//		func(doc *extract.Doc) error {
//			g.Add(doc) // graphstore
//			return nil
//		})
//
// One article at a time, [Extractor.Extract] cleans, tokenizes, recognizes
// and resolves.
//
// # Resolution
//
// The [Resolver] works in phases, one file each: spans.go repairs the
// recognizer's spans (names split in two, a line wrapped inside a name) and
// definitions.go makes one span of a name and the acronym it defines, "the
// General Agreement on Tariffs and Trade (GATT)", and of the names that
// hold "and" ("Standard and Poor's"); mentions.go turns spans into
// normalized mentions, reading titles by a grammar ("Chancellor of the
// Exchequer Nigel Lawson" is Nigel Lawson; "Prince Charles" keeps his
// title) and cutting what is no name (tables of figures, fixtures "Manchester
// United-Arsenal"; in tablejunk.go the words of price tables and market
// headings, "FOB Omaha", "AMSTERDAM EXCHANGES CLOSING", names negated by
// "non-" and compound adjectives, "United States-flag"); initials.go gives a
// line-up's initials back to players' names, andpairs.go cuts two names
// joined at "and" that the article knows apart, and tablejunk.go also drops
// the acronyms an article defines by words in lower case ("exchanges for
// physicals (EFPS)"); scan.go adds the countries and agencies it missed;
// classify.go applies alias rules, the country, agency and place tables, the
// cues of a company and finds credits (naturalplaces.go: a sea, strait,
// lake or island by its words, "Strait of Hormuz", and a town before a
// state's abbreviation, "its Sunrise, Fla., branch", are places whatever
// the recognizer said; a preposition opening a sentence, "Of First City's
// loans", is no part of the name), and with works.go, titlepieces.go and
// worknames.go the cues that make a name a work, an award, an event or a
// product, MISC (the list a plural noun for works opens, "hits including A
// and B"; an award's noun after it; a channel in brackets; a code name; a
// year after a title; a car maker's model); wrongtypes.go makes a thing
// (MISC) of a name after an owner's possessive and before a kind of thing,
// "its new Zorbit technology", or before an apposition whose head is one
// ("Zorbit, a communications architecture"), and a programme of a place's
// span after a broadcaster's possessive ("Quarbin One's Lemmo Stuff show"),
// with its every mention in the article, and
// an organization of a person or place that begins with a firm's word of
// another language ("Gruppo Quarbin", "Banque Quarbin"), ends in A/S, is a
// firm's unit ("Quarbin Motor's Zorbit unit", "Zorbit, an affiliate of
// Quarbin") or an athletics club or a hunt ("Tervane AAC", "Tervane
// Harriers", "the Tervane Hunt"); particles.go joins a name cut before a
// Romance particle to the words after it ("Quarbina de France", "Rio
// Quarbo do Sul") and makes a firm of the place a quoted speaker is at
// ("said Ann Okafor at Quarbinbank"); teamsheet.go makes people of a team
// sheet's names and of the substitutes in its brackets; classify.go drops a ticker after "symbol"
// and a wire story's code, "(NRQZ 0213)"; headlines.go drops headline words
// taken for names. fragments.go cuts the spans that glue two names or a
// name and words of none (a team sheet's "Tallis; Okafor", "New
// Tervane-based Quarbin Corp", "told Reuters Quarbin", "technology firms
// Quarbin Data and Tervane", "David Okafor of Quarbin Securities Ltd said",
// "Okafor & Lindqvist claim awards" over a story of the two, a demonym
// before a surname the article gives in full; spans.go the lower-case
// words after "of", "accused the Tervane Democrats of offering";
// mentions.go an "A" or "An" that opens a sentence, "An Okafor Bank
// official") and keeps whole a name a hyphen joins when the
// article never writes its right half alone ("Landesbank Varn-Rhein
// Girozentrale", not a fixture). context.go reads the article as a whole: its time (in
// 1987 "Germany" is West Germany, country:DEWG), its dateline (in the text,
// else the one the input gives apart, Reuters' <DATELINE>), the acronyms
// it defines (which win over the well-known ones of the tables: "NHS" is the
// National Health Service unless the article says otherwise), and in
// bodies.go the country of each generic body ("the Finance Ministry" of a
// Tokyo story is org:finance-ministry@JP, labelled "Finance Ministry
// (Japan)"). group.go and link.go link the mentions that name one entity
// (surnames before given names, a prince's name before a commoner's,
// initials, company first words, clubs by their town), and entities.go
// builds the [Entity] values, marking Partial the short names the graph may
// link across articles. With [WithMinConfidence] (off by default),
// confidence.go marks Unsure the entities the recognizer was unsure of: every
// mention's weakest token labeled with the entity's type by less than the
// threshold over any other labeling (the max-marginals of the tagger's
// lattice, ner.TokenScores), unless the model's gazetteer knows the name;
// they are counted in Doc.Unsure, and the graph drops a node all of whose
// entities are unsure. What it knows about names (titles, abbreviations,
// company suffixes, countries and former countries, agencies, generic
// bodies, well-known short names) is shared with the tokenizer and the
// graph's corpus linker in one package, internal/names.
//
// # Recognizers
//
// The default recognizer is our averaged perceptron ([DefaultRecognizer]).
// Others register by name ([RegisterRecognizer]); importing
// extract/prose adds "prose", so that programs that do not want it do not
// link it.
package extract
