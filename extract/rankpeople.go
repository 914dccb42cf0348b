package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12n) reads a military rank written short, with or without
// its period, before one capitalized word that the recognizer typed an
// organization or a place: "Gen Vellor" of a British paper, where "Gen."
// of a wire takes the period. The ranks are no honorifics
// ([names.Honorifics] leaves them out: "Gen Term Corp", "Lt Col"), so the
// span is a person's only when the article names the same surname after
// another title or a given name ("President Vellor", "Ramon Vellor"):
// the rank and its surname then are the person's title and name.

// shortRanks are the military ranks written short before a surname.
var shortRanks = names.Set{"gen": true, "col": true, "capt": true, "maj": true, "lt": true,
	"sgt": true, "cmdr": true, "adm": true, "brig": true, "cpl": true}

// rankBeforeSurname reports whether a span of two words, an organization
// or a place, is a short rank and a surname that the article also names
// after a title or a given name.
func rankBeforeSurname(text string, ws []word) bool {
	if len(ws) != 2 || !shortRanks[strings.ToLower(strings.TrimSuffix(ws[0].text, "."))] {
		return false
	}
	s := ws[1].text
	if !names.IsCapitalized(s) || names.IsAcronym(s) || strings.ContainsAny(s, ".-'0123456789") {
		return false
	}
	k := names.Key(s)
	if names.Titles[k] || names.CorpSuffixes[k] || names.CompanyWords[k] || names.OrgHeads[k] {
		return false
	}
	return rankSurnameElsewhere(text, ws[0].text, ws[1])
}

// rankSurnameElsewhere reports whether the surname s occurs in text at
// another place than its own, as a whole word after a title word or a
// given name that is not the rank. It looks at no more than 64 places.
func rankSurnameElsewhere(text, rank string, s word) bool {
	g := placeGaz()
	from := 0
	for n := 0; n < 64; n++ {
		i := strings.Index(text[from:], s.text)
		if i < 0 {
			return false
		}
		i += from
		from = i + len(s.text)
		if i == s.start || i > 0 && isWordByte(text[i-1]) || from < len(text) && isWordByte(text[from]) {
			continue
		}
		p, _ := prevWord(text, i)
		if p == "" || p == rank || !names.IsCapitalized(p) {
			continue
		}
		if names.Titles.Has(p) || g != nil && g.FirstName(strings.ToLower(p)) {
			return true
		}
	}
	return false
}

// personOpener reports whether the first word of a span of two words or
// more makes a person of it: an honorific before capitalized words ("Lord
// Liverpool"), or a short rank before a surname the article names
// elsewhere ([rankBeforeSurname]).
func personOpener(text string, ws []word) bool {
	return names.Honorifics.Has(ws[0].text) && allCapitalized(ws) || rankBeforeSurname(text, ws)
}
