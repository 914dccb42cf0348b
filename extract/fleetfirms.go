package extract

import "github.com/nergraph/nergraph/internal/names"

// This file holds the cue of a carrier or a maker named by its fleet: a
// name whose last word is a plural of vehicles or a railway's word
// ("Quarbin Trains", "Tervane Buses", "Lemmo Railroad"). A place's name
// ends so only as a station's or a depot's, which end in other words.

// fleetTails end the names of carriers and of vehicle makers.
var fleetTails = names.Set{"trains": true, "buses": true, "airways": true, "airlines": true, "ferries": true,
	"coaches": true, "railways": true, "railroad": true, "railroads": true}

// fleetFirm reports whether a name of two words or more typed a place
// ends in a word of [fleetTails]: an organization. A name typed a person
// is left: the recognizer types the article's short name as it typed the
// whole ("Ann Built Buses ... Ann had failed the tests"), and the short
// name, a person's still, would then be cut from the firm.
func fleetFirm(m *mention) bool {
	return m.typ == Location && len(m.words) >= 2 && fleetTails[last(m.words)] && m.canon == ""
}
