package extract

import (
	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// commonPersonOpeners cuts the common words the recognizer glued before a
// person's full name in a span typed a person: "Rock Drummer Tom Okafor"
// is "Tom Okafor" with his description before him. The span is cut to
// start at its first given name the gazetteer knows, when one capitalized
// word or more follows that name in the span and the two words or more
// before it are common words of the case table ([ner.CommonWord] or
// [ner.MostlyLower]) written with a capital and lower-case letters only.
// Left: one such word alone ("Rose Ann Vell": a given name the gazetteer
// does not hold may be a common word too), a word before the given name
// that the gazetteer holds as a given name ("Mark Ann Vell"), a title ("Judge Ann Vell", other rules' to read), a
// particle ("Van", "de") or a word of capitals ("QBX Ann Vell"); a
// particle taken for the given name ("Rip Van Quarb"); and a given name
// with no word after it (the recognizer's own span) (tail15d).
func commonPersonOpeners(sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Person || sp.End-sp.Start < 4 || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.End > len(sents[sp.Sentence].Tokens) {
			continue // the usual case, decided at once
		}
		toks := sents[sp.Sentence].Tokens
		if !commonOpenerWord(toks[sp.Start].Text) {
			continue
		}
		for k := sp.Start + 1; k < sp.End-1; k++ {
			w := toks[k].Text
			if names.IsCapitalized(w) && !nameParticles.Has(w) && !openerParticles.Has(w) && placeGaz().FirstName(w) {
				if k-sp.Start >= 2 && upperWords(toks[k+1:sp.End]) {
					sp.Start = k
				}
				break
			}
			if !commonOpenerWord(w) {
				break
			}
		}
	}
	return spans
}

// commonOpenerWord reports whether w is a common word written with a capital
// and lower-case letters only, and no given name, title or particle.
func commonOpenerWord(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	if !ner.CommonWord(w) && !ner.MostlyLower(w) {
		return false
	}
	return !names.Titles.Has(w) && !nameParticles.Has(w) && !openerParticles.Has(w) && !placeGaz().FirstName(w)
}
