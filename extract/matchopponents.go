package extract

import (
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14y) types as a club a town that a match noun and
// "against" name as the other side: "the cup tie against Tervane", "a
// big game against Quarnby". One plays a match against a side, not
// against a town; a side named by its town is its club, an organization
// by the type conventions. A nation's side keeps its country's or its
// nation's type ("the match against Wales"), and a person the recognizer
// typed so stays one ("the final against Ann Vell").

// matchNouns name a match or its outcome, and "against" and the other
// side follow them.
var matchNouns = names.Set{"match": true, "matches": true, "game": true, "games": true, "friendly": true,
	"tie": true, "ties": true, "clash": true, "fixture": true, "derby": true, "final": true, "semi-final": true,
	"quarter-final": true, "replay": true, "play-off": true, "win": true, "wins": true, "victory": true,
	"defeat": true, "defeats": true, "draw": true, "outing": true, "opener": true, "leg": true}

// nationSides are the names of sides that play for a nation or an island
// and are no country of the country table: they keep their type.
var nationSides = names.Set{"england": true, "scotland": true, "wales": true, "northern ireland": true,
	"britain": true, "great britain": true, "ulster": true}

// matchOpponent reports whether a name of one to three words typed a
// place, not ruled by a table, or a one-word name typed a person that is
// a place the tables or the gazetteer know ("the friendly against
// Tervane"), stands right after a noun of [matchNouns] and "against". A
// country, a nation's side, a region and a people are left.
func (r *Resolver) matchOpponent(text string, m *mention) bool {
	if m.typ != Location && m.typ != Person || m.Start < 10 || m.canon != "" || m.forced != "" ||
		m.country >= 0 || m.agency >= 0 || len(m.words) == 0 || len(m.words) > 3 {
		return false
	}
	if !matchSide(text, m) { // tail15b: matchSide
		return false
	}
	if nationSides[m.key] || names.IsRegion(m.key) || r.t.IsDemonym(m.key) {
		return false
	}
	if m.typ == Person {
		return len(m.words) == 1 && r.placeWord(m.Name)
	}
	return true
}

// matchAgainst reports whether a noun of [matchNouns] and "against" end
// right before byte i: "the cup tie against". [Resolver.townOrClub] asks
// it too, so that a town so cued stays the club in a story its sport
// words do not mark ("the game against Tervane" in a two-line report).
func matchAgainst(text string, i int) bool {
	p, ps := prevWordFast(text, i)
	if p != "against" {
		return matchBeaten(text, p, ps) // tail15b: "win over", "defeat to"
	}
	n, _ := prevWordFast(text, ps)
	return matchNouns[n]
}
