package extract

import "strings"

// This file (tail11i) types as organizations the names the recognizer took
// for people or places right after a lower-case noun that only a firm or
// a band is, which [companyCue], [firmNounBefore] and [bandCue] do not
// read: a market's leader ("sector leader Quarbin", "the market leader
// Zorbit Foods"), a housebuilder ("housebuilder Ann Lemmo", a firm named
// after its founder), and a band typed as a place ("Swedish pop quartet
// Tervane"; bandCue reads the bands typed as people).

// leaderFields stand before "leader" when the leader is a firm: "sector
// leader", "market leader"; an "opposition leader" or "party leader" is a
// person.
var leaderFields = map[string]bool{"sector": true, "market": true, "industry": true}

// builderFirms are nouns of a firm that builds houses; a person is a
// "builder".
var builderFirms = map[string]bool{"housebuilder": true, "homebuilder": true, "house-builder": true, "home-builder": true}

// placeBandNouns are the words of [bandNouns] that name a band alone: "the
// group Tervane" may be a group of countries.
var placeBandNouns = map[string]bool{"band": true, "duo": true, "trio": true, "quartet": true, "quintet": true}

// leaderOrBandBefore reports whether a name typed as a person or a place stands
// right after a noun of a firm's kind that [companyCue] does not read: "leader"
// after a word of [leaderFields], a word of [builderFirms], or, for a
// place's name, a word of [placeBandNouns] after a lower-case word ("pop
// quartet Tervane", not "a band Tervane" of a sentence's opening). No
// title, no possessive or comma before the noun ("the band's Ann Vell",
// "Group leader, Ann Vell") and, after a band's noun, no members' names
// after it ("the duo Ann Vell and Bob Lemmo").
func leaderOrBandBefore(text string, m *mention) bool {
	if m.typ != Person && m.typ != Location || m.Title != "" || m.canon != "" || m.country >= 0 || m.agency >= 0 {
		return false
	}
	if membersOfBody(text, m) { // tail17i
		return true
	}
	p, ps := prevWordFast(text, m.Start)
	switch {
	case p == "leader":
		q, _ := prevWordFast(text, ps)
		return leaderFields[strings.ToLower(q)]
	case builderFirms[p]:
		return true
	case m.typ == Location && placeBandNouns[p]:
		q, _ := prevWordFast(text, ps)
		return q != "" && strings.ToLower(q) == q && !strings.ContainsAny(q, ".,;:'’") && !membersAfter(text, m.End)
	}
	return false
}
