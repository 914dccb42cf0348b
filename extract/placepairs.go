package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail17w) reads two places joined by "and" that share what
// follows the second: a state ("Tervane and Amlow, Ore."), after a town
// the list gave its own state before ("to Quarbin, Calif., and Tervane
// and Amlow, Ore."), or a county's word ("Zorbit and Lemmo Counties",
// "its Zorbit and Lemmo County, Ohio area"). The recognizer takes the
// first for a firm or a person; [townInList] reads a list only from "in",
// "at" or "near", with no state inside it, and [countyPlace] a name that
// ends in the county's word itself.

// pluralCounties end a pair of counties' names: "Zorbit and Lemmo
// Counties".
var pluralCounties = names.Set{"counties": true, "parishes": true}

// pairedTownList reports whether a name typed an organization or a person
// ([pairPlaceName]) stands between a town's state and its comma and
// "and" ("Quarbin, Calif., and") and "and", a town of one to three
// capitalized words ([pairTownAfter]) and that town's comma and state:
// "Quarbin, Calif., and Tervane and Amlow, Ore.". A state before the
// name makes the list one of towns, each with its state.
func pairedTownList(text string, m *mention) bool {
	if m.Start < 8 || m.End+8 > len(text) || text[m.End] != ' ' || !strings.HasPrefix(text[m.End+1:], "and") {
		return false // the cheap first question: "and" after the name
	}
	p, ps := prevWordFast(text, m.Start)
	if p != "and" {
		return false
	}
	q, qs := prevWordFast(text, ps)
	if !strings.HasSuffix(q, ".,") || !stateAbbrevAt(text, qs) || !pairPlaceName(m) {
		return false
	}
	return pairTownAfter(text, m.End)
}

// pairTownAfter reports whether "and", one to three capitalized words
// with no organization's word, a comma and a state's abbreviation or name
// follow i; a state written "-based" ("Amlow, Ore.-based Quarbin") is a
// firm's seat, and is left.
func pairTownAfter(text string, i int) bool {
	w, we := nextWord(text, i)
	if w != "and" {
		return false
	}
	for n := 0; n < 3; n++ {
		w, we = nextWord(text, we)
		k := strings.TrimSuffix(w, ",")
		if k == "" || !upperWord(k) || orgWord(names.Key(k)) || strings.ContainsAny(k, ".'’") {
			return false
		}
		if k == w {
			continue
		}
		s, _ := nextWord(text, we)
		if strings.Contains(s, "-") {
			return false
		}
		return stateAbbrevAt(text, we) || stateNameAt(text, we)
	}
	return false
}

// countyPair reports whether a name typed an organization or a person
// ([pairPlaceName]) stands before "and", one or two capitalized words and
// a county's plural ([pluralCounties]: "Zorbit and Lemmo Counties"), or
// "County" or "Parish" with a comma and a state after it ("Zorbit and
// Lemmo County, Ohio"): the name is a county's. "Ann Vell and Lemmo County
// officials" has no state after it, and is left.
func countyPair(text string, m *mention) bool {
	if m.End+8 > len(text) || text[m.End] != ' ' || !strings.HasPrefix(text[m.End+1:], "and ") || !pairPlaceName(m) {
		return false // the cheap first question: "and" after the name
	}
	_, we := nextWord(text, m.End)
	for n := 0; n < 3; n++ {
		var w string
		w, we = nextWord(text, we)
		k := strings.TrimRight(w, ",.;:")
		if k == "" || !upperWord(k) {
			return false
		}
		key := names.Key(k)
		if pluralCounties[key] {
			return n > 0
		}
		if countyKinds[key] {
			return n > 0 && w == k+"," && (stateAbbrevAt(text, we) || stateNameAt(text, we))
		}
		if k != w || orgWord(key) {
			return false
		}
	}
	return false
}

// pluralCountyName reports whether a name of two or three words typed an
// organization or a person ends in a county's plural
// ([pluralCounties]) with no organization's word or "of" before it:
// "Lemmo Counties", the second of a pair ("Zorbit and Lemmo Counties").
// "Association of Counties" is a body's.
func pluralCountyName(m *mention) bool {
	n := len(m.words)
	if n < 2 || n > 3 || !pluralCounties[m.words[n-1]] || m.typ != Org && m.typ != Person ||
		m.canon != "" || m.forced != "" || m.agency >= 0 {
		return false // the cheap first question: the last word
	}
	for _, w := range m.words[:n-1] {
		if w == "of" || w == "and" || orgWord(w) {
			return false
		}
	}
	return true
}

// pairPlaceName reports whether a mention may be a town's or a county's
// name that [pairedTownList] and [countyPair] retype: typed an
// organization or a person, of one to three words with no organization's
// word or "of", no title, alias, country or agency; a person's name of two
// words or more that opens with a given name ("Ann Vell") is left.
func pairPlaceName(m *mention) bool {
	if m.typ != Org && m.typ != Person || m.canon != "" || m.forced != "" || m.Title != "" || m.agency >= 0 ||
		m.country >= 0 || len(m.words) == 0 || len(m.words) > 3 {
		return false
	}
	if g := placeGaz(); m.typ == Person && len(m.words) > 1 && g != nil && g.FirstName(m.words[0]) {
		return false
	}
	for _, w := range m.words {
		if w == "of" || w == "and" || orgWord(w) {
			return false
		}
	}
	return true
}
