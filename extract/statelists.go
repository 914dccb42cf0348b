package extract

// stateListMember reports whether a one-word name the recognizer took for a
// person stands in a list of American states, between a state's name and
// its comma and a comma and another state's name: "rain reached
// Maryland, Delawere, Virginia", a state (misspelt), a place. A name
// beside only one state ("Ann, Virginia") is left.
func stateListMember(text string, m *mention) bool {
	if m.typ != Person || len(m.words) != 1 || m.canon != "" || m.End >= len(text) || text[m.End] != ',' || m.Start < 3 || text[m.Start-2:m.Start] != ", " {
		return false
	}
	if !stateNameAt(text, m.End+1) {
		return false
	}
	_, ps := prevWordFast(text, m.Start-2)
	return stateNameAt(text, ps)
}
