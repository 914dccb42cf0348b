package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail10yt) holds the words that open a kin noun's phrase for
// [kinPerson] besides a possessive pronoun right before it: a preposition
// or "and" ("the arrival of husband Lemmo Vell", "with wife Tervane"), and
// a possessive pronoun before a word of age or birth ("her younger sister
// Quarbina", "his twin brother Zorb").

// kinPrepositions open a kin noun's phrase without a possessive: "of
// husband Lemmo Vell", "with wife Tervane", "and daughter Quarbina".
var kinPrepositions = names.Set{"of": true, "with": true, "and": true, "to": true, "by": true}

// kinAges stand between a possessive pronoun and a kin noun: "her younger
// sister", "his twin brother", "their late father".
var kinAges = names.Set{"younger": true, "older": true, "elder": true, "eldest": true, "youngest": true,
	"twin": true, "late": true, "baby": true, "big": true, "little": true}

// kinOpens reports whether the words before a kin noun that begins at ks
// open a phrase that names a kinsman: a possessive pronoun, maybe with a
// word of age between ([kinAges]), or a preposition or "and"
// ([kinPrepositions]).
func kinOpens(text string, ks int) bool {
	p, ps := prevWordFast(text, ks)
	switch lp := strings.ToLower(p); {
	case lp == "his" || lp == "her" || lp == "their":
		return true
	case kinPrepositions[p]:
		return true
	case kinAges[lp]:
		q, _ := prevWordFast(text, ps)
		q = strings.ToLower(q)
		return q == "his" || q == "her" || q == "their"
	}
	return false
}
