package extract

import (
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/extract/text"
)

// apostropheSurnameSpans grows a person's span that ends in the "O" or
// "D" of a surname the source wrote with a space after its apostrophe,
// "Tom O' Vell said", "Ann D' Marle": the recognizer stops at the lone
// letter, and the name is cut after a particle. The apostrophe must be
// glued to the letter, the letter must follow a word of the span (a
// given name or an initial), and a capitalized word of letters must come
// after the apostrophe; the span takes the apostrophe and that word. It
// returns spans, changed in place.
func apostropheSurnameSpans(sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Person || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.End-sp.Start < 2 || sp.Start < 0 {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if sp.End+1 >= len(toks) {
			continue
		}
		if l := toks[sp.End-1].Text; l != "O" && l != "D" {
			continue
		}
		if a := toks[sp.End]; a.Text != "'" && a.Text != "\u2019" || a.Start != toks[sp.End-1].End {
			continue
		}
		if n := toks[sp.End+1].Text; !upperWord(n) || strings.ContainsFunc(n, func(r rune) bool { return !unicode.IsLetter(r) }) || len(n) < 2 {
			continue
		}
		sp.End += 2
	}
	return spans
}
