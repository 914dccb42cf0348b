package extract

import "strings"

// This file (tail11n) reads the place a list of places lies in, written
// after it: "between Tervane and Amlow in western France". A town the
// model's gazetteer also holds as a club's name needs two known places
// beside it in [placePeerList]; the country after the list is the second.

// compassAdjectives may stand between "in" and the country a list of
// places lies in: "in western France", "in central Spain".
var compassAdjectives = map[string]bool{"north": true, "south": true, "east": true, "west": true,
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"north-east": true, "north-west": true, "south-east": true, "south-west": true}

// placeAfterList reports whether a country or a known place of the
// article follows the list's last name after "in" and maybe a compass
// adjective ("Amlow in western France"), which counts as one more place of
// the list. A list after "in" or "at" is left: it may be the seat of the
// name before it and a name of another kind, with its own seat after it.
func (r *Resolver) placeAfterList(a *article, first, last *mention) bool {
	if w, _ := prevWordFast(a.text, first.Start); w == "in" || w == "at" {
		return false // seats after names: "Tervane in Lyon and Amlow in France"
	}
	rest := a.text[last.End:min(len(a.text), last.End+24)]
	after, ok := strings.CutPrefix(rest, " in ")
	if !ok {
		return false
	}
	at := last.End + 4
	if w, tail, cut := strings.Cut(after, " "); cut && compassAdjectives[w] {
		at += len(after) - len(tail)
	}
	for _, o := range a.ms {
		if o.Start == at && !o.removed {
			return r.knownPlaceMember(o)
		}
	}
	return false
}

// gazTown reports whether the model's gazetteer holds m's whole name as a
// place's: a town's name may end in an "s" ("Le Mans", "Les Vans") that
// is no plural.
func gazTown(m *mention) bool {
	g := placeGaz()
	return g != nil && g.PlaceName(m.words)
}
