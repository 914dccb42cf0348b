package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14u) holds two cuts of a mention's words: a lower-case
// word that a hyphen glues to a country's name ("Zorbian-origin" no, but
// "U.S.-origin goods", "intra-U.K. flights": the country is what the
// word names), and a date glued after a name ("the Bank on March", the
// recognizer's span running into "on March 19").

// cutCountryAffix cuts a one-word mention written as a lower-case prefix,
// a hyphen and a country's name ("intra-U.K."), or a country's name, a
// hyphen and a lower-case word ("U.S.-origin"), to the country's name,
// when the tables know it by that name and it is no weak name. Two
// capitalized parts ("U.S.-Japan") and a prefix of one letter ("e-Tervane")
// are left; so is any place the tables know but a country's ("Tervane-on-sea"
// is a town's name).
func (r *Resolver) cutCountryAffix(ws []word) []word {
	if len(ws) != 1 {
		return ws
	}
	w := ws[0].text
	i := strings.IndexByte(w, '-')
	if i <= 0 || i == len(w)-1 || strings.IndexByte(w[i+1:], '-') >= 0 {
		return ws // the usual case, asked first
	}
	head, tail := w[:i], w[i+1:]
	switch {
	case lowerASCIIWord(head) && len(head) >= 3 && r.strongCountry(tail):
		ws[0].text, ws[0].start = tail, ws[0].start+i+1
	case lowerASCIIWord(tail) && len(tail) >= 3 && r.strongCountry(head):
		ws[0].text, ws[0].end = head, ws[0].end-len(tail)-1
	}
	return ws
}

// strongCountry reports whether the tables know w as a country's name that
// is no weak one.
func (r *Resolver) strongCountry(w string) bool {
	if !upperWord(w) {
		return false
	}
	c := r.t.Country(w, names.Key(w))
	return c >= 0 && !r.t.Countries[c].Weak
}

// lowerASCIIWord reports whether w is made of ASCII lower-case letters only.
func lowerASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// datePreps are the lower-case words that open a date after a name.
var datePreps = map[string]bool{"on": true, "in": true, "since": true, "until": true, "by": true}

// calendarNames are the months and the days of the week, folded.
var calendarNames = names.Set{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// cutDateTail cuts a lower-case preposition and a month's or a day's name
// that end a mention of three words or more ("Zorbit Bank on March"): a
// date the recognizer ran into, no word of the name. A capitalized "On"
// ("Stoke On Trent" in a headline) is left.
func cutDateTail(ws []word) []word {
	n := len(ws)
	if n < 3 || !datePreps[ws[n-2].text] || !calendarNames.Has(ws[n-1].text) || !upperWord(ws[n-1].text) {
		return ws
	}
	return ws[:n-2]
}
