package extract

import "github.com/nergraph/nergraph/internal/names"

// This file (tail12m) drops a "name" that is a small word run together
// with the pronoun "I" by a lost space ("... the opposition asI knew"):
// its capital is the pronoun's, and it names no one.

// smallBeforeI are the small words that a lost space runs together with
// the pronoun after them.
var smallBeforeI = names.Set{"as": true, "so": true, "but": true, "and": true, "if": true, "when": true,
	"that": true, "because": true, "since": true, "though": true, "then": true, "what": true, "where": true,
	"how": true, "why": true, "until": true, "while": true, "before": true, "after": true, "or": true, "once": true}

// runTogetherI reports whether ws is one word, a lower-case small word
// ([smallBeforeI]) and a capital "I": "asI", "butI". A brand written
// with a capital last ("iPodI") opens on no small word.
func runTogetherI(ws []word) bool {
	if len(ws) != 1 {
		return false
	}
	w := ws[0].text
	n := len(w)
	if n < 3 || w[n-1] != 'I' || w[0] < 'a' || w[0] > 'z' {
		return false // the usual case
	}
	return smallBeforeI[w[:n-1]]
}
