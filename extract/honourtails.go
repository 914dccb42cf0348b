package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
)

// honourTailSpans cuts an honour's letters in capitals ([honourLetters]:
// "OBE", "KBE") from the end of a span typed a person of two words or
// more before them (tail17f): "the donor Ann Vell OBE" is Ann Vell. They
// are no part of the name, as an office's letters are not
// ([trimPostNominals]). Only a person's span: the same letters alone or
// after a firm's words may be a firm's own name ("MBE" of a chain of
// shops). Cost: a length test of a person's span's last token, a map
// look-up after it.
func honourTailSpans(sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Person || sp.End-sp.Start < 3 {
			continue
		}
		if toks := fitTokens(sents, sp); toks != nil && honourTail(toks[sp.End-1].Text) && upperWord(toks[sp.End-2].Text) {
			sp.End--
		}
	}
	return spans
}

// honourTail reports whether w is an honour's letters written in capitals
// ([honourLetters]): "OBE", not "Obe".
func honourTail(w string) bool {
	return len(w) == 3 && w == strings.ToUpper(w) && honourLetters[strings.ToLower(w)]
}
