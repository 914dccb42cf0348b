package extract

import "github.com/nergraph/nergraph/extract/text"

// houseOfSpans (tail10yd) mends a firm named "House of X" that the
// recognizer cut at "of": a one-word span typed a person or an
// organization right after "House of" grows back over "House" (emptying
// the span that held "House" alone, if one did): "a day after House of
// Quarbin and Lemmox disappointed investors". A span of more words after
// "of" is left ("House of Flying Tervanes" is a title's), and so is a
// "House" that another span holds with more words ("the White House of
// Quarbin").
func houseOfSpans(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		toks := fitTokens(sents, sp)
		if toks == nil || sp.Start < 2 || sp.End != sp.Start+1 || toks[sp.Start-1].Text != "of" || toks[sp.Start-2].Text != "House" {
			continue // the usual case, decided at once
		}
		if sp.Type != Person && sp.Type != Org {
			continue
		}
		growOverHead(spans, i, sp.Start-2, Org)
	}
}

// growOverHead grows spans[i] back over the word at head before it and
// gives it typ, emptying the span before it when that span held the word
// alone ("House" of "House of Quarbin", "Gulf" of "Gulf of Mexico"). A
// span that holds the word with more words (a longer name of its own) is
// left, and so is spans[i].
func growOverHead(spans []Span, i, head int, typ Type) {
	sp := &spans[i]
	if i > 0 && spans[i-1].Sentence == sp.Sentence && spans[i-1].End > head {
		prev := &spans[i-1]
		if prev.Start != head || prev.End != head+1 {
			return // the word inside a longer name
		}
		prev.End, prev.Type = sp.End, typ
		sp.End = sp.Start // now inside the name before it
		return
	}
	sp.Start, sp.Type = head, typ
}
