package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// modelNumerals are the Roman numerals that number a model, a sequel or a
// version after a name: "the Quarbin III", "Zorbit II". One letter ("I",
// "V", "X") is too often a word or an initial; "XI" is a surname too.
var modelNumerals = names.Set{"ii": true, "iii": true, "iv": true, "vi": true, "vii": true, "viii": true, "ix": true}

// numberedModel reports whether a name the recognizer typed as an
// organization is a numbered model, sequel or version, a thing (no
// entity): one or two words and a Roman numeral written in capitals
// ([modelNumerals]): "the Zorbit III supercomputer", "Lemmox IV", "a Grade
// II site". A series of bodies has a body's word before its numeral
// ("Quarbin Partners II") and is left alone, as are names joined by "and"
// or "of", a person's name with a suffix (a given name the gazetteer
// knows first, "Ann Vell III", or a capitalized word before it, "J. Kell
// Vell III"), and a name an apposition describes (", a special purpose
// company").
func numberedModel(text string, m *mention) bool {
	n := len(m.words)
	if m.typ != Org || n < 2 || n > 3 || m.forced != "" || m.agency >= 0 || m.country >= 0 ||
		!modelNumerals[m.words[n-1]] {
		return false
	}
	if i := strings.LastIndexByte(m.Name, ' '); i < 0 || strings.ToUpper(m.Name[i+1:]) != m.Name[i+1:] {
		return false
	}
	for _, w := range m.words[:n-1] {
		if w == "and" || w == "&" || w == "of" || orgWord(w) {
			return false
		}
	}
	if p, _ := prevWordFast(text, m.Start); upperWord(p) && !possessiveEnd(p) && p != "The" {
		return false
	}
	if g := placeGaz(); g == nil || g.FirstName(m.words[0]) {
		return false
	}
	rest := text[m.End:]
	return !strings.HasPrefix(rest, ", a ") && !strings.HasPrefix(rest, ", an ")
}
