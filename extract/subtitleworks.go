package extract

import "strings"

// subtitleThings adds to things (keys of names that are works, products or
// events in the article, [ownedThings]) the key of each name that is a
// work's subtitle ([subtitleWork]): "Lemmola" in "the last episode of
// Zorbit Quest: Lemmola will air" when "Zorbit Quest" is a show.
func subtitleThings(a *article, things []string) []string {
	for i := range a.ms {
		if subtitleWork(a.text, a.ms, i, things) {
			things = append(things, a.ms[i].key)
		}
	}
	return things
}

// subtitleWork reports whether ms[k], a name typed as an organization, a
// person or a place, is the subtitle of a work: ": " stands right before
// it, and right before the colon ends a name that is a thing in the
// article (typed MISC, or its key among things: a show, a game, a film),
// itself after a word in lower case in its sentence, so that the two
// names are one title ("fans of Tervane Wars: Quarbin Rising"). A title at
// a sentence's or a headline's start ("Lemmo Cup: Zorbit fined") may be a
// heading before a body's news, and a subtitle written in capitals may be
// a body's acronym: both are left.
func subtitleWork(text string, ms []*mention, k int, things []string) bool {
	m := ms[k]
	if m.Start < 3 || text[m.Start-1] != ' ' || text[m.Start-2] != ':' {
		return false // the usual case, decided at once: no colon before the name
	}
	if m.typ != Org && m.typ != Person && m.typ != Location || m.ruled() || m.acronym || allCaps(m.Name) {
		return false
	}
	for j, o := range ms {
		if j == k || o.End != m.Start-2 {
			continue
		}
		if o.typ != Misc && !containsString(things, o.key) {
			return false
		}
		p, ps := prevWordFast(text, o.Start)
		return p != "" && !upperWord(p) && asciiLetters(p) && !strings.ContainsAny(text[ps+len(p):o.Start], "\n\r")
	}
	return false
}
