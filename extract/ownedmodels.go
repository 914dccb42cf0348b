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

// modelShortForm reports whether a one-word name before a model's number
// is the short form of an owner's product of [ownedModel] that the article
// names in full with the same number: "its Quarbin Vox 3 speech product
// ... distribute Vox 3 in Europe". The short form alone has no owner
// before it.
func modelShortForm(a *article, i int) bool {
	m := a.ms[i]
	if m.End+2 >= len(a.text) || !asciiSpace(a.text[m.End]) || !isDigit(a.text[m.End+1]) || len(m.words) != 1 {
		return false // the cheap first question: a figure right after a name of one word
	}
	if m.typ != Org && m.typ != Person || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 {
		return false
	}
	num, _ := nextWord(a.text, m.End)
	for j, o := range a.ms {
		if j == i || len(o.words) < 2 || last(o.words) != m.words[0] || o.End+1 >= len(a.text) || !asciiSpace(a.text[o.End]) {
			continue
		}
		if n, _ := nextWord(a.text, o.End); n == num && ownedModel(a.text, o) {
			return true
		}
	}
	return false
}
