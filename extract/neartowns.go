package extract

// This file holds the cue of a town that the recognizer typed an
// organization: "near" right before it ("Balado near Tervane", "the
// Quarbin Hunt, near Tervane"). Only a place stands there; a firm's
// possessive after the name ("near Quarbin's plant") is left.

// nearTown reports whether a name typed an organization follows "near"
// and is no firm's possessive, has no organization's word and is no
// well-known name ([thingName]): a place (LOCATION).
func nearTown(text string, m *mention) bool {
	if m.typ != Org || m.Start < 5 || text[m.Start-5:m.Start] != "near " || m.canon != "" || m.forced != "" ||
		m.agency >= 0 || m.acronym || possessiveAt(text, m.End) {
		return false
	}
	return thingName(m, m.words)
}
