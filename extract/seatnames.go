package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the cue of a parliamentary constituency written right
// before the word for its seat or its voters: "Ann Vell's Tervane seat",
// "a Tervane constituent", "the Tervane constituency". A constituency is
// a place (LOCATION), whatever the recognizer said; a party there ("a
// safe Labour seat") is left ([seatParties]).

// seatNouns follow a constituency's name: its seat in a parliament, its
// voters, its member.
var seatNouns = names.Set{"seat": true, "constituency": true, "constituent": true, "constituents": true, "MP": true}

// seatName reports whether a name the recognizer typed an organization is
// a constituency's by the word after it ([seatNouns]) and an owner before
// it: a capitalized possessive or "his", "her" ("Ann Vell's Tervane
// seat"), or "the", "a", "an" before any of them but "seat" ("an Tervane
// constituent", "the Tervane MP"). After "the" or "a", "seat" is an
// exchange's or a board's as often ("a Quarbex seat sold for $500,000");
// a party's name, one of [seatParties] or in capitals ("the ZDP MP"), and
// a name an alias, a country's or an agency's table gave, are left.
func seatName(text string, m *mention) bool {
	if m.typ == Person {
		return personSeat(text, m) // tail17o
	}
	if m.typ != Org || m.End >= len(text) || !lineGap(text, m.End) {
		return false // the cheap first question
	}
	w, _ := nextWord(text, m.End)
	w = strings.TrimRight(w, ",.;:")
	if !seatNouns[w] || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 || seatParties[m.key] ||
		names.IsAcronym(m.Name) || len(m.words) == 0 || len(m.words) > 4 || anyOrgWord(m.words) && !townPairName(m) { // tail17u: townPairName
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	if possessiveEnd(p) && upperWord(p) || p == "his" || p == "her" {
		return true
	}
	if w == "seat" {
		v, _ := prevWordFast(text, ps)
		return p == "the" && electionVerbs[v]
	}
	return p == "the" || p == "The" || p == "a" || p == "an" || p == "An"
}

// electionVerbs win, hold or fight a seat in an election: "won the
// Tervane seat", "to fight the Lemmo North seat".
var electionVerbs = names.Set{"won": true, "win": true, "wins": true, "winning": true, "fight": true,
	"fighting": true, "contest": true, "contesting": true, "hold": true, "holds": true, "held": true,
	"lost": true, "lose": true, "retain": true, "retained": true, "defend": true, "defending": true,
	"gained": true, "gain": true}
