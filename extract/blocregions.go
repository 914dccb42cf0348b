package extract

import "github.com/nergraph/nergraph/internal/names"

// This file (tail14d) holds a bloc of states named by a compass point
// or a political camp, "the Eastern Bloc", "Western Bloc countries": a
// part of the world, as "Eastern Europe" is, not a body with members and
// a seat (a named alliance or group of states, "the Quarbin Group", has
// its own head word).

// blocOpeners are the first words of a bloc that is a part of the
// world: a compass point or a political camp.
var blocOpeners = names.Set{"eastern": true, "western": true, "northern": true, "southern": true,
	"soviet": true, "communist": true, "socialist": true}

// blocRegion reports whether a name of two words typed an organization
// is a word of [blocOpeners] and "Bloc": the region (LOCATION).
func blocRegion(m *mention) bool {
	return len(m.words) == 2 && m.words[1] == "bloc" && blocOpeners[m.words[0]] && m.typ == Org &&
		m.canon == "" && m.forced == "" && m.agency < 0
}
