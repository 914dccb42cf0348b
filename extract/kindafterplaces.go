package extract

import "strings"

// This file (tail14e) reads a kind of place after a name the recognizer
// took for a person: "a bomb in the Tervane district", "farms in the
// Quarbin area." No one is named "the ... district".

// theKindPlace reports whether a name typed a person stands between "the"
// and a lower-case kind of place of [kindOfPlace] ("district", "area",
// "region", "county" ...; not "state": "the Vell state visit") that ends
// the phrase: punctuation after the kind, or a lower-case word after it
// that is no noun it modifies ([upperWordAfter] says lower case: "the
// Tervane district was", as [placeNamed] reads it; "the Quarbin area
// manager" is left by the noun test below).
func theKindPlace(text string, m *mention) bool {
	if m.typ != Person || m.canon != "" || m.forced != "" || m.Title != "" || m.country >= 0 || m.agency >= 0 {
		return false
	}
	if p, _ := prevWordFast(text, m.Start); p != "the" && p != "The" {
		return false // the usual case, decided at once
	}
	n, ne := nextWord(text, m.End)
	t := strings.TrimRight(n, ",.;:")
	if !kindOfPlace[t] || t == "state" {
		return false
	}
	if t != n {
		return true // punctuation ends the phrase
	}
	w, _ := nextWord(text, ne)
	return placeKindEnders[w]
}

// placeKindEnders are the lower-case words that may follow "the Tervane
// district" and end its noun phrase: a verb, a preposition, a
// conjunction. A noun after the kind ("area manager") makes the name a
// firm's or a body's as often.
var placeKindEnders = map[string]bool{"was": true, "is": true, "were": true, "are": true, "has": true,
	"had": true, "and": true, "or": true, "of": true, "in": true, "on": true, "near": true, "for": true,
	"to": true, "from": true, "with": true, "where": true, "which": true, "that": true, "at": true, "by": true}
