package extract

import (
	"github.com/nergraph/nergraph/extract/text"
)

// This file (tail10yc) keeps whole the names joined by an apostrophed
// "n" ("Tervane 'N Quarbin Stores Inc", "Vell 'n Lunmark Kitchen"): the
// tokenizer splits "'N" from the words, and the recognizer began the
// name at "N" or after it, or ended it before it.

// apostropheN reports whether toks[i] and toks[i+1] are an apostrophed
// "n", "'" and "N" or "n" ("Tervane 'N Quarbin") or the other way round
// ("Tervane N' Quarbin"), with a capitalized word on either side of them.
func apostropheN(toks []text.Token, i int) bool {
	if i < 1 || i+2 >= len(toks) {
		return false
	}
	a, b := toks[i].Text, toks[i+1].Text
	if !(a == "'" && isN(b) || isN(a) && b == "'") {
		return false
	}
	return upperWord(toks[i-1].Text) && upperWord(toks[i+2].Text)
}

// isN reports whether w is the "n" of an apostrophed "and".
func isN(w string) bool { return w == "N" || w == "n" }

// apostropheNSpans grows a span that begins at or right after an
// apostrophed "n" back over it and the capitalized word before it, and a
// span that ends right before one over it and the capitalized words after
// it. A span that held the other half of the name is emptied into it.
func apostropheNSpans(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		toks := fitTokens(sents, sp)
		if toks == nil {
			continue
		}
		switch {
		case apostropheN(toks, sp.Start-1):
			sp.Start -= 2
		case apostropheN(toks, sp.Start-2):
			sp.Start -= 3
		case apostropheN(toks, sp.End):
			growOverN(toks, spans, i)
			continue
		default:
			continue // the usual case
		}
		if i > 0 && spans[i-1].Sentence == sp.Sentence && spans[i-1].End > sp.Start && spans[i-1].Start <= sp.Start {
			sp.Start = spans[i-1].Start
			if spans[i-1].Type == Org {
				sp.Type = Org
			}
			spans[i-1].End = spans[i-1].Start // the first half, now inside the name
		}
	}
}

// growOverN grows spans[i], which ends right before an apostrophed "n",
// over it and the capitalized words after it, and empties a span that
// begins among them.
func growOverN(toks []text.Token, spans []Span, i int) {
	sp := &spans[i]
	end := sp.End + 2
	for end < len(toks) && upperWord(toks[end].Text) {
		end++
	}
	if i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence && spans[i+1].Start < end {
		if spans[i+1].End > end {
			end = spans[i+1].End
		}
		if spans[i+1].Type == Org {
			sp.Type = Org
		}
		spans[i+1].End = spans[i+1].Start
	}
	sp.End = end
}
