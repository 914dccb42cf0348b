package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14y) reads an officer's title and "for" before a firm's
// name the recognizer typed a person or a place: "Ann Vell, global sales
// manager for Quarbinex", "a spokesman for Lemmo Systems". Where
// [Resolver.officeEmployer] reads "at", "for" names whom the officer
// works or speaks for, a person as often ("a spokesman for Mr Vell"): a
// name typed a person is taken only as one word that is no given name
// and that the article never writes after another capitalized word, as
// a person's surname is written after the given name.

// forOffices are the offices that "for" and the employer follow.
var forOffices = names.Set{"manager": true, "spokesman": true, "spokeswoman": true, "director": true,
	"executive": true, "officer": true, "coordinator": true, "co-ordinator": true}

// officeFor reports whether the name m, right after "for" that starts at
// ps, follows an office of [forOffices] with no employer's name before
// the office, no "best" (an award's category, "best director for") and
// no possessive after the name ("a spokesman for Vell's office"). A
// name typed a place is taken after a spokesman or a spokeswoman only:
// "director for Tervania" names the region of the office's remit. A
// place the tables or the gazetteer know, a region and a people are
// left.
func (r *Resolver) officeFor(text string, m *mention, ps int) bool {
	o, os := prevWordFast(text, ps)
	if !forOffices[strings.ToLower(o)] || employerBefore(text, os) {
		return false
	}
	if b, _ := prevWordFast(text, os); strings.EqualFold(b, "best") || possessiveAt(text, m.End) {
		return false
	}
	if m.typ == Location && !strings.HasPrefix(strings.ToLower(o), "spokes") {
		return false // "director for Tervania": a region, the office's remit
	}
	if m.typ == Person && (len(m.words) != 1 || givenName(m.Name) || surnameInText(text, m.Name)) {
		return false
	}
	if r.t.KnownPlace(m.key) || r.t.Places[m.key] || names.IsRegion(m.key) || r.t.IsDemonym(m.key) {
		return false
	}
	g := placeGaz()
	return g == nil || !g.PlaceName(m.words)
}

// surnameInText reports whether the text writes w right after a
// capitalized word and a space, as a surname after a given name: "Ann
// Vell" for "Vell". The count of reads is bounded by the text's length.
func surnameInText(text, w string) bool {
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], " "+w)
		if j < 0 {
			return false
		}
		j += i
		end := j + 1 + len(w)
		if end < len(text) && isLetterByte(text[end]) {
			i = end
			continue
		}
		if p, _ := prevWordFast(text, j+1); p != "" && upperWord(p) {
			return true
		}
		i = end
	}
	return false
}
