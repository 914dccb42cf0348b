package extract

import "github.com/nergraph/nergraph/extract/text"

// This file (tail12r) keeps a union local's number in its name: "Quarbin
// Workers Local 417 voted". The recognizer ends the span at "Local", and
// every local of the union then shares one node "Quarbin Workers Local";
// the number is what names the one local. The plural "Locals 17 and 41"
// names two and is left.

// localNumber reports whether the span toks[s:e] ends in "Local" and a
// number of one to five digits follows it at once.
func localNumber(toks []text.Token, s, e int) bool {
	if e-s < 2 || e >= len(toks) || toks[e-1].Text != "Local" {
		return false
	}
	n := toks[e].Text
	if len(n) == 0 || len(n) > 5 || toks[e].Start != toks[e-1].End+1 {
		return false
	}
	for i := range len(n) {
		if n[i] < '0' || n[i] > '9' {
			return false
		}
	}
	return true
}

// localNumberSpans grows each organization span that [localNumber] finds
// over the local's number, when no span holds that number. The spans stay
// sorted.
func localNumberSpans(sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Org || !sp.within(sents) {
			continue
		}
		if !localNumber(sents[sp.Sentence].Tokens, sp.Start, sp.End) {
			continue
		}
		if i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence && spans[i+1].Start <= sp.End {
			continue
		}
		sp.End++
	}
	return spans
}
