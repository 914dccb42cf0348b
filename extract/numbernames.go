package extract

import "github.com/nergraph/nergraph/internal/names"

// numberName reports whether a name begins with a word of digits only and
// does not end in a company suffix: a model's number ("the 911 Coupe",
// "its 9370 Information System"), a figure of a table glued to the word
// after it ("8000 Aluminum"), a code's number cut after a hyphen ("the
// F-4 Phantom", "well IA-1"), a clock time or a count ("39 Electric
// Membership Corporations"). Such a name is no person, firm or place. A
// word of digits joined to letters is left ("7-Eleven", "3Com"). A
// firm named by a number keeps its suffix ("215 Holding Co"), an address
// its street's noun ("10 Tervane Street").
func numberName(m *mention) bool {
	if m.Name == "" || m.Name[0] < '0' || m.Name[0] > '9' {
		return false
	}
	last := m.words[len(m.words)-1]
	if names.CorpSuffixes[last] || names.PlaceTails[last] {
		return false
	}
	for i := 1; i < len(m.Name) && m.Name[i] != ' ' && m.Name[i] != '\n'; i++ {
		if m.Name[i] < '0' || m.Name[i] > '9' {
			return false
		}
	}
	return true
}
