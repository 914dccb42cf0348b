package extract

import "strings"

// This file (tail14a) reads a news service's pointer to one of its own
// pages: "(See page QRBX for the index)", "(Index of spotlights, see page
// QRBX)", "(See index on QRBX)". The code in capitals names a screen
// page, no entity.

// seePageCode reports whether a name in capitals stands in a bracket that
// opens before it in the same paragraph and holds the word "see" (in any
// case), with no closing bracket between: a cross reference to a page code. A
// country, a canon's name or an agency is left alone.
func seePageCode(text string, m *mention) bool {
	if !upperLetters(m.Name) || m.country >= 0 || m.canon != "" || m.agency >= 0 {
		return false
	}
	lo := max(0, m.Start-80)
	open := strings.LastIndexByte(text[lo:m.Start], '(')
	if open < 0 {
		return false
	}
	inside := text[lo+open+1 : m.Start]
	if strings.Contains(inside, ")") || strings.Contains(inside, "\n\n") {
		return false
	}
	for w := range strings.FieldsSeq(inside) {
		if strings.EqualFold(w, "see") {
			return true
		}
	}
	return false
}
