package extract

import (
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/extract/text"
)

// particleTailSpans grows a span that ends in a name's particle
// ([nameParticles]: "de", "del", "du") over the word after it: a name
// ends in no particle, and the recognizer cut it there, "the minister,
// juan del vell, said" in a headline the source wrote in lower case,
// "Ann de" of "Ann de Vell". The word after must be of letters only,
// with no space but a soft gap before it ([adjacent]), and written in
// the case of the span's first word: capitalized after a capitalized
// name, lower-case after a lower-case one (a headline in lower case). A
// word another span begins is left to that span. A span of the particle
// alone is left. It returns spans, changed in place.
func particleTailSpans(text string, sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 0 || sp.End-sp.Start < 2 {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if sp.End >= len(toks) || !nameParticles[toks[sp.End-1].Text] {
			continue
		}
		if i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence && spans[i+1].Start <= sp.End {
			continue
		}
		next := toks[sp.End]
		if !adjacent(text, toks[sp.End-1], next) || strings.ContainsFunc(next.Text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			continue
		}
		if upperWord(toks[sp.Start].Text) != upperWord(next.Text) || len(next.Text) < 2 {
			continue
		}
		sp.End++
	}
	return spans
}
