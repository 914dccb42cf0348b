package extract

// This file (tail14e) types an American county's name by its last word:
// "Tervane County", "Quarbin Davis Parish". A person is never named so;
// a name typed an organization is the county's government as often ("Lemmo
// County sold bonds"), unless a state's name or abbreviation follows it
// after a comma, as an address writes a place ("Lemmo County, Pa.").

// countyKinds are the last words of a county's name.
var countyKinds = map[string]bool{"county": true, "parish": true, "borough": true, "township": true}

// countyPlace reports whether a name of two to four words ending in a
// word of [countyKinds] is a place: typed a person, or typed an
// organization with a comma and a state after it ([stateAbbrevAt],
// [stateNameAt]). A name with "of", "and" or an organization's word
// ("Bank of Vell County") and one with a possessive after it are left.
func countyPlace(text string, m *mention) bool {
	n := len(m.words)
	if n < 2 || n > 4 || !countyKinds[m.words[n-1]] || m.typ != Org && m.typ != Person || m.canon != "" || m.forced != "" || m.agency >= 0 {
		return false // the cheap first question: the last word
	}
	for _, w := range m.words[:n-1] {
		if w == "of" || w == "and" || orgWord(w) {
			return false
		}
	}
	if possessiveAt(text, m.End) {
		return false
	}
	if m.typ == Person {
		return true
	}
	return m.End < len(text) && text[m.End] == ',' && (stateAbbrevAt(text, m.End+1) || stateNameAt(text, m.End+1))
}
