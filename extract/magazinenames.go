package extract

import "github.com/nergraph/nergraph/internal/names"

// This file holds tail14n's reading of a periodical's name by its last
// word: "Quarbin Magazine", "the German Lemmo Magazin", "Tervaner
// Zeitung". No person's or place's name ends in these words, so such a
// name the recognizer typed as a person or a place is the publication, an
// organization ([mastheadName] reads the words that are also surnames,
// "Herald", "Courier", only after a known place).

// periodicalTails end a periodical's name: English "magazine", German
// "Magazin" and "Zeitung".
var periodicalTails = names.Set{"magazine": true, "magazin": true, "zeitung": true}

// magazineName reports whether a name of two to four words typed as a
// person or a place ends in a periodical's word ([periodicalTails]):
// "quoted by Tervane's Quarbin Magazin", "told Lemmo Magazine".
func magazineName(m *mention) bool {
	n := len(m.words)
	if n < 2 || n > 4 || !periodicalTails[m.words[n-1]] {
		return false // the cheap first question: the last word
	}
	return (m.typ == Person || m.typ == Location) && m.canon == "" && m.country < 0 && m.agency < 0
}
