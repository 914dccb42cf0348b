package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// headCommaSpans mends a span of a body that begins with a body's head
// word and a comma, "Bank, Bank of Tervane" of "Ostra-Varn Bank, Bank of
// Tervane and Quarbin Bank": the head word ends the name before it, a
// span that ends just before the head, and the name after the comma is
// a name of its own. The span before becomes the body with its head
// (typed ORG), the span itself begins after the comma. Without a span
// just before it the head and the comma are dropped from the span
// ("the Bank, Tervane Quarbin said"). Spans are changed in place.
func headCommaSpans(sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Org || sp.End-sp.Start < 3 || sp.Sentence < 0 || sp.Sentence >= len(sents) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if sp.End > len(toks) || toks[sp.Start+1].Text != "," || !names.IsCapitalized(toks[sp.Start].Text) ||
			!names.OrgHeads.Has(toks[sp.Start].Text) || !names.IsCapitalized(toks[sp.Start+2].Text) {
			continue
		}
		if i > 0 {
			prev := &spans[i-1]
			if prev.Sentence == sp.Sentence && prev.End == sp.Start && (prev.Type == Org || prev.Type == Location) &&
				toks[sp.Start].Start-toks[sp.Start-1].End == 1 {
				prev.End, prev.Type = sp.Start+1, Org
			}
		}
		sp.Start += 2
	}
	return spans
}
