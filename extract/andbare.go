package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// firmBeforeBare returns the firm's span that one word in no span, "and"
// and the span b, one word and a company suffix, make: "Quarbinology and
// Tervane Inc said", where the recognizer took the first word for a
// common one and found only "Tervane Inc". prev is the end of the span
// before b in b's sentence (or -1). The word begins with a capital letter
// (no figure: "rose 3/4 and Tervane Inc fell"), opens the sentence or follows
// a lower-case word, is no month, weekday or small word, may be a firm's
// ([Resolver.firmWords]), and the article never names it alone ("Ford and
// Tervane Inc" when Ford comes up again are two firms).
func (r *Resolver) firmBeforeBare(sents []text.Sentence, b Span, prev int) (Span, firm, bool) {
	if b.Sentence < 0 || b.Sentence >= len(sents) || b.Start < 2 || b.End > len(sents[b.Sentence].Tokens) || b.End-b.Start != 2 || b.Type == Location || b.Type == Misc {
		return Span{}, firm{}, false
	}
	toks := sents[b.Sentence].Tokens
	w := b.Start - 2
	if and := toks[b.Start-1].Text; and != "&" && and != "and" || prev > w || !bareFirmEnd(toks[b.Start+1]) || names.CorpSuffixes.Has(toks[b.Start].Text) {
		return Span{}, firm{}, false
	}
	if w > 0 {
		if p := toks[w-1].Text; p == "" || !isLowerASCII(p[0]) || p == "and" || p == "or" {
			return Span{}, firm{}, false // "Quarbin, Lemmo and Tervane Inc": a list
		}
	}
	ww := toks[w : w+1]
	if !upperWord(ww[0].Text) || names.NoExtend[strings.ToLower(ww[0].Text)] || allCaps(ww[0].Text) || !r.firmWords(ww) || !r.firmWords(toks[b.Start:b.Start+1]) {
		return Span{}, firm{}, false
	}
	if _, known := names.Known(ww[0].Text); known || alone(sents, ww) {
		return Span{}, firm{}, false
	}
	end := bareFirmSpanEnd(toks, b.Start+1) // tail13x: a company's word too
	return Span{Sentence: b.Sentence, Start: w, End: end, Type: Org}, firm{foldWords(ww), foldWords(toks[b.Start : b.Start+1])}, true
}
