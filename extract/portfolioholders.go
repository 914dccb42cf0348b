package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail11e) mends an office's holder that the recognizer ran
// into the office's portfolio and typed a place or a body: "US Secretary
// of State Ann Vell", where "State Ann Vell" was made a place, or
// "Minister of Energy Tom Quarbin", made a body. portfolioPersonSpans
// (tail10yc) cuts the portfolio from a span typed a person's; this one
// asks more of the words around the span, since its type was wrong too.

// portfolioHolderSpans cuts a minister's or secretary's portfolio from the
// start of a span that is no person's, right after the title and "of" or
// "for" ("Secretary of State Ann Vell", "Minister of State for Energy Tom
// Quarbin"), and types the rest a person's: two words or more, capitalized
// save a name's particles ("Ann de Vell", "Tom al-Quarbin"), the last no
// place's or body's word ("Minister of Energy Quarbin Holdings" is left).
func portfolioHolderSpans(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.Type == Person || sp.Start < 2 || sp.End-sp.Start < 3 {
			continue
		}
		toks := fitTokens(sents, sp)
		if toks == nil {
			continue
		}
		if p := toks[sp.Start-1].Text; p != "for" && p != "of" || !officeWord(toks[sp.Start-2].Text) {
			continue // the usual case, decided at once
		}
		n := portfolioRun(toks, sp.Start, sp.End)
		if k := sp.Start + n; n > 0 && k+1 < sp.End && toks[k-1].Text == "State" && toks[k].Text == "for" {
			if m := portfolioRun(toks, k+1, sp.End); m > 0 {
				n += 1 + m // "State for Energy"
			}
		}
		if n == 0 || sp.End-sp.Start-n < 2 || !holderWords(toks[sp.Start+n:sp.End]) {
			continue
		}
		sp.Start += n
		sp.Type = Person
	}
}

// holderParticles stand inside a person's name in lower case, alone ("Ann
// de Vell", "Tom van Quarbin") or glued by a hyphen ("al-Quarbin").
var holderParticles = names.Set{"de": true, "di": true, "da": true, "del": true, "du": true,
	"van": true, "von": true, "der": true, "al": true, "el": true, "bin": true}

// holderWords reports whether toks may be a person's name: the first and
// the last capitalized (the first may be initials, "R.N."), each between
// capitalized or a particle of [holderParticles], a particle glued by a
// hyphen taken off first; no word an acronym or with a figure; the last
// no place's or body's word ([bodyTail]).
func holderWords(toks []text.Token) bool {
	last := len(toks) - 1
	for j, t := range toks {
		w := t.Text
		if i := strings.IndexByte(w, '-'); i > 0 && holderParticles.Has(w[:i]) {
			w = w[i+1:]
		}
		ok := particleWord(w) || j == 0 && names.IsAcronym(w) && strings.HasSuffix(w, ".") ||
			j > 0 && j < last && holderParticles.Has(w)
		if !ok {
			return false
		}
	}
	return !bodyTail(toks[last].Text)
}
