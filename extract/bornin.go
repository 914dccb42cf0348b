package extract

// This file holds the cue of a town the recognizer typed a person or an
// organization: "born in" right before it ("she was born in Tervane",
// "born in nearby Port Quarbin"). Only a place stands there; a year does
// too, but a year is no name.

// bornInTown reports whether a name typed a person or an organization
// follows "born in", maybe with "nearby" between, has no possessive after
// it ("born in Quarbin's hospital": a body's building), no organization's
// word and is no well-known name ([thingName]): a place (LOCATION).
func bornInTown(text string, m *mention) bool {
	if m.typ != Org && m.typ != Person || m.Start < 8 || m.canon != "" || m.forced != "" || m.agency >= 0 || m.acronym {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	if p == "nearby" {
		p, ps = prevWordFast(text, ps)
	}
	if p != "in" {
		return false // the cheap first question
	}
	if b, _ := prevWordFast(text, ps); b != "born" && b != "Born" {
		return false
	}
	return !possessiveAt(text, m.End) && thingName(m, m.words)
}
