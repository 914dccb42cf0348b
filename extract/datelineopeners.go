package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// datelinePersonOpeners cuts one common word glued before a person's full
// name just after a dateline's dash (tail17f): "TERVANIA CITY (Wire) -
// Goalkeeper Tomas Vell signed" is Tomas Vell, as "Goalkeeper Tomas Vell
// signed" opening a line is. The recognizer reads a sentence's first
// word's capital as no sign of a name, but its sentence begins at the
// dateline's town, so the word after the dash keeps its capital's weight
// and is glued on. [commonPersonOpeners] asks two common words before
// the given name (one may be a name the gazetteer lacks, "Rose Ann
// Vell"); after a dateline's dash the sentence's start stands in for
// the second. The span must be typed a person, open with a common word
// ([commonOpenerWord]) before a given name the gazetteer knows, and have
// a capitalized word after the given name. Cost: one token comparison a
// span; the dateline is read only after a "-" before a common word.
func datelinePersonOpeners(text string, sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Person || sp.End-sp.Start < 3 || sp.Start < 1 {
			continue
		}
		toks := fitTokens(sents, sp)
		if toks == nil || toks[sp.Start-1].Text != "-" || !commonOpenerWord(toks[sp.Start].Text) {
			continue
		}
		given := toks[sp.Start+1].Text
		if !names.IsCapitalized(given) || nameParticles.Has(given) || openerParticles.Has(given) || !placeGaz().FirstName(given) ||
			!upperWords(toks[sp.Start+2:sp.End]) || !datelineDash(text, toks[sp.Start-1].Start) {
			continue
		}
		sp.Start++
	}
	return spans
}
