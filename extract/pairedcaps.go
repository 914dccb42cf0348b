package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail13f) gives [pairedEnd] the two shapes of a utility's
// paired words it missed: a headline's or a list's capitals, where "and"
// is written "AND" ("QUARBIN GAS AND ELECTRIC, 22-1/8, OFF 1/4"), and a
// span that ends right before the pair ("NORTH TERVANE" "GAS AND ELECTRIC
// CO PAYOUT", where the recognizer found a region and left the rest).

// pairedSpanEnd is [pairedEnd], then [pairedCapsEnd].
func pairedSpanEnd(toks []text.Token, spans []Span, i int) (int, bool) {
	if end, ok := pairedEnd(toks, spans, i); ok {
		return end, true
	}
	return pairedCapsEnd(toks, spans, i)
}

// pairedCapsEnd returns where spans[i] ends when the words of a pair of
// [pairedWords] close it or follow it, with the firm's tail words after
// them ([firmTails]): the span's last word and the "AND" after it, all in
// capitals ("QUARBIN GAS" "AND ELECTRIC"); or the two words and "and"
// right after the span ("North Tervane" "Gas and Electric Co"), "AND" only
// in capitals. Left alone: a person's span or a work's, a span that
// follows inside the pair. (A country's span before the pair, "FRANCE GAS
// AND ELECTRIC PRICES", is a country's by the time this runs.)
func pairedCapsEnd(toks []text.Token, spans []Span, i int) (int, bool) {
	sp := spans[i]
	if sp.Type == Person || sp.Type == Misc || sp.Start < 0 || sp.End+1 >= len(toks) || sp.Start >= sp.End {
		return 0, false
	}
	var end int
	switch and := toks[sp.End].Text; {
	case and == "AND" && pairedWords[names.Key(toks[sp.End-1].Text)] == names.Key(toks[sp.End+1].Text) && capsRun(toks[sp.Start:sp.End+2]):
		end = sp.End + 2
	case sp.End+2 < len(toks) && upperWord(toks[sp.End].Text) && upperWord(toks[sp.End+2].Text) &&
		pairedWords[names.Key(toks[sp.End].Text)] == names.Key(toks[sp.End+2].Text) &&
		(toks[sp.End+1].Text == "and" || toks[sp.End+1].Text == "AND" && capsRun(toks[sp.Start:sp.End+3])):
		end = sp.End + 3
	default:
		return 0, false
	}
	if i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence && spans[i+1].Start < end {
		return 0, false
	}
	for end < len(toks) && upperWord(toks[end].Text) && firmTails.Has(trimDot(toks[end].Text)) {
		end++
	}
	return end, true
}

// capsRun reports whether each word of ws is written in capitals.
func capsRun(ws []text.Token) bool {
	for _, w := range ws {
		if !allCaps(w.Text) {
			return false
		}
	}
	return true
}
