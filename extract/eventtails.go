package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// eventTails end the names of sporting events that [names.MiscHeads] does
// not hold, the words of a race, a match or a tournament rather than of a
// body: "the Quarbin Cross Challenge", "the Tervane Masters", "the Lemmo
// Derby", "the Zorbit Handicap", "the Quarbin Stakes", "the Tervane
// Indoors", "the Lemmo Song Contest" (tail13u) and a meeting's adjective the recognizer cut the name at ("the
// Lemmo Union Indoor trials").
var eventTails = names.Set{"challenge": true, "masters": true, "derby": true, "handicap": true, "stakes": true,
	"indoors": true, "indoor": true, "contest": true}

// eventName reports whether a name of two words or more, after "the", is
// a sporting event's by its last words: an event's word ([eventTails]) or
// "Cross Country" ("the Great Lemmo Cross Country"), so no organization,
// person or place: "a hat-trick of wins in the Quarbin Cardiff Cross
// Challenge", "lost at the Tervane Masters", "the Lemmo Union Indoor
// trials" (a sponsor's words, even a body's, stand before the event's). A
// firm whose name has an event's word before its suffix ("the Quarbin
// Challenge Ltd") ends in another word, and a name without "the" before
// it ("Ann Masters", "Lemmo Derby") is left alone; the sponsor's name
// alone ("Quarbin") is another mention. "Cross Country" (or one word,
// "Cross-Country") names a race with no "the" too: "the Lemmo
// Inter-Counties and Quarbin Cross-Country champion", "the View From Great
// Lemmo Cross Country" (tail11s).
func eventName(text string, m *mention) bool {
	n := len(m.words)
	if n < 2 || m.country >= 0 || m.agency >= 0 || m.forced != "" {
		return false
	}
	cross := m.words[n-2] == "cross" && m.words[n-1] == "country" || m.words[n-1] == "cross-country" // tail11s: no "the" asked
	if !eventTails[m.words[n-1]] && !cross {
		return false
	}
	if p, _ := prevWordFast(text, m.Start); p != "the" && p != "The" && !cross {
		return false
	}
	return !strings.Contains(m.Name, "(")
}
