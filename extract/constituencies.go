package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the cue of a parliamentary constituency written right
// after its member's office or the word "constituency": "the Labour MP for
// Tervane North", "the constituency now known as Quarbin". A constituency
// is a place (LOCATION), whatever the recognizer said; a party after "MP
// for" ("an MP for Labour") is left.

// memberOffices are the members of a parliament or an assembly that "for"
// and their seat follow: "MP for", "MSP for", "AM for", "MEP for"; and
// "Parliament" that a member enters for the seat ("entered Parliament for
// Tervane North", tail11z).
var memberOffices = names.Set{"Parliament": true, "MP": true, "MPs": true, "MSP": true, "MSPs": true, "AM": true, "MEP": true}

// seatParties are the parties that may follow "MP for" in place of a seat.
var seatParties = names.Set{"labour": true, "conservative": true, "conservatives": true, "tory": true,
	"tories": true, "liberal democrats": true, "lib dems": true, "plaid cymru": true, "snp": true, "ukip": true,
	"the greens": true, "greens": true, "respect": true, "sinn fein": true, "dup": true, "sdlp": true}

// constituencyCue reports whether a name the recognizer typed an
// organization or a person is a constituency by the words right before it:
// a member's office and "for" ([memberOffices]: "MP for Tervane North"), or
// "constituency of", "constituency known as", "constituency now known as".
// A party's name ([seatParties]) is no seat.
func constituencyCue(text string, m *mention) bool {
	if m.typ != Org && m.typ != Person || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 || seatParties[m.key] {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	switch p {
	case "for":
		q, qs := prevWordFast(text, ps)
		if q == "AM" {
			// "at 10 AM for Tervane" is a time of day.
			r, _ := prevWordFast(text, qs)
			return r == "" || !isDigit(r[len(r)-1])
		}
		return memberOffices[q]
	case "and", "&":
		return seatPairBefore(text, ps) && (m.typ == Org || !firstNamed(m)) // tail17o
	case "of":
		q, _ := prevWordFast(text, ps)
		return q == "constituency"
	case "as":
		q, qs := prevWordFast(text, ps)
		if q != "known" {
			return false
		}
		r, rs := prevWordFast(text, qs)
		if r == "now" {
			r, _ = prevWordFast(text, rs)
		}
		return strings.TrimRight(r, ",") == "constituency"
	}
	return false
}
