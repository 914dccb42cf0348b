package extract

import "strings"

// taxTails are the last words of a levy's name: "Capital Gains Tax",
// "Stamp Duty", "Windfall Profits Taxes".
var taxTails = []string{" Tax", " Taxes", " Duty", " TAX", " DUTY"}

// taxTail reports whether a name of two words or more is a tax's or a
// duty's, its last word "Tax", "Taxes" or "Duty" written apart (after a
// space): a levy names no body, whatever the recognizer typed it. A unit
// whose name only ends in the word ("its Quarn/Micro-Tax unit") and a
// country's or an agency's name are left alone; so is a body named after
// a tax, whose own word comes last ("Tax Court", "Tax Office").
// [thingTail] asks it.
func taxTail(m *mention) bool {
	if len(m.words) < 2 || m.typ == Country || m.canon != "" || m.country >= 0 || m.agency >= 0 {
		return false
	}
	if last := m.words[len(m.words)-1]; last != "tax" && last != "taxes" && last != "duty" {
		return false // the cheap first question
	}
	for _, t := range taxTails {
		if strings.HasSuffix(m.Name, t) {
			return true
		}
	}
	return false
}
