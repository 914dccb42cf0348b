package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail13b) drops a span of one hyphenated word that joins two
// countries, or a country and a union of them: "Tervania-Quarbia talks",
// "the U.S.-EC dispute". Such a word says whose talks or trade, as an
// adjective does; it names no one body or place, yet the recognizer spans
// it and the resolver makes a firm or a place of the pair.

// countryUnions are the unions of countries written beside a country in
// such a pair: "EC-U.S. trade".
var countryUnions = names.Set{"ec": true, "eu": true, "eec": true, "e.c.": true}

// countryPairSpans drops each span of [countryPairWord] from spans.
func countryPairSpans(sents []text.Sentence, spans []Span) []Span {
	out := spans[:0]
	for _, sp := range spans {
		if sp.End-sp.Start == 1 && sp.Sentence >= 0 && sp.Sentence < len(sents) && sp.Start >= 0 && sp.End <= len(sents[sp.Sentence].Tokens) &&
			countryPairWord(sents[sp.Sentence].Tokens[sp.Start].Text) {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// countryPairWord reports whether w is two halves joined by one hyphen,
// each a country's name, alias or people's adjective, or a union of
// countries, and w whole no place the tables know ("Guinea-Bissau" is
// one country).
func countryPairWord(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || strings.Contains(b, "-") { // the cheap first question
		return false
	}
	if !countryHalf(a) || !countryHalf(b) {
		return false
	}
	// "Trinidad-Tobago" writes one country's "and" with a hyphen
	// ([Resolver.hyphenCountry])
	full := a + " and " + b
	return !names.Tables().KnownPlace(names.Key(w)) && names.Tables().Country(full, names.Key(full)) < 0
}

// countryHalf reports whether s, a half of [countryPairWord], names a
// country by a name, an alias or its people's adjective, or names a union
// of countries: "U.S.", "Japan", "British", "EC".
func countryHalf(s string) bool {
	if len(s) < 2 || !upperWord(s) {
		return false
	}
	if countryUnions[strings.ToLower(s)] {
		return true
	}
	// A name or alias, not a code: "TV-AM" and "Pan-European" are no pairs
	// of Tuvalu and Armenia, or of Panama.
	t, k := names.Tables(), names.Key(s)
	return t.Country(s, k) >= 0 || t.IsDemonym(k)
}
