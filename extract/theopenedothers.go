package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds tail16g's widening of tail16b's [theOpenedTitle] to
// names the recognizer typed as a person or a place: "read The Zorbit
// Vale", "a part in The Lemmo Quarbin". A person's name and a place's
// seldom keep a capitalized "The" inside a sentence; those that do are a
// title or a nickname before a person ("The Rev Ann Vell", "The Great
// Lemmo") and a place whose name takes "The" ("The Vell Park", "The
// Quarbin Islands", and one-word ones tail16b's guard leaves already).

// theOpenedPlaceTails end the name of a place or a site that takes "The":
// a park's, a street's, a building's, a district's.
var theOpenedPlaceTails = names.Set{"park": true, "stadium": true, "ground": true, "arena": true, "street": true,
	"road": true, "square": true, "bridge": true, "hall": true, "house": true, "palace": true, "tower": true,
	"museum": true, "gallery": true, "centre": true, "center": true, "theatre": true, "theater": true,
	"district": true, "valley": true, "hills": true, "coast": true, "island": true, "isle": true, "lake": true,
	"river": true, "mall": true, "strand": true, "mile": true, "gate": true, "cross": true, "quarter": true,
	"city": true, "town": true, "place": true, "village": true, "estate": true, "green": true, "common": true, "heath": true,
	"forest": true, "wood": true, "downs": true, "bay": true, "gulf": true, "sea": true, "ocean": true}

// theOpenedPersonHeads are the titles and epithets that open a person's
// name after "The": "The Rev Ann Vell", "The Great Lemmo".
var theOpenedPersonHeads = names.Set{"rev": true, "reverend": true, "revd": true, "hon": true, "honourable": true,
	"honorable": true, "lord": true, "lady": true, "duke": true, "duchess": true, "earl": true, "great": true,
	"king": true, "queen": true, "prince": true, "princess": true, "pope": true, "late": true, "sir": true,
	"dame": true}

// theOpenedPlacePreps stand before a place or a venue: "a play at The
// Vell Quane", "born in The Lemmo".
var theOpenedPlacePreps = names.Set{"at": true, "in": true, "near": true, "outside": true, "inside": true,
	"from": true, "into": true, "to": true, "across": true, "around": true, "through": true, "toward": true,
	"towards": true, "opposite": true, "beside": true, "behind": true}

// theOpenedOther reports whether a mention the recognizer typed as a
// person or a place may be a work's title by [theOpenedTitle]'s cue: its
// first word is no title, epithet or given name of a person
// ([theOpenedPersonHeads], [givenName]: "The Rev Ann Vell", "The Ann
// Quarbin Show" left) and its last no place's or site's word
// ([theOpenedPlaceTails]: "The Vell Park"), and no preposition of a
// place stands before "The" ([theOpenedPlacePreps]: "a play at The Vell
// Quane", a theatre). Asked only after the cheap
// bytes of "The " before the name.
func theOpenedOther(text string, m *mention) bool {
	if m.typ != Person && m.typ != Location || len(m.words) < 2 {
		return false
	}
	first := m.words[0]
	if theOpenedPersonHeads[strings.ToLower(first)] || theOpenedPlaceTails[strings.ToLower(last(m.words))] {
		return false
	}
	if p, _ := prevWordFast(text, m.Start-4); theOpenedPlacePreps[p] {
		return false
	}
	return !givenName(first)
}
