package extract

import "github.com/nergraph/nergraph/internal/names"

// This file (tail11x) keeps whole a firm whose name holds an office word:
// "Quarbin Boss Group Ltd", "Lemmo Director Holdings Inc". [splitRole] cuts
// an office out of an organization's span to part the body from the person
// who holds it ("Tervane Bank Chairman Ann Okafor"); when the words after
// the office end in a company's legal form, no person follows: the office
// word is a word of the firm's name, and the span stays one firm.

// officeInFirm reports whether the words after an office word in a span
// end in a company suffix ("Group Ltd", "Holdings Inc"): the office word
// is then part of a firm's name.
func officeInFirm(after []word) bool {
	if len(after) == 0 {
		return false
	}
	return names.CorpSuffixes.Has(after[len(after)-1].text)
}
