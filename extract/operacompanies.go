package extract

// This file holds the rule of an opera company named after the post of
// the one who leads it: "the chief conductor of the Tervane Opera", "the
// director of the Quarbin State Opera". [ensembleTails] leaves "Opera"
// out, an opera house's name as often ("sang at the Tervane Opera"); a
// conductor or a director is the company's, a body's.

// operaLeaders stand before "of the" and an opera company's name.
var operaLeaders = map[string]bool{"conductor": true, "director": true}

// operaCompany reports whether a name of two words or more the recognizer
// took for a place or a person ends in "Opera" and follows a conductor's
// or a director's noun and "of the" ([operaLeaders]): an opera company,
// an organization. A name an alias rule gave stays.
// Cost: a look at the last word, then three words read back.
func operaCompany(text string, m *mention) bool {
	if m.typ != Location && m.typ != Person || len(m.words) < 2 || last(m.words) != "opera" || m.canon != "" || m.country >= 0 {
		return false
	}
	p, i := prevWordFast(text, m.Start)
	if p != "the" {
		return false
	}
	if p, i = prevWordFast(text, i); p != "of" {
		return false
	}
	p, _ = prevWordFast(text, i)
	return operaLeaders[p]
}
