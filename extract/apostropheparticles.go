package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nergraph/nergraph/extract/text"
)

// This file (tail14i) joins to a name the French and Italian particle
// written with an apostrophe and glued to the next word, "d'Arvenne" of
// "Jules Marcel d'Arvenne". The tokenizer keeps "d'Arvenne" one word, so
// [Resolver.particleSpans], which joins "de" and "du", never sees a
// particle there, and the recognizer, trained on English, often ends the
// name before it.

// apostropheParticle reports whether w is "d'" (or "D'", or with a
// typographic apostrophe) glued to a capitalized word of two letters or
// more: "d'Arvenne", "D'Orsel".
func apostropheParticle(w string) bool {
	if len(w) < 2 || w[0] != 'd' && w[0] != 'D' {
		return false
	}
	rest, ok := strings.CutPrefix(w[1:], "'")
	if !ok {
		if rest, ok = strings.CutPrefix(w[1:], "’"); !ok {
			return false
		}
	}
	r, n := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) && len(rest) > n && !strings.ContainsAny(rest, "'’")
}

// apostropheParticleSpans grows a span of a person or an organization
// over the word right after it that is an apostrophe particle and its word
// ([apostropheParticle]) when no span holds it: "Jules Marcel" "d'Arvenne"
// is one name. Where a span begins at that word, the joins of adjacent
// spans decide, as they did before. A possessive before
// the particle ends the name ("Vell's d'Arvenne").
func apostropheParticleSpans(sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Person && sp.Type != Org || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 0 || sp.Start >= sp.End {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if sp.End >= len(toks) || !apostropheParticle(toks[sp.End].Text) || possessiveEnd(toks[sp.End-1].Text) {
			continue
		}
		if i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence && spans[i+1].Start == sp.End {
			continue // a span of its own: the joins of adjacent spans decide
		}
		sp.End++
	}
	return spans
}
