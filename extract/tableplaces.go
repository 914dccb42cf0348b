package extract

import "github.com/nergraph/nergraph/internal/names"

// tablePlaceByWords reports whether a name of two words or more that the
// table of places holds ends in a word that would make it a body: "the West
// Bank" is a territory, no bank. Its words would type it an organization
// ([looksLikeOrg]); the table wins. The tables hold no firm's name, so
// "Tervane Bank" is left to its words.
func tablePlaceByWords(t *names.Index, m *mention) bool {
	return len(m.words) >= 2 && m.canon == "" && m.forced == "" && t.Places[m.key] && names.OrgByWords(m.words)
}
