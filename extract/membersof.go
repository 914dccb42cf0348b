package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail17i) holds the cue by which a name the recognizer took
// for a place or a person after "members of" is a body's: a band, a club,
// a party ("a supergroup with members of Quarbin Vell and Zorbit the
// Lemmo"). A place has no members, nor has a person; a family ("members of
// the Vell and Lemmo families"), a squad ("members of the Tervane squad")
// or a branch ("members of Quarbin UKIP") is written with a word after the
// name, and a possessive ("members of Ann Vell's family") is hers: such a
// name is left.

// memberWords stand before "of" and a body's name.
var memberWords = names.Set{"members": true, "member": true, "Members": true, "Member": true}

// maxJoinedWords bounds the words of the first name of "members of X and
// Y" that [membersOfBody] reads back over, or forward over, from Y or X.
const maxJoinedWords = 5

// membersOfBody reports whether a name stands right after "members of"
// (or "member of"), with or without "the", or after such words, a first
// name and "and" ("members of Quarbin Vell and Zorbit the Lemmo"), and
// the noun phrase ends with the name: a stop, a comma or a bracket after
// it, or "and" and a second name that so ends. Cost: one word read back
// before the test of "of"; at most [maxJoinedWords] words each way then.
func membersOfBody(text string, m *mention) bool {
	p, ps := prevWordFast(text, m.Start)
	switch p {
	case "the", "The":
		p, ps = prevWordFast(text, ps)
		if p == "of" {
			return memberBefore(text, ps) && nameRunEnds(text, m.End)
		}
	case "of":
		return memberBefore(text, ps) && nameRunEnds(text, m.End)
	}
	if p != "and" || !nameEnds(text, m.End) {
		return false
	}
	// The second name: words back over the first to "of".
	for range maxJoinedWords + 1 {
		p, ps = prevWordFast(text, ps)
		switch {
		case p == "of":
			return memberBefore(text, ps)
		case p == "the" || p == "The" || upperWord(p) && !strings.ContainsAny(p, ".,;:'’\""):
		default:
			return false
		}
	}
	return false
}

// memberBefore reports whether a word of [memberWords] ends right before
// position i (the start of "of").
func memberBefore(text string, i int) bool {
	w, _ := prevWordFast(text, i)
	return memberWords[w]
}

// nameEnds reports whether a name's noun phrase ends at i: the text ends,
// or a stop, comma, colon, semicolon, bracket or quote mark follows (not
// an apostrophe: "Vell's family" goes on).
func nameEnds(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	return strings.IndexByte(".,;:)!?\"", text[i]) >= 0 || text[i] == '\n' && (i+1 >= len(text) || text[i+1] == '\n')
}

// nameRunEnds reports whether a first name's noun phrase ends at i, or
// goes on with "and" and a second name of capitalized words (with "the"
// or "of" between them) that ends so: "members of Quarbin Vell and Zorbit
// the Lemmo." but not "members of the Vell and Lemmo families".
func nameRunEnds(text string, i int) bool {
	if nameEnds(text, i) {
		return true
	}
	w, e := nextWord(text, i)
	if w != "and" {
		return false
	}
	if w, we := nextWord(text, e); w == "the" {
		e = we
	}
	n := 0
	for n < maxJoinedWords {
		w, we := nextWord(text, e)
		clean := strings.TrimRight(w, ".,;:)!?\"")
		if clean == "" || !upperWord(clean) && (n == 0 || clean != "the" && clean != "of") {
			return false
		}
		n++
		if clean != w {
			return upperWord(clean)
		}
		if nameEnds(text, we) {
			return upperWord(clean)
		}
		e = we
	}
	return false
}
