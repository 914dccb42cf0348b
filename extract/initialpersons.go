package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14v) holds the cue by which a full name with a middle
// initial that the recognizer typed as an organization is a person's: a
// first name, one capital and its full stop, a surname, then a comma and
// an office or an owner ("Harold T. Cross, owner of nine pct of its
// shares", "Tessa M. Gold, president of Quarbin"). A firm named after its
// founder ("Alfred C. Quarbin, the grain house") has no such office after
// it; [firstNamePerson] reads the names of two words.

// ownerWords name a person's holding after the comma, beside [officeWords].
var ownerWords = names.Set{"owner": true, "co-owner": true, "holder": true, "shareholder": true}

// initialPerson reports whether a name typed ORG of three words, a first
// name the gazetteer knows, one capital with its full stop and a word
// that is no company suffix, head or organization's plural, with no
// settled identity, is followed by a comma and an office ([officeAfter])
// or a word of [ownerWords], maybe after "a" or "the".
func initialPerson(text string, m *mention) bool {
	if m.typ != Org || len(m.words) != 3 || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 ||
		m.End+1 >= len(text) || text[m.End] != ',' || !asciiSpace(text[m.End+1]) {
		return false // the usual case, decided at once
	}
	f := strings.Fields(m.Name)
	if len(f) != 3 || len(f[1]) != 2 || f[1][1] != '.' || f[1][0] < 'A' || f[1][0] > 'Z' {
		return false
	}
	if orgWords[m.words[2]] && !surnameOrgWord(m.words[2]) || !placeGaz().FirstName(m.words[0]) {
		return false
	}
	after := m.End + 1 // a line may end after the comma
	w, e := nextWord(text, after)
	if w == "a" || w == "the" {
		after = e
		w, _ = nextWord(text, e)
	}
	return ownerWords[w] || officeAfter(text, after)
}
