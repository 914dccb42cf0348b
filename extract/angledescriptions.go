package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/nergraph/nergraph/extract/text"
)

// angleDescriptionSpans (tail14c) cuts from a span the words before a
// Reuters angle bracket inside it when a lower-case word ends them: "the
// Tervanian merchant bank <Quarbin Brothers Ltd>" names the bank by the
// words in the brackets, and the words before them describe it ("a unit
// of the Tervanian merchant bank"). The bracket opens the company's
// name; a span that runs across it glues the description on. Left alone:
// a unit's name joined by "of" or "and" ("Parts Division of <Quarbin
// Inc>"), and capitalized words before the bracket. The spans are cut in
// place and returned.
func angleDescriptionSpans(sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if !sp.within(sents) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		for j := sp.Start + 1; j+1 < sp.End; j++ {
			if toks[j].Text != "<" {
				continue
			}
			if lowerDescriptionWord(toks[j-1].Text) {
				sp.Start = j + 1
			}
			break
		}
	}
	return spans
}

// lowerDescriptionWord reports whether w is a word of letters in lower
// case that may end a description: no "of", "and" or "for", which join a
// unit's name to its parent's.
func lowerDescriptionWord(w string) bool {
	switch w {
	case "of", "and", "for", "&":
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return false
	}
	for _, c := range w {
		if !unicode.IsLetter(c) && c != '-' {
			return false
		}
	}
	return true
}
