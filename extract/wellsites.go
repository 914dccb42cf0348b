package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14l) holds the cue by which a name the recognizer typed
// as an organization or a person is an oil or gas well, a site (LOCATION,
// the family of minesites.go): a well's name ends in its number, and
// "well" follows it, maybe after a word of its kind ("the Tervane State
// Number Two well", "its Lemmo 1-13 exploratory well"). A firm's well is
// named without a number ("a Quarbin well" is the firm's).

// wellKinds stand between a well's name and "well".
var wellKinds = names.Set{"oil": true, "gas": true, "exploratory": true, "discovery": true, "wildcat": true,
	"development": true, "test": true, "appraisal": true}

// wellCounts are the numbers written in words that end a well's name.
var wellCounts = names.Set{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true}

// wellSite reports whether a name typed as an organization or a person,
// with no settled identity, ends in a number (in words or figures: "Number
// One", "1-13") and is followed by "well" or "wells", maybe after one word
// of [wellKinds], with "the", "its" or a possessive before it
// ([siteDeterminer]).
func wellSite(text string, m *mention) bool {
	if m.typ != Org && m.typ != Person || m.End >= len(text) || !asciiSpace(text[m.End]) || len(m.words) < 2 {
		return false
	}
	w, we := nextWord(text, m.End)
	if wellKinds[w] {
		w, _ = nextWord(text, we)
	}
	if w = strings.TrimRight(w, ",.;:"); w != "well" && w != "wells" {
		return false // the usual case, decided at once
	}
	if m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 || !wellNumber(last(m.words)) {
		return false
	}
	return siteDeterminer(text, m.Start)
}

// wellNumber reports whether a folded word is a well's number: a count
// in words ([wellCounts]) or figures and hyphens that begin with a figure
// ("1", "1-13").
func wellNumber(w string) bool {
	if wellCounts[w] {
		return true
	}
	return w != "" && isDigit(w[0]) && strings.Trim(w, "0123456789-") == ""
}
