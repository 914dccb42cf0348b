package extract

import "strings"

// ownedModel reports whether a name is an owner's product with a model's
// number after it: [ownedThing]'s cue ("its", "their" or a capitalized
// possessive before the name, a kind of thing after it, [ownedNounAfter])
// with the number between: "its Quarbix 2 heavy hydrotreating system",
// "Zorbit's Lemmovox 3 speech recognition product". [ownedThing] reads the
// number as the end of the noun phrase. The number is figures, maybe with
// a point or a hyphen, and is no year or amount: four figures and more, or
// a figure before "pct", "mln" or "dlrs", read as ownedNounAfter's first
// modifier, are no kind of thing. A name of an organization's words, a
// place, a well-known name ([thingName]) is left alone.
func ownedModel(text string, m *mention) bool {
	if m.End+4 >= len(text) || !asciiSpace(text[m.End]) || !isDigit(text[m.End+1]) {
		return false // the cheap first question: a figure right after the name
	}
	if m.typ != Org && m.typ != Person || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 ||
		len(m.words) == 0 || len(m.words) > 4 || !ownerBefore(text, m.Start) || m.Start > 0 && text[m.Start-1] == '<' {
		return false
	}
	w, we := nextWord(text, m.End)
	if len(w) > 3 || strings.Trim(w, "0123456789.-") != "" {
		return false // "its Quarbin 1987 results", "its Zorbit 3.5-inch": no model's number
	}
	return ownedNounAfter(text, we) && thingName(m, m.words)
}
