package extract

// divisionName reports whether a name the recognizer took for a place or a
// person ends in "Division": "its Quarbin City Division" (a firm's unit),
// "the Tervane Division of Gaming" (a body's office), an organization.
func divisionName(m *mention) bool {
	n := len(m.words)
	return n >= 2 && n <= 4 && (m.typ == Location || m.typ == Person) && m.canon == "" && m.words[n-1] == "division"
}
