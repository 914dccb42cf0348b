package extract

import (
	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// initialOpenerSpans (tail12d) gives a person's span that opens with a
// middle initial ("K. Vellani") the first name the recognizer left before
// it at the sentence's start: "Ostra K. Vellani, president of the union,
// said". A person's full name does not begin with a middle initial; the
// capitalized word right before it is the given name. [Resolver.extendSpans]
// takes such a word inside a sentence but never a sentence's first, which
// is as often a role or a common word ("Chairman K. Vellani", "But K.
// Vellani"): so the word is taken only when it is no title, no common word
// of the case table ([ner.CommonWord], [ner.MostlyLower]), no country,
// agency or demonym ([Resolver.extendable]), and the initial has its
// period (a lone "A" is a word). Headlines are left alone: their capitals
// tell nothing. It changes spans in place and returns them. (Asked before
// [initialSpans], which takes an initial before a span at a sentence's
// start or after a list's mark: neither takes a span the other would.)
func (r *Resolver) initialOpenerSpans(titleEnd int, sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Person || sp.Start != 1 || sp.End-sp.Start < 2 || sp.Sentence < 0 || sp.Sentence >= len(sents) {
			continue // the usual case, decided at once
		}
		toks := sents[sp.Sentence].Tokens
		if sp.End > len(toks) || !middleInitial(toks[sp.Start].Text) || !names.IsCapitalized(toks[sp.Start+1].Text) {
			continue
		}
		if i > 0 && spans[i-1].Sentence == sp.Sentence && spans[i-1].End > 0 {
			continue // the first word belongs to another span
		}
		w := toks[0]
		if inTitle(titleEnd, w.Start) || allCaps(w.Text) || len(w.Text) < 2 || !r.extendable(w) {
			continue
		}
		if names.Titles.Has(w.Text) || ner.CommonWord(w.Text) || ner.MostlyLower(w.Text) || names.MinorWords.Has(w.Text) {
			continue
		}
		sp.Start = 0
	}
	return spans
}

// middleInitial reports whether w is a capital letter with its period: "K.".
func middleInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}
