package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail17i) holds the cue by which a name the recognizer took
// for a place or a person is a team's or a club's by its first word:
// "Team Zorbit are back with a new game", "he plays polo for Team
// Quarnby", "Club Tervane won". A country's or a known place's name after
// "Team" is its national side ("Team Tervania"), which the conventions
// count as the country, and is left.

// teamOpeners open a team's or a club's name.
var teamOpeners = names.Set{"team": true, "club": true}

// teamOpener reports whether a name of two words or more opens with a
// word of [teamOpeners] and the rest is no place or country the tables
// know. Cost: a map test of the first word, then one of the rest.
func teamOpener(m *mention) bool {
	if len(m.words) < 2 || !teamOpeners[m.words[0]] {
		return false
	}
	rest := strings.Join(m.words[1:], " ")
	_, name, _ := strings.Cut(m.Name, " ")
	t := names.Tables()
	return !t.KnownPlace(rest) && t.Country(name, rest) < 0
}
