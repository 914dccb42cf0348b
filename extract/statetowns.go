package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds tail12u's rules for an American town written in Reuters'
// address shape, "Town, St.", that the tables or the recognizer take for
// something else (issue 10): a town that bears a country's name ("its plant
// in Tervania, Ind."), and a town whose first word is a given name after a
// firm's "of" ("Zorbit Inc of Ada Vellmark, Minn.").

// countryTown reports whether a mention that the tables would take for a
// country is an American town: a comma and an American state's or a
// Canadian province's abbreviation with its full stop follow it ("Peru,
// Ind.", "Lebanon, Pa."), as Reuters writes towns. "Miss." is left out: it
// may be a title before a woman's name in a list of countries.
func countryTown(text string, m *mention) bool {
	if m.End+1 >= len(text) || text[m.End] != ',' || !stateAbbrevAt(text, m.End+1) {
		return false
	}
	w, _ := nextWord(text, m.End+1)
	return !strings.HasPrefix(w, "Miss.")
}

// firmSeatOf reports whether the word before a mention is "of" after a
// company's suffix ("Zorbit Inc of ..."): the mention is then the firm's
// seat, a town, though its first word is a given name.
func firmSeatOf(text string, m *mention) bool {
	p, i := prevWord(text, m.Start)
	if p != "of" {
		return false
	}
	f, _ := prevWord(text, i)
	return names.CorpSuffixes[strings.ToLower(strings.TrimRight(f, ".,"))]
}
