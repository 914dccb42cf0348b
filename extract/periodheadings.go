package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail13n) takes up the results headings tail13j's
// [tableWordSpans] leaves: a digest of results writes each firm's line
// after its period, "Nine Months Tervane Inc shr 49 cts vs 36", "Year
// Quarbin Industries Inc oper shr loss", and the recognizer reads the
// period into the firm's name.

// monthCounts open a heading's "Months": "Six Months", "Nine Mths".
var monthCounts = names.Set{"three": true, "six": true, "nine": true, "twelve": true, "3": true, "6": true,
	"9": true, "12": true}

// periodHeadingLen returns how many of the first tokens of ts a results
// heading takes: 2 for a count of [monthCounts] with a capital or a
// digit and "Months" or "Mths", 1 for "Year" with a capital, 0 else.
func periodHeadingLen(ts []text.Token) int {
	w := ts[0].Text
	if w == "Year" || w == "YEAR" {
		return 1
	}
	if len(ts) < 2 || w == "" || w[0] >= 'a' && w[0] <= 'z' || !monthCounts[strings.ToLower(w)] {
		return 0
	}
	if m := strings.ToLower(ts[1].Text); m == "months" || m == "mths" {
		return 2
	}
	return 0
}

// periodHeadingSpans cuts a results heading ([periodHeadingLen]) from the
// start of a span when a firm's name with a company suffix as its last
// word is left, of two words or more, and the span opens its line or
// follows a figure (the line before it ends in one: "vs 36 Nine Months
// Tervane Inc"). "Year" alone before a name in prose ("Year Book Corp
// said") has neither.
func periodHeadingSpans(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		toks := fitTokens(sents, sp)
		if toks == nil || sp.End-sp.Start < 3 {
			continue
		}
		n := periodHeadingLen(toks[sp.Start:sp.End])
		if n == 0 || sp.End-sp.Start-n < 2 || !names.CorpSuffixes.Has(strings.TrimRight(toks[sp.End-1].Text, ".")) {
			continue
		}
		if sp.Start > 0 && !figureChars(toks[sp.Start-1].Text) {
			continue
		}
		sp.Start += n
	}
}
