package extract

import "github.com/nergraph/nergraph/internal/names"

// A place told by its distance or bearing (tail17l). A town that ends a
// body's name after "of" ("Quarnby" of the University of Quarnby) is taken
// by the resolver for the body's short name unless the article writes it
// as a place ([placeNamed]). A distance before "from" ("about 20 miles
// from Quarnby", "40km away from Quarnby") or a bearing before "of"
// ("north of Quarnby", "the outskirts of Quarnby") writes it so: a body is
// no point one measures from.

// placeByBearing reports whether a distance before "from" or a bearing
// before "of" comes just before the name at text[start:]. Only a mention
// whose words begin or end an organization's in its article is asked
// ([Resolver.markPlaced]), and the test reads at most four words back.
func placeByBearing(text string, start int) bool {
	p, ps := prevWord(text, start)
	if p == "the" {
		p, ps = prevWord(text, ps)
	}
	pp, pps := prevWord(text, ps)
	switch p {
	case "from":
		if pp == "away" {
			pp, _ = prevWord(text, pps)
		}
		return distanceUnit(pp)
	case "of":
		return bearingWords[pp]
	}
	return false
}

// distanceUnit reports whether w is a unit of distance, alone ("miles") or
// glued to its number ("20km").
func distanceUnit(w string) bool {
	i := 0
	for i < len(w) && (w[i] >= '0' && w[i] <= '9' || w[i] == '.' || w[i] == ',') {
		i++
	}
	return distanceUnits[w[i:]]
}

// distanceUnits are the lower-case units a distance "from" a place is
// given in.
var distanceUnits = names.Set{"mile": true, "miles": true, "km": true, "kms": true, "kilometre": true,
	"kilometres": true, "kilometer": true, "kilometers": true, "metres": true, "meters": true, "yards": true}

// bearingWords are the lower-case words of a bearing or an edge that name
// the place after their "of": "north of", "the outskirts of".
var bearingWords = names.Set{"north": true, "south": true, "east": true, "west": true, "northeast": true,
	"north-east": true, "northwest": true, "north-west": true, "southeast": true, "south-east": true,
	"southwest": true, "south-west": true, "outskirts": true, "suburbs": true}
