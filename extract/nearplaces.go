package extract

// nearPlace (tail10zv) reports whether a one-word name typed an
// organization right after a lower-case "near" is a place: "held at Lemmo
// near Quarbin in July". A firm after "near" is written with what of it is
// near ("near Quarbin's plant"), so a possessive, an acronym, a name of
// an organization's word or a capitalized word after the name leave it.
func nearPlace(text string, m *mention) bool {
	if m.typ != Org || len(m.words) != 1 || m.canon != "" || m.acronym || upperLetters(m.Name) {
		return false
	}
	if p, _ := prevWordFast(text, m.Start); p != "near" {
		return false // the usual case, decided at once
	}
	if orgWord(m.words[0]) || possessiveAt(text, m.End) {
		return false
	}
	n, _ := nextWord(text, m.End)
	return n == "" || !upperWord(n)
}
