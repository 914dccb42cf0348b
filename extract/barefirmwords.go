package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// bareFirmEnd reports whether t, the second word of the span after a bare
// word and "and" (see [Resolver.firmBeforeBare]), ends a firm's name: a
// company suffix ("Quarbinology and Tervane Inc") or a company's word
// written capitalized ([firmTail]: "Quarbin and Tervane Trust said",
// where the recognizer took the first partner for a common word).
func bareFirmEnd(t text.Token) bool {
	return names.CorpSuffixes.Has(t.Text) || firmTail(t)
}

// bareFirmSpanEnd returns the end of the firm's span that begins with the
// partner at i-1 and its company word at i: the company suffixes after
// the word ([suffixesEnd]), or the word itself when none follows.
func bareFirmSpanEnd(toks []text.Token, i int) int {
	if names.CorpSuffixes.Has(toks[i].Text) {
		return suffixesEnd(toks, i)
	}
	return suffixesEnd(toks, i+1)
}
