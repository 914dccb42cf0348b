package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// placeOnlyTails end the names of natural places and no person's name: no
// one is called "Island", "River" or "Harbour" after a given name, where
// "Thomas Bay" and "Veronica Lake" are people ([naturalPlace] leaves a
// name with a given name first for them).
var placeOnlyTails = names.Set{"island": true, "isle": true, "river": true, "harbour": true, "harbor": true}

// givenNamePlace reports whether a name the recognizer typed a person is
// a natural place's by its last word ([placeOnlyTails]), a given name
// before it or not: "Ellis Island", "Pearl Harbour", "Charles River". A
// title or a canonical name keeps the person, and so does a possessive
// right before the name: "this year's Tervo Island" is a toy or a show,
// which the works rules read ([timeOwnedPerson]), and "Boston's Ann
// River" may be a person.
func givenNamePlace(text string, m *mention) bool {
	ws := m.words
	if m.typ != Person || len(ws) < 2 || !placeOnlyTails[ws[len(ws)-1]] || m.canon != "" || m.Title != "" {
		return false
	}
	p, _ := prevWordFast(text, m.Start)
	return !strings.HasSuffix(p, "'s") && !strings.HasSuffix(p, "’s") && !strings.HasSuffix(p, "'")
}
