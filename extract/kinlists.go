package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds tail12h's cue of a family's list: the names right
// after a plural noun of kin are people's ("survived by three children
// Ann, Zorbit and Tom", "their two sons Tom, 12, and Quarbin, 9"). The
// recognizer, seeing one unknown word alone, often takes it for a place
// or a firm; the kin noun before the list says what each member is.

// kinPlurals are the plural nouns of kin that a list of first names may
// follow.
var kinPlurals = names.Set{"children": true, "sons": true, "daughters": true, "grandchildren": true,
	"grandsons": true, "granddaughters": true, "brothers": true, "sisters": true, "twins": true}

// kinListWalk bounds the words kinListed reads back from a name.
const kinListWalk = 10

// kinListed reports whether a name of one or two words that the
// recognizer typed as a place or a firm stands in a list of names that a
// plural noun of kin ([kinPlurals]) opens: back from the name, only
// capitalized words (the list's other names, a comma after each but the
// one before "and"), "and" and a child's age ("16,") come before the
// noun, all on one line. A name the tables rule (a country, a canonical
// name), an organization's word and a name of the well-known table are
// left.
func kinListed(text string, m *mention) bool {
	if m.typ != Location && m.typ != Org || m.ruled() || m.acronym || len(m.words) == 0 || len(m.words) > 2 ||
		anyOrgWord(m.words) {
		return false
	}
	if _, known := names.Known(m.Name); known {
		return false
	}
	i := m.Start
	for n := 0; n < kinListWalk; n++ {
		w, ws := prevWordFast(text, i)
		switch {
		case w == "" || strings.ContainsAny(text[ws+len(w):i], "\n\r"):
			return false // no list goes on over a line's end (a headline's last word)
		case kinPlurals[w]:
			return true
		case w == "and":
		case ageWord(w):
		case upperWord(w) && !strings.ContainsAny(strings.TrimSuffix(w, ","), ".;:()\"'’"):
		default:
			return false
		}
		i = ws
	}
	return false
}

// ageWord reports whether w is an age written after a name in a list: one
// to three digits and a comma, "16,".
func ageWord(w string) bool {
	d := strings.TrimSuffix(w, ",")
	if d == w || len(d) == 0 || len(d) > 3 {
		return false
	}
	for i := 0; i < len(d); i++ {
		if !isDigit(d[i]) {
			return false
		}
	}
	return true
}

// kinLists types as people the names of the article's lists of kin
// ([kinListed]) and every other mention of the same name typed as a place
// or a firm.
func kinLists(a *article) {
	var keys []string
	for _, m := range a.ms {
		if (m.typ == Location || m.typ == Org) && kinListed(a.text, m) {
			keys = append(keys, m.key)
		}
	}
	if keys == nil {
		return
	}
	for _, m := range a.ms {
		if (m.typ == Location || m.typ == Org) && !m.ruled() && containsString(keys, m.key) {
			m.typ, m.typed = Person, true
		}
	}
}
