package extract

import "github.com/nergraph/nergraph/internal/names"

// ensembleTails end the name of a company of players or dancers: "the
// Tervane Philharmonic", "Lemmo Radio Orchestra", "the Quarbin Ballet",
// "Zorbit Choir". "Opera" is left out: it ends an opera house's name as
// often ("conducted at the Tervane State Opera"), a place.
var ensembleTails = names.Set{"orchestra": true, "philharmonic": true, "ballet": true, "choir": true, "sinfonia": true}

// ensembleName reports whether a name of two words or more the recognizer
// took for a person or a place is an orchestra's, a ballet company's or a
// choir's by its last word ([ensembleTails]), a body (tail12w). A place
// the tables know is left.
func ensembleName(m *mention) bool {
	if m.typ != Person && m.typ != Location || len(m.words) < 2 || m.canon != "" || m.country >= 0 ||
		!ensembleTails[last(m.words)] {
		return false
	}
	return !names.Tables().KnownPlace(m.key)
}
