package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// namesakeHeads end the names of bodies named after a person: "the Ann
// Quarbin Foundation", "the Tom Vell Memorial Trust".
var namesakeHeads = names.Set{"foundation": true, "trust": true, "institute": true, "fund": true,
	"society": true, "memorial": true}

// namesakeBodySpans grows a person's span with "the" before it over the
// one to three capitalized words after it when the last of them is one of
// [namesakeHeads], and makes it an organization's: the recognizer takes
// "James Quarbin" of "the James Quarbin Vell Foundation" for a person,
// the namesake's given names, and leaves the rest. A person is seldom
// written with "the" before his name. A span grown over the words
// already ([Resolver.extendSpans]) is only retyped. A span the words run into must end
// inside them; the overlap is then dropped by repairSpans.
func namesakeBodySpans(text string, sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Person || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 1 || sp.End > len(sents[sp.Sentence].Tokens) || sp.Start >= sp.End {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if toks[sp.Start-1].Text != "the" {
			continue
		}
		end := 0
		if sp.End-sp.Start > 2 && namesakeHeads.Has(toks[sp.End-1].Text) {
			end = sp.End // grown over the head already by extendSpans
		}
		for j := sp.End; j < len(toks) && j < sp.End+3; j++ {
			if !names.IsCapitalized(toks[j].Text) || !adjacent(text, toks[j-1], toks[j]) {
				break
			}
			if namesakeHeads.Has(toks[j].Text) {
				end = j + 1
			}
		}
		if end == 0 || !spansEndBy(spans, i, end) {
			continue
		}
		sp.End, sp.Type = end, Org
	}
}

// spansEndBy reports whether every span after spans[i] in its sentence
// that begins before token end also ends by it.
func spansEndBy(spans []Span, i, end int) bool {
	for k := i + 1; k < len(spans) && spans[k].Sentence == spans[i].Sentence && spans[k].Start < end; k++ {
		if spans[k].End > end {
			return false
		}
	}
	return true
}
