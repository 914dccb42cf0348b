package extract

import "github.com/nergraph/nergraph/internal/names"

// This file holds the cue of a performer's name that the recognizer typed
// an organization because its last word is one of a body's ("Ann Vell
// Church", "Tom Quarn Press"), or that the later rules of a body's words
// would so type: a performer's kind right before it ("star", "actress"),
// and a given name first.

// performerKinds name a performer right before the name.
var performerKinds = names.Set{"star": true, "actor": true, "actress": true, "singer": true, "comedian": true}

// roleGivenPerson reports whether a name of two or three words typed an
// organization or a person follows a performer's kind ([performerKinds]), begins with
// a given name the gazetteer knows and holds no company suffix nor "of"
// or "and" ("star Ann Vell Ltd", "actress Ann Vell and Co" are left): a
// person.
func roleGivenPerson(text string, m *mention) bool {
	if m.typ != Org && m.typ != Person || len(m.words) < 2 || len(m.words) > 3 || m.canon != "" || m.forced != "" || m.agency >= 0 || m.acronym {
		return false
	}
	if k, _ := prevWordFast(text, m.Start); !performerKinds[k] {
		return false // the cheap first question
	}
	for _, w := range m.words {
		if names.CorpSuffixes[w] || w == "of" || w == "and" || w == "&" {
			return false
		}
	}
	g := placeGaz()
	return g != nil && g.FirstName(m.words[0])
}
