package extract

import "github.com/nergraph/nergraph/internal/names"

// honourLetters are the letters of the orders of the British Empire's
// ranks, an award a person is made or receives: Member, Officer,
// Commander, Knight and Dame Commander, Knight and Dame Grand Cross.
var honourLetters = names.Set{"mbe": true, "obe": true, "cbe": true, "kbe": true, "dbe": true, "gbe": true}

// honourAward reports whether a name typed as an organization is an
// honour's letters ([honourLetters]) after "a" or "an": "she was made an
// OBE", "he received a CBE". An honour is a thing (MISC), and the
// article's other mentions of it follow ([ownedThings]: "the OBE meant a
// lot"). A body whose acronym has the same letters (a bank "CBE") is
// written with "the", never "a".
func honourAward(text string, m *mention) bool {
	if len(m.Name) != 3 || !honourLetters[m.key] || m.typ != Org {
		return false // the usual case, decided at once: no honour's three letters
	}
	p, _ := prevWordFast(text, m.Start)
	return p == "an" || p == "a"
}
