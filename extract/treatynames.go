package extract

// This file (tail10yh) reads a treaty's name by its words where
// [names.MiscHeads] does not: a plural head last ("the Tervane
// Conventions") or a convention "on" its subject ("the Quarbin Convention
// on Fisheries"). A treaty is no entity (MISC), and the recognizer types
// such names a place or a body.

// treatyName reports whether a name of two words or more is a treaty's: it
// ends in "Conventions", or holds "Convention on" after a first word.
func treatyName(m *mention) bool {
	n := len(m.words)
	if n < 2 || m.canon != "" {
		return false
	}
	if m.words[n-1] == "conventions" {
		return true
	}
	for i := 1; i+2 < n; i++ {
		if m.words[i] == "convention" && m.words[i+1] == "on" {
			return true
		}
	}
	return false
}
