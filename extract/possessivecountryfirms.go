package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail17d) cuts a dotted country's possessive from the name
// after it: "the U.K.'s Vellmar Cable Plc", "to the U.S.'s Tervane Metals
// Co": the recognizer reads the country, its "'s" and the firm's name as
// one name. No name holds a dotted country's possessive: "America's
// Pharmacy Inc" (a firm's whole name) has no dots, and a headline's "THE
// U.S.'S" is in capitals. A span at a sentence's start, or after a
// capitalized word, is left: nothing there says where a name before it
// ends.

// possessiveCountryFirmSpans cuts a span that opens with a dotted country
// ([dottedCountries]) and "'s", right after "the" or another word in lower
// case ("by U.K.'s Vellmar Plc"), to the name after it,
// of the span's own type, and gives the country a place's span of its own
// (as [countryKindFirmSpans] does). The name must open with a capitalized
// word that is no company suffix ("the U.K.'s Plc" is no name). Cost: a
// length test and a map test of each span's first word; the rest only
// after "U.S." or "U.K.". It returns the spans.
func possessiveCountryFirmSpans(sents []text.Sentence, spans []Span) []Span {
	var add []Span
	for i := range spans {
		sp := &spans[i]
		if sp.End-sp.Start < 2 || sp.Start < 1 {
			continue
		}
		toks := fitTokens(sents, sp)
		if toks == nil {
			continue
		}
		n := possessiveCountry(toks[sp.Start:sp.End])
		if prev := toks[sp.Start-1].Text; n == 0 || n >= sp.End-sp.Start || prev != "The" && !lowerWord(prev) {
			continue
		}
		next := toks[sp.Start+n].Text
		if !upperWord(next) || names.CorpSuffixes[strings.ToLower(strings.TrimSuffix(next, "."))] {
			continue
		}
		add = append(add, Span{Sentence: sp.Sentence, Start: sp.Start, End: sp.Start + n, Type: Location})
		sp.Start += n
	}
	if len(add) == 0 {
		return spans
	}
	return placeWholeSpans(spans, add)
}

// possessiveCountry returns how many of toks' first tokens write a dotted
// country of [dottedCountries] and "'s" (or "’s"), as written: 1 for
// "U.K.'s", 2 for "U.K." and "'s", 0 for none.
func possessiveCountry(toks []text.Token) int {
	w := toks[0].Text
	if dottedCountries[w] {
		if len(toks) > 1 && (toks[1].Text == "'s" || toks[1].Text == "’s") {
			return 2
		}
		return 0
	}
	if len(w) < 6 || w[0] != 'U' {
		return 0 // the usual case, decided at once
	}
	c, ok := strings.CutSuffix(w, "'s")
	if !ok {
		c, ok = strings.CutSuffix(w, "’s")
	}
	if ok && dottedCountries[c] {
		return 1
	}
	return 0
}
