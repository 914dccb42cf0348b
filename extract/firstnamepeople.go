package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the cue of a person whose surname is a word of
// companies' names ("Steel", "Press"), typed an organization by the
// recognizer: a given name first, and a person's words after the name.

// firstNamePerson reports whether a name of two words typed an
// organization is a person's: the first a given name the gazetteer
// knows, the second a word of organizations' names that is a surname too
// ([surnameOrgWord]: "Ann Steel", "Tom Press"), and after it either a comma and an office ("Tom
// Press, vice president of Quarbin", [officeAfter]) or "and" and another
// given name ("Ann Steel and Lemmo Vell"). A firm so named ("Ann Steel
// Ltd", "Tom Press said") has no such words after it.
func firstNamePerson(text string, m *mention) bool {
	if m.typ != Org || len(m.words) != 2 || m.canon != "" || m.forced != "" || m.agency >= 0 || !surnameOrgWord(m.words[1]) {
		return false
	}
	g := placeGaz()
	if g == nil || !g.FirstName(m.words[0]) {
		return false
	}
	rest := text[m.End:]
	if after, ok := strings.CutPrefix(rest, ", "); ok {
		return officeAfter(after, 0)
	}
	if after, ok := strings.CutPrefix(rest, " and "); ok {
		w, _ := nextWord(after, 0)
		return w != "" && upperWord(w) && g.FirstName(strings.ToLower(w))
	}
	return false
}

// surnameOrgWord reports whether a word of organizations' names may be a
// surname: a company's word or a generic one in the singular ("steel",
// "gold", "press"), not a company suffix or a head ("Corp", "Bank") nor a
// plural ("Foods", "Securities": "Ann Foods and Lemmo Ltd" are firms).
func surnameOrgWord(w string) bool {
	return (names.CompanyWords[w] || names.GenericOrgWords[w]) && !names.CorpSuffixes[w] && !names.OrgHeads[w] &&
		!names.GenericOrgHeads[w] && !strings.HasSuffix(w, "s")
}
