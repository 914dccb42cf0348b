package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// disasterNouns after a town's name name what happened there: "the
// Quarnby air crash", "compensate Quarnby victims", "the Quarnby bomber".
// "Attack" is left out: "the Vell attack" is a footballer's as often.
var disasterNouns = names.Set{"crash": true, "bombing": true, "bombings": true, "bomber": true, "bombers": true,
	"disaster": true, "massacre": true, "victims": true, "tragedy": true, "atrocity": true, "shootings": true}

// disasterTown reports whether a one-word name the recognizer typed as a
// person is a town that GeoNames knows, named for a disaster there: a
// word of [disasterNouns] right after it, or after one lower-case
// modifier ("the Quarnby air crash"). Every time the article writes the
// name, one follows it, and the article never writes it as a person's
// ([personCue]: "Ann Quarnby", "Mr Quarnby", "Quarnby, 54,"): "the
// Quarnby victims" are also a killer's.
func disasterTown(text string, m *mention) bool {
	if m.typ != Person || len(m.words) != 1 || m.canon != "" || !geoPlace(m.key) || !disasterAfter(text, m.End) {
		return false
	}
	return everyTime(text, m.Name, func(end int) bool { return disasterAfter(text, end) }) && !personCue(text, m)
}

// disasterAfter reports whether a word of [disasterNouns] follows end,
// right after it or after one lower-case modifier, and ends its phrase.
func disasterAfter(text string, end int) bool {
	if end >= len(text) || !lineGap(text, end) {
		return false
	}
	w, we := nextWord(text, end)
	for n := 0; n < 2; n++ {
		k := strings.TrimRight(w, ",.;:)")
		switch {
		case disasterNouns[k]:
			return true
		case k != w || k == "" || !isLowerASCII(k[0]) || strings.Trim(k, "abcdefghijklmnopqrstuvwxyz-") != "" || notModifiers[k]:
			return false
		}
		w, we = nextWord(text, we)
	}
	return false
}
