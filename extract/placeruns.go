package extract

import "github.com/nergraph/nergraph/internal/names"

// This file (tail17c) types a name the recognizer took for a person in a
// long list of known places: "he tours Leeds, York, Hull, Tervane and
// Bath". tail11i's [placePeerList] asks for "and" or "or" before the last
// name and leaves a list that holds any name it cannot make a place (a
// town the gazetteer holds as a club's, "Shrewsbury"); a run of four names
// or more, three of them places the tables know, is a list of places
// whatever joins it, and a name of one or two words in it that only the
// recognizer calls a person is one more place.

// placeRunMin is the fewest names of a run [placeRun] reads, and
// placeRunKnown the fewest places the tables know among them.
const (
	placeRunMin   = 4
	placeRunKnown = 3
)

// placeRun types as places the names typed a person in a run of names
// (eachList's, commas alone or a join) of [placeRunMin] or more when
// [placeRunKnown] of them at least are places the tables or the
// gazetteer know ([knownPlaceMember]), and each name typed a person is a
// bare name ([runPersonPlace]). Names of other types (a town or a county
// the recognizer took for its club, "Shrewsbury", "Somerset") are left
// as they are; with the persons, two at most, they are fewer than the
// known places. A country's name is a known place. Cost: only for runs of four
// names, a type test of each; then set look-ups.
func (r *Resolver) placeRun(a *article, list []*mention) {
	if len(list) < placeRunMin {
		return
	}
	known, persons, other := 0, 0, 0
	for _, m := range list {
		switch {
		case r.knownPlaceMember(m):
			known++
		case m.typ == Location:
		case m.typ == Person:
			persons++
		default:
			other++
		}
	}
	if known < placeRunKnown || persons == 0 || persons > 2 || persons+other >= known {
		return
	}
	for _, m := range list {
		if m.typ == Person && !r.runPersonPlace(a, m) {
			return
		}
	}
	for _, m := range list {
		if m.typ == Person {
			m.typ, m.typed = Location, true
		}
	}
}

// runPersonPlace reports whether a name typed a person may be a place of
// a list: one or two words, no rule typed it, no title before it and no
// pronoun after it, no table knows it, it is no short form of a longer
// name of the article ("Vell" of "Ann Vell") and a name of two words has
// no first name first ("Ann Vell").
func (r *Resolver) runPersonPlace(a *article, m *mention) bool {
	if m.ruled() || m.Title != "" || m.personal || len(m.words) == 0 || len(m.words) > 2 {
		return false
	}
	if _, ok := names.Known(m.Name); ok || shortOfLonger(a, m) {
		return false
	}
	g := placeGaz()
	return g != nil && (len(m.words) == 1 || !g.FirstName(m.words[0]))
}
