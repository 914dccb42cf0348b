package extract

// This file holds a province named with its kind after it, as Chinese
// and other provinces are written in English: "the Tervane Province of
// the north", "officials in Quarbin Province". The recognizer types the
// capitalized "Province" as a body's last word; a body has its own head
// before or after it ("the Quarbin Province Bureau", "the Bureau of
// Quarbin Province"), which the span then holds.

// provincePlace reports whether a name of two to four words typed an
// organization or a person ends in "Province", holds no "of", "and" or
// organization's word and no possessive after it: the province
// (LOCATION).
func provincePlace(text string, m *mention) bool {
	n := len(m.words)
	if n < 2 || n > 4 || m.words[n-1] != "province" || m.typ != Org && m.typ != Person || m.canon != "" || m.forced != "" || m.agency >= 0 {
		return false // the cheap first question: the last word
	}
	for _, w := range m.words[:n-1] {
		if w == "of" || w == "and" || orgWord(w) {
			return false
		}
	}
	return !possessiveAt(text, m.End)
}
