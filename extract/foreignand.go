package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail10yr) joins a name that a foreign "and" parts: French
// "et", Spanish "y", German "und" between capitalized words, "Credit
// Tervanais et Quarbinais", "Minas de Tervane y Quarbin S.A.", "Tervane
// und Quarbin". In English copy these words join no list of names: the
// name is one, a firm's, a body's or a place's.

// foreignAnds are the lower-case words for "and" of the languages whose
// names English copy keeps whole.
var foreignAnds = names.Set{"et": true, "y": true, "und": true}

// foreignAndSpans joins each span that ends right before a foreign "and"
// to the name after it, a span or capitalized words with particles
// ([nameParticles]) between them and company suffixes after. The joined span is an organization
// unless it began as a place ("Saint-Tervane et Quarbin"). Left alone: "et
// al", an "and" with no capitalized word after it, a name after it that
// begins a new sentence's words in capitals (headlines keep theirs in
// capitals, and "ET" is no lower-case "et").
func foreignAndSpans(sents []text.Sentence, spans []Span) []Span {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 0 || sp.End+1 >= len(sents[sp.Sentence].Tokens) || sp.Start >= sp.End ||
			!foreignAnds.Has(sents[sp.Sentence].Tokens[sp.End].Text) {
			out = append(out, sp)
			continue
		}
		toks := sents[sp.Sentence].Tokens
		e := foreignNameEnd(toks, sp.End+1)
		if e <= sp.End+1 {
			out = append(out, sp)
			continue
		}
		for i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence && spans[i+1].Start < e {
			i++
			e = max(e, spans[i].End) // the right half's own span, maybe longer
		}
		sp.End = e
		if sp.Type != Location {
			sp.Type = Org
		}
		out = append(out, sp)
	}
	return out
}

// foreignNameEnd returns the end of the name that begins at token k after
// a foreign "and": particles and capitalized words, one capitalized word
// at least, then company suffixes. It returns k when none begins there.
func foreignNameEnd(toks []text.Token, k int) int {
	e, words := k, 0
	for e < len(toks) {
		w := toks[e].Text
		switch {
		case nameParticles.Has(w) && e+1 < len(toks) && upperWord(toks[e+1].Text):
			e++
		case upperWord(w) && !allCaps(w) && w != "Al" && (words > 0 || e == k || nameParticles.Has(toks[e-1].Text)):
			e++
			words++
		default:
			if words == 0 {
				return k
			}
			return suffixesEnd(toks, e)
		}
	}
	if words == 0 {
		return k
	}
	return e
}
