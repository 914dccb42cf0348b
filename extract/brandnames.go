package extract

import "strings"

// This file (tail12q) reads "brand name" and "trade name" before a name:
// what follows is the name a product is sold under ("sold under the
// brand name Zorbadisc", "the trade name Quarbicin", "brand names such
// as Lemmorex and Tervax"), a thing and no firm, person or place.

// brandNameThing reports whether a name typed as an organization, a person
// or a place follows "brand name", "trade name" or their plurals, maybe
// with "such as" between ("brand names such as Lemmorex"), with no stop
// between. A name of an organization's words ("the trade name Quarbin
// Holdings") or a country is left alone, as are the names the
// [kindThingName] guard keeps.
func brandNameThing(text string, m *mention) bool {
	p, ps := prevWordFast(text, m.Start)
	if p != "name" && p != "names" && p != "as" {
		return false // the cheap first question
	}
	if p == "as" {
		if s, ss := prevWordFast(text, ps); s == "such" {
			p, ps = prevWordFast(text, ss)
		}
		if p != "names" && p != "name" {
			return false
		}
	}
	b, _ := prevWordFast(text, ps)
	if b = strings.ToLower(b); b != "brand" && b != "trade" {
		return false
	}
	if m.typ != Org && m.typ != Person && m.typ != Location || m.canon != "" || m.forced != "" || m.agency >= 0 ||
		m.country >= 0 || len(m.words) == 0 || len(m.words) > 4 {
		return false
	}
	return kindThingName(m, m.words)
}
