package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail10ya) cuts a common word from a dotted country
// abbreviation before it. Some wire copy capitalizes the word after "U.K."
// or "U.S." ("for U.K. Weekly home market tenders", "a share of the U.K.
// Telecommunications market", "a dealer at one U.K. Bank"): the recognizer
// then reads the two words as one body's name.

// dottedCountries are the abbreviations whose next word the copy
// capitalizes.
var dottedCountries = map[string]bool{"U.K.": true, "U.S.": true}

// countryBodyWords are the common words that, after a country, name the
// country's own body or event: "the U.K. Government", "the U.S.
// Treasury", "a U.S. Marine", "the U.S. Open".
var countryBodyWords = map[string]bool{"Government": true, "Administration": true, "Treasury": true, "Congress": true,
	"Senate": true, "Navy": true, "Army": true, "Embassy": true, "Parliament": true, "Cabinet": true, "Customs": true,
	"Marine": true, "Marines": true, "Air": true, "Open": true, "Masters": true}

// countryWordSpans cuts a span of a dotted country abbreviation and one
// capitalized common word ("U.K. Weekly") back to the country, when no
// capitalized word follows it, nor follows the two words anywhere in the
// article (they are then a longer name's, maybe its short form: "Tervane
// Home" of "Tervane Home Corp"), and the word names none of the country's
// own bodies ([countryBodyWords]) nor a firm's ([names.CompanyWords]:
// "U.S. Lines", "U.S. Air").
func countryWordSpans(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.End-sp.Start != 2 {
			continue
		}
		toks := fitTokens(sents, sp)
		if toks == nil || !dottedCountries[toks[sp.Start].Text] {
			continue
		}
		w := toks[sp.Start+1].Text
		if !names.IsCapitalized(w) || names.IsUpperWord(w) || countryBodyWords[w] || names.CompanyWords[strings.ToLower(w)] || !ner.CommonWord(w) {
			continue
		}
		if sp.End < len(toks) && names.IsCapitalized(toks[sp.End].Text) || longerNameWritten(sents, toks[sp.Start].Text, w) {
			continue
		}
		sp.End--
		sp.Type = Location
	}
	countryKindSpans(sents, spans) // tail13n: the company's words left here, by the words around them
}

// longerNameWritten reports whether the tokens country and w stand
// anywhere in sents before a capitalized word: the two begin a longer
// name there ("U.S. Home Corp").
func longerNameWritten(sents []text.Sentence, country, w string) bool {
	for _, s := range sents {
		for k := 0; k+2 < len(s.Tokens); k++ {
			if s.Tokens[k+1].Text == w && s.Tokens[k].Text == country && names.IsCapitalized(s.Tokens[k+2].Text) {
				return true
			}
		}
	}
	return false
}
