package extract

// houseName reports whether a name of two or three words typed a person
// by the recognizer alone ends in "House": a house, the building or the
// household or firm named after it ("Tervane House staff", "Quarbin
// House said"), an organization. A person whose surname is House
// carries a title ("Dr Ann House") or a personal pronoun after the name
// ("Ann House said she"); neither is taken.
func houseName(text string, m *mention) bool {
	return m.typ == Person && !m.ruled() && houseHead(text, m)
}

// houseHead reports whether a name of two or three words ends in "House"
// with no title before it and no personal pronoun after it. [classify]
// asks it too, so that [headOnlyRetyped] gives a given name and "House"
// ("Ann House") back to the recognizer's person only when one of them is
// there.
func houseHead(text string, m *mention) bool {
	if len(m.words) < 2 || len(m.words) > 3 || m.words[len(m.words)-1] != "house" || len(m.Name) < 7 ||
		m.Name[len(m.Name)-5:] != "House" {
		return false
	}
	return titleBefore(text, m.Start) == "" && !pronounAfter(text, m.End)
}
