package extract

import (
	"slices"
	"strings"
)

// This file (tail16z) drops a surname written as the name of a group
// beside a man's full name: "A group led by Kim Tervane ... the Tervane
// group raised its stake", "TERVANE GROUP SAYS". The group (a family's
// companies, an investor group) is no person; joined to the article's
// full name of one man it made him the group, as [familyNames] drops "the
// Tervane family".

// groupNames drops each mention of one word that no rule has named, typed
// a person or an organization, before the word "group" (or "GROUP" after
// a word in capitals), when a person's name of the article of two words
// or more ends in its word, and no organization's name of two words or
// more begins with it ("the Quarbin group" of "Quarbin Corp" is the
// firm's: a firm's name is no surname's).
func groupNames(text string, ms []*mention) []*mention {
	var drop []*mention
	for _, m := range ms {
		if (m.typ == Person || m.typ == Org) && len(m.words) == 1 && !m.ruled() && groupAfter(text, m) {
			drop = append(drop, m) // the cheap first question: " group" after a name
		}
	}
	if len(drop) == 0 {
		return ms
	}
	drop = slices.DeleteFunc(drop, func(m *mention) bool {
		w := m.words[0]
		return !slices.ContainsFunc(ms, func(o *mention) bool { return o.typ == Person && len(o.words) > 1 && o.words[len(o.words)-1] == w }) ||
			slices.ContainsFunc(ms, func(o *mention) bool { return o.typ == Org && len(o.words) > 1 && o.words[0] == w })
	})
	return slices.DeleteFunc(ms, func(m *mention) bool { return slices.Contains(drop, m) })
}

// groupAfter reports whether the word "group" (or "group's") follows the
// mention m after one space or a line break, or "GROUP" when m is
// written in capitals (a headline).
func groupAfter(text string, m *mention) bool {
	end := m.End
	if end >= len(text) || !lineSpace(text[end]) {
		return false
	}
	rest, ok := strings.CutPrefix(text[end+1:], "group")
	if !ok {
		rest, ok = strings.CutPrefix(text[end+1:], "GROUP")
		ok = ok && strings.ToUpper(text[m.Start:end]) == text[m.Start:end] // upper-cased only after "GROUP"
	}
	return ok && (rest == "" || !isLetterByte(rest[0]))
}
