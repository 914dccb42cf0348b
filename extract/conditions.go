package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the rule of a medical condition's name: "Quarbin
// Syndrome", "the Vell Tremor (VT)", "Lemmo's disease". A condition is a
// kind of illness, no person, body or place, and makes no entity.

// conditionHeads end a condition's name. A body named for a condition
// ends in its own noun ("the Vell Tremor Foundation") and is left.
var conditionHeads = names.Set{"disease": true, "diseases": true, "disorder": true, "disorders": true,
	"syndrome": true, "tremor": true, "sclerosis": true}

// conditionAfter are the heads a condition's name takes in lower case
// after the name of the person or place it is named for: "Lemmo's
// disease", "Tervane syndrome".
var conditionAfter = [...]string{" disease", " syndrome", " disorder"}

// conditionName reports whether a mention names a medical condition: its
// last word is a condition's head ([conditionHeads]), or a condition's head
// in lower case follows it, after a possessive or not ([conditionAfter]).
// A name a rule or a table gave stays, and so does a name with "of" or
// "for", a body's that studies a condition ("the Institute of Vell
// Disease", "the Centre for Quarbin Disorders"). Cost: a set look-up and, where a
// space or an apostrophe follows the name, three prefix tests.
func conditionName(text string, m *mention) bool {
	if len(m.words) == 0 || m.ruled() || slices.Contains(m.words, "of") || slices.Contains(m.words, "for") {
		return false
	}
	if conditionHeads[last(m.words)] && len(m.words) > 1 {
		return true
	}
	if m.End >= len(text) || text[m.End] != ' ' && text[m.End] != '\'' && !strings.HasPrefix(text[m.End:], "’") {
		return false
	}
	rest := text[m.End:]
	for _, p := range [...]string{"'s", "’s"} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			rest = r
			break
		}
	}
	for _, head := range conditionAfter {
		if r, ok := strings.CutPrefix(rest, head); ok && (r == "" || !isLetterByte(r[0])) {
			return true
		}
	}
	return false
}

// dropConditions drops the mentions of medical conditions
// ([conditionName]) and the short forms they define: "Vell Tremor (VT)".
func dropConditions(text string, ms []*mention) []*mention {
	var gone []*mention
	for _, m := range ms {
		if conditionName(text, m) {
			gone = append(gone, m)
		}
	}
	if len(gone) == 0 {
		return ms
	}
	return slices.DeleteFunc(ms, func(m *mention) bool {
		return slices.Contains(gone, m) || m.defines != nil && slices.Contains(gone, m.defines)
	})
}
