package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the cue of a competition named before the honour it
// gives: "the Tervane champion", "a Tervane silver medal", "the Tervane and
// European 400m medallist". A competition is an event (MISC, no node),
// whatever the recognizer said.

// honourNouns are the honours a competition gives its winners, written
// right after its name.
var honourNouns = names.Set{"champion": true, "champions": true, "medal": true, "medals": true,
	"medallist": true, "medallists": true}

// medalColours may stand between a competition's name and its medal:
// "a Tervane silver medal".
var medalColours = names.Set{"gold": true, "silver": true, "bronze": true}

// medalEvent reports whether a name typed as an organization is a
// competition's by the honour after it ([honourNouns]), maybe with a
// second competition joined by "and" ("the Tervane and European
// champion"), a race's distance ("Tervane 100m champion") and a medal's
// colour between ("a Tervane silver medal"). A name in capitals alone
// ("the ZBA champion") is a body that gives a title, and is left, as is a
// name of two words or more with an organization's word, and a name an
// alias, a country's or an agency's table gave. A champion "of" a cause
// ("the Tervane champion of reform") is a body's man.
func medalEvent(text string, m *mention) bool {
	if m.typ != Org || m.End >= len(text) || !lineGap(text, m.End) {
		return false // the cheap first question
	}
	if m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 || len(m.words) == 0 || len(m.words) > 3 ||
		names.IsAcronym(m.Name) || len(m.words) > 1 && anyOrgWord(m.words) {
		return false
	}
	w, i := nextWord(text, m.End)
	if w == "and" {
		o, oe := nextWord(text, i)
		if !upperWord(o) {
			return false
		}
		w, i = nextWord(text, oe)
	}
	if distance(w) {
		w, i = nextWord(text, i)
	}
	if medalColours[w] {
		w, i = nextWord(text, i)
	}
	if !honourNouns[strings.TrimRight(w, ",.;:")] {
		return false
	}
	n, _ := nextWord(text, i)
	return w != "champion" && w != "champions" || n != "of" // "a Tervane champion of reform": a cause's
}

// distance reports whether w is a race's distance in metres: "100m",
// "1500m", "5,000m".
func distance(w string) bool {
	d, ok := strings.CutSuffix(w, "m")
	if !ok || d == "" {
		return false
	}
	for i := range len(d) {
		if !isDigit(d[i]) && d[i] != ',' {
			return false
		}
	}
	return true
}
