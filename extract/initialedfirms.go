package extract

import (
	"slices"

	"github.com/nergraph/nergraph/internal/names"
)

// initialedSurname reports whether key, one word, is the surname that ends
// fw, the words of a company named after a person written with initials
// ("vellmore" of "j p vellmore" for J.P. Vellmore Co, "chas p vellmore"):
// three or four words, every word before the surname a single letter, or
// the first a given name of the gazetteer ("Chas"), and the surname no
// minor, organization's or place's word. A firm named so is called by the
// surname ("Vellmore said the acquisition ..."), as [surnameOfCompany]
// reads it of a firm of two words (tail14r). No mention of g, the
// surname's group, has a title or a personal pronoun after it ("Mr
// Vellmore said he"): that is a person of the name. f, the firm, is
// written with a company's suffix ("Co", "Inc") in the article: a
// person's full name with an initial that a rule typed an organization
// ("James Q. Vellmore", no suffix) is no firm to join.
func initialedSurname(g, f *group, fw []string) bool {
	key, n := g.key, len(fw)
	if slices.ContainsFunc(g.own, func(m *mention) bool { return m.Title != "" || m.personal }) ||
		!slices.ContainsFunc(f.own, func(m *mention) bool { return len(m.words) > 0 && names.CorpSuffixes[m.words[len(m.words)-1]] }) {
		return false
	}
	if n < 3 || n > 4 || fw[n-1] != key || names.MinorWords[key] || orgWord(key) || isPlaceWords(fw[n-1:]) {
		return false
	}
	initials := 0
	for i, w := range fw[:n-1] {
		switch {
		case len(w) == 1 && w[0] >= 'a' && w[0] <= 'z':
			initials++
		case i == 0 && placeGaz().FirstName(w):
		default:
			return false
		}
	}
	return initials > 0
}
