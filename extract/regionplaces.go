package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/internal/names"
)

// regionPlaces types as a place a state's or a province's name
// that the recognizer took for a body (or, of two words or more, for a
// person), when the compiled lists know it as such and no list knows it as
// a body, and some mention of it in the article stands where a place
// stands ([Resolver.placeCue]: "in the Tervane cocoa zone", "the state of
// Tervane", "Cordoba, Tervane and Santa Fe") or before a crop's words
// ([cropAfter]: "the Tervane temporao crop"), and no organization's name
// in the article begins with its words ([firmBegun]: "Tervane" of
// "Tervane Power Corp" is the firm's short name). The tables of places
// know few states outside America; the gazetteer's states are left
// to the model, which types by the words around them and has seen a
// club's name (a Brazilian side of that name) as an organization. Sports
// reports are left alone ([sportish]): there the bare name of a town or a
// region is its club's ("Italian side Tervane", "the Tervane stadium").
//
// The article's words are read for sports only when some mention would be
// retyped: [sportish] reads the whole text, and most articles have a
// candidate but no cue.
func (r *Resolver) regionPlaces(a *article) {
	var cue map[string]bool // key → a mention stands where a place stands
	cued := false
	for _, m := range a.ms {
		if !regionCandidate(m) {
			continue
		}
		if cue == nil {
			cue = map[string]bool{}
		}
		if !cue[m.key] && !nameGoesOn(a.text, m) {
			c := placeGaz().RegionName(m.words) && (r.placeCue(a.text, m) || cropAfter(a.text, m)) && !firmBegun(a, m)
			cue[m.key] = c
			cued = cued || c
		}
	}
	if !cued || sportish(a.text) {
		return
	}
	for _, m := range a.ms {
		if cue[m.key] && regionCandidate(m) {
			m.typ, m.typed = Location, true
		}
	}
}

// regionCandidate reports whether a mention may be a place's name the
// recognizer typed wrong: an organization, or a person of two words or
// more (one word is too often a first name or a surname that a town
// shares), that nothing settled.
func regionCandidate(m *mention) bool {
	return (m.typ == Org || m.typ == Person && len(m.words) >= 2) && !m.typed && m.canon == "" && m.forced == "" &&
		m.country < 0 && m.agency < 0 && !m.removed
}

// cropWords follow a growing region's name: "the Tervane crop", "Tervane
// arrivals" (of a crop at its ports), "the Tervane cocoa zone".
var cropWords = names.Set{"crop": true, "crops": true, "harvest": true, "harvests": true, "arrivals": true,
	"growers": true, "zone": true, "zones": true, "plantings": true, "rainfall": true}

// cropAfter reports whether a crop's word follows a name, perhaps after
// "'s" and one lower-case word: "Tervane's temporao crop", "the Tervane
// cocoa zone", "Tervane arrivals".
func cropAfter(text string, m *mention) bool {
	i := m.End
	if strings.HasPrefix(text[i:], "'s ") {
		i += 2
	}
	n, ne := nextWord(text, i)
	if cropWords[strings.TrimRight(n, ",.;:")] {
		return true
	}
	if n == "" || !asciiLowerWord(n) {
		return false
	}
	nn, _ := nextWord(text, ne)
	return cropWords[strings.TrimRight(nn, ",.;:")]
}

// asciiLowerWord reports whether w is lower-case letters a to z only.
func asciiLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// firmBegun reports whether an organization's longer name in the article
// begins with the mention's words: the mention may be its short name.
func firmBegun(a *article, m *mention) bool {
	for _, o := range a.ms {
		if o.typ == Org && len(o.words) > len(m.words) && slices.Equal(o.words[:len(m.words)], m.words) {
			return true
		}
	}
	return false
}

// sportNouns are words of sports reports besides [names.SportWords], short
// ones above all: "UEFA ordered Italian side Tervane to play its next
// match", "a Serie A derby".
var sportNouns = names.Set{"match": true, "matches": true, "side": true, "soccer": true, "stadium": true,
	"coach": true, "team": true, "serie": true, "players": true, "fans": true, "club": true, "clubs": true,
	"championship": true, "tournament": true, "beat": true, "draw": true, "scored": true}

// sportish reports whether a text holds two different words of sports
// reports ([names.SportWords], [sportNouns]). It asks less than
// [sportStory], for the short reports of news feeds.
func sportish(text string) bool {
	var seen []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if k := strings.ToLower(w); (names.SportWords[k] || sportNouns[k]) && !slices.Contains(seen, k) {
			if seen = append(seen, k); len(seen) >= 2 {
				return true
			}
		}
	}
	return false
}

// nameGoesOn reports whether a capitalized word follows a mention on its
// line: the name may go on past the span ("beat Tervane State 39-7", a
// university's side; "Tervane Power"), and a place's noun after it is no
// cue.
func nameGoesOn(text string, m *mention) bool {
	if m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	n, _ := nextWord(text, m.End)
	return n != "" && upperWord(n)
}
