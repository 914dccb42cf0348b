package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail10zy) types as a person the character a performer plays,
// named after "role as" or "role of" and maybe a word or two that
// describe the character ("her role as troubled Ann Vell", "the role of
// Quarbet in the film"). The recognizer takes some of them for firms or
// places; a character is a person by the conventions.

// roleFollowers are the lower-case words that may follow a character's
// name and end its noun phrase: "the role of Quarbet in the film". Any
// other lower-case word makes the name a modifier ("her role as Tervane
// icon Ann Vell").
var roleFollowers = names.Set{"in": true, "on": true, "opposite": true, "alongside": true, "for": true,
	"and": true, "who": true, "with": true}

// roleCharacter reports whether a name of one to three words that the
// recognizer typed an organization or a place follows "role as", "role
// of" or "roles as" and at most two lower-case words that are no
// article, and ends its noun phrase ([roleFollowers] or punctuation after
// it): a character, a person. "The role of" must follow a verb of playing
// ([playVerbs]): "the role of Tervanism in the Union" is no part. A name with an organization's word ("the
// role of House of Lords speaker"), a known place ("role as Tervania's
// envoy") or a well-known name is left, and so is "the role of the ...".
func roleCharacter(text string, m *mention) bool {
	if m.typ != Org && m.typ != Location || m.Start < 8 || m.canon != "" || m.forced != "" || m.agency >= 0 ||
		m.country >= 0 || m.acronym || len(m.words) == 0 || len(m.words) > 3 || !roleBefore(text, m.Start) {
		return false
	}
	if w, _ := nextWord(text, m.End); m.End < len(text) && lineGap(text, m.End) && !upperWord(w) &&
		!roleFollowers[strings.TrimRight(w, ",;.:")] {
		return false
	}
	if anyOrgWord(m.words) {
		return false
	}
	if names.Tables().KnownPlace(m.key) || names.IsRegion(m.key) || possessiveAt(text, m.End) {
		return false
	}
	_, known := names.Known(m.Name)
	return !known
}

// roleBefore reports whether "role as", "role of", "roles as" or "roles
// of" and at most two lower-case words that are no article stand right
// before i.
func roleBefore(text string, i int) bool {
	w, at := prevWordFast(text, i)
	for range 2 {
		if w == "as" || w == "of" || !lowerWord(w) || w == "the" || w == "a" || w == "an" {
			break
		}
		w, at = prevWordFast(text, at)
	}
	if w != "as" && w != "of" {
		return false
	}
	r, at := prevWordFast(text, at)
	if r != "role" && r != "roles" {
		return false
	}
	if w == "as" {
		return true
	}
	// "the role of" is a performer's only after a verb of playing: "to
	// play the role of Quarbet", not "about the role of Tervanism in".
	if d, at := prevWordFast(text, at); d == "the" {
		v, _ := prevWordFast(text, at)
		return playVerbs[v]
	}
	return true
}

// playVerbs come before "the role of" and a character: "play the role
// of", "stepping into the role of", "taking on the role of".
var playVerbs = names.Set{"play": true, "plays": true, "played": true, "playing": true, "take": true,
	"takes": true, "took": true, "taken": true, "taking": true, "on": true, "into": true, "landed": true,
	"won": true, "reprise": true, "reprises": true, "reprising": true}
