package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// seatCompass end the name of a part of a place, a constituency's way of
// naming: "Tervane West", "Quarbin South", "Lunmark North".
var seatCompass = names.Set{"north": true, "south": true, "east": true, "west": true}

// compassAfterPlace reports whether a name of two or three words is a
// place the tables or the gazetteer know ([ner.Model.PlaceName]) followed
// by a compass word ([seatCompass]):
// "Tervane West", "Quarbin South", a part of the place or the seat that
// bears its name (tail11w). [compassPlaces] asks it beside the compass
// word before a place, with the same guards (a firm's longer name, a
// capitalized word after it, a side's cue, a sports report).
func (r *Resolver) compassAfterPlace(m *mention) bool {
	n := len(m.words)
	if n < 2 || n > 3 || !seatCompass[m.words[n-1]] {
		return false
	}
	if r.t.KnownPlace(strings.Join(m.words[:n-1], " ")) {
		return true
	}
	g := placeGaz()
	return g != nil && g.PlaceName(m.words[:n-1])
}
