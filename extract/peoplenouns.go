package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// peopleNouns follow a people's name and say it is one: "the Quarbi
// people", "Quarbi Indians", "a Lemmo tribe".
var peopleNouns = names.Set{"people": true, "peoples": true, "indians": true, "tribe": true, "tribes": true,
	"tribesmen": true}

// peopleNoun reports whether a name of one word typed as an
// organization, a person or a place names a people by the noun after it
// ([peopleNouns]): "the cause of the Quarbi people", "Quarbi Indians". A
// people is MISC, as a demonym is; [ownedThings] takes its plural with it
// ("About 3,000 Quarbis live"). A name of two words or more is left ("the
// Lemmo Vell people" are a firm's staff), and so are a place's people
// ([thingName]: "Tervane people", "North East people"), an acronym and a
// name the gazetteer knows as a place.
func peopleNoun(text string, m *mention) bool {
	if m.End+7 > len(text) || !lineGap(text, m.End) || text[m.End+1] != 'p' && text[m.End+1] != 'I' && text[m.End+1] != 't' {
		return false // the cheap first question
	}
	w, _ := nextWord(text, m.End)
	if !peopleNouns[strings.ToLower(strings.TrimRight(w, ",.;:!?)'\""))] || w == "Tribe" || w == "People" {
		return false
	}
	if len(m.words) != 1 || !workTyped(m) || m.acronym || m.headline || possessiveAt(text, m.End+1+len(w)) {
		return false
	}
	if g := placeGaz(); g == nil || g.PlaceName(m.words) {
		return false
	}
	return thingName(m, m.words)
}
