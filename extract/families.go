package extract

import (
	"slices"
	"strings"
)

// This file (tail15c) drops a surname written as a family's name: "hosted
// by the Tervane family". The family is many people, none of our entities;
// under the article's full name of one of them ("Kim Tervane") it made
// one person of the family.

// familyNames drops each mention typed a person, of one word (a surname), that
// no rule has named, between a lower-case "the" and the word "family"
// ([familyAfter]), unless a name the article types an organization begins
// with its word: "the Quarbin family" of "Quarbin Corp" is the firm's
// group of companies.
func familyNames(text string, ms []*mention) []*mention {
	var drop []*mention
	for _, m := range ms {
		if m.typ == Person && familyAfter(text, m.End) && len(m.words) == 1 && !m.ruled() &&
			(m.Start >= 4 && text[m.Start-4:m.Start-1] == "the" && lineSpace(text[m.Start-1]) || familyLead(text, m.Start) || familyAdjectiveLead(text, m.Start)) { // tail15w: or a line break; tail16t: familyLead; tail16z: familyAdjectiveLead
			drop = append(drop, m) // the cheap first question: " family" after a name
		}
	}
	if len(drop) == 0 {
		return ms
	}
	drop = slices.DeleteFunc(drop, func(m *mention) bool {
		return slices.ContainsFunc(ms, func(o *mention) bool { return o.typ == Org && len(o.words) > 0 && o.words[0] == m.words[0] })
	})
	return slices.DeleteFunc(ms, func(m *mention) bool { return slices.Contains(drop, m) })
}

// familyAfter reports whether the word "family" (or "family's") follows
// the name that ends at end, after one space or a line break (tail15w:
// the wire wraps its lines, "the Tervane\nfamily").
func familyAfter(text string, end int) bool {
	if end >= len(text) || !lineSpace(text[end]) {
		return false
	}
	rest, ok := strings.CutPrefix(text[end+1:], "family")
	return ok && (rest == "" || !isLetterByte(rest[0]))
}

// lineSpace reports whether c is a space or a line break: the one byte
// between two words of a line, or of a wrapped line's end and the next.
func lineSpace(c byte) bool { return c == ' ' || c == '\n' }
