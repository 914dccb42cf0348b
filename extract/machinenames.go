package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14l) holds the cue by which a name the recognizer typed
// as an organization is a made thing (MISC, no node of the graph) by its
// head, its last word: a craft, a weapon or a technical standard ("the
// Tervane Polar Launch Vehicle", "the Zorbit Graphics Array"), or
// "System" after a word of what the system does ("its Quarbin Dealing
// Quotation System", "the Lemmo Mapping Information System"). A body
// named "System" has another word before it ("the Quarbin Teachers
// Retirement System", "the Farm Lending System") and is left.

// machineHeads end the names of crafts, weapons and technical standards;
// no body's name ends so. "Network" and "Service" are bodies' heads as
// often ("the Quarbin Cable Network") and are left out.
var machineHeads = names.Set{"satellite": true, "vehicle": true, "missile": true, "rocket": true,
	"array": true, "architecture": true, "interface": true, "subsystem": true}

// systemWorks stand before "System" in the name of a machine or a
// program: what it does or carries. A body's system has its members or
// its money before the head ("Retirement", "Credit", "Savings").
var systemWorks = names.Set{"information": true, "management": true, "planning": true, "reporting": true,
	"simulation": true, "quotation": true, "quotations": true, "datacomm": true, "teleconferencing": true,
	"radio": true, "surveillance": true, "tracking": true, "warning": true, "support": true,
	"generating": true, "lettering": true, "delivery": true, "processing": true, "operating": true,
	"warfare": true, "retrieval": true, "reservations": true, "guidance": true, "navigation": true}

// systemBodies are words of a body's name that a machine's name of
// [systemWorks] may hold too ("the Quarbin Health Information System" may
// be a network of hospitals): such a name is left as it is.
var systemBodies = names.Set{"retirement": true, "pension": true, "health": true, "healthcare": true,
	"hospital": true, "hospitals": true, "college": true, "school": true, "schools": true, "university": true,
	"savings": true, "credit": true, "bank": true, "banking": true, "broadcasting": true, "electric": true,
	"power": true, "transit": true, "library": true}

// machineName reports whether a name typed as an organization, of three
// to seven words with no settled identity (an alias, a country, an
// agency), ends in a head of [machineHeads], or in "system" after a word
// of [systemWorks] with no word of [systemBodies] in it. A name of two
// words is a firm's as often ("Quarbin Vehicle is owned by"), and a unit
// with an officer at its head is a body ([headedUnit]).
func machineName(text string, m *mention) bool {
	n := len(m.words)
	if n < 3 || n > 7 || m.typ != Org || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 {
		return false
	}
	if !machineHeads[m.words[n-1]] {
		if m.words[n-1] != "system" || !systemWorks[m.words[n-2]] {
			return false
		}
		for _, w := range m.words[:n-2] {
			if systemBodies[w] {
				return false
			}
		}
	}
	return !headedUnit(text, m)
}

// headedUnit reports whether a name follows an officer's title of
// [unitOffices] and "of", maybe with the owner's possessive between:
// "chief of Quarbin's Early Warning System" names a unit that has staff.
func headedUnit(text string, m *mention) bool {
	p, ps := prevWordFast(text, m.Start)
	if possessiveEnd(p) {
		p, ps = prevWordFast(text, ps)
	}
	if p != "of" {
		return false
	}
	o, _ := prevWordFast(text, ps)
	return unitOffices[strings.ToLower(o)]
}
