package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
)

// lowerHyphenWord reports whether w is a hyphenated word the article also
// writes in lower case ("Anti-Quarbist" beside "the anti-quarbist wing"):
// a compound adjective or noun capitalized before a name, not a given
// name, which [Resolver.leadWordSurnameSpans] may cut from before a
// surname the article gives in full (tail14i). A double given name
// ("Jean-Luc") is never written in lower case.
func lowerHyphenWord(sents []text.Sentence, w string) bool {
	if !strings.Contains(w, "-") || !upperWord(w) {
		return false
	}
	lw := strings.ToLower(w)
	for _, se := range sents {
		for _, t := range se.Tokens {
			if t.Text == lw {
				return true
			}
		}
	}
	return false
}
