package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// compassWords open a part of a place: "Eastern Tervane", "Southern
// Quarbin", "North Lunmark".
var compassWords = names.Set{"eastern": true, "western": true, "northern": true, "southern": true,
	"central": true, "north": true, "south": true, "east": true, "west": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true}

// compassPlaces types as a place a part of a place the tables know that
// the recognizer took for a body or a person: a compass word and a
// country, a state, a region or a big city ("Eastern Tervane plantings",
// "branches in Southern Quarbin"). A name is left alone when some mention
// of it goes on with a capitalized word ("Southern Quarbin Edison"), when
// an organization's longer name in the article holds its words ("Tervane
// and Southern Quarbin Electric Co" makes "the Tervane and Southern
// Quarbin bonds" the firm's), when a mention stands where a side stands
// ([sideCueBefore]: "a victory over Northern Tervane"), or in a sports
// report, where a region's name is its side's.
func (r *Resolver) compassPlaces(a *article) {
	var keys []string
	for _, m := range a.ms {
		if len(m.words) >= 2 && (compassWords[m.words[0]] && r.t.KnownPlace(strings.Join(m.words[1:], " ")) ||
			r.compassAfterPlace(m)) && // tail11w
			regionCandidate(m) && !slices.Contains(keys, m.key) {
			keys = append(keys, m.key)
		}
	}
	if len(keys) == 0 {
		return
	}
	keys = slices.DeleteFunc(keys, func(k string) bool { return compassNotPlace(a, k) })
	if len(keys) > 0 && sportish(a.text) {
		keys = slices.DeleteFunc(keys, func(k string) bool { return !continentPart(k) }) // tail14h
	}
	if len(keys) == 0 {
		return
	}
	for _, m := range a.ms {
		if slices.Contains(keys, m.key) && regionCandidate(m) {
			m.typ, m.typed = Location, true
		}
	}
}

// compassNotPlace reports whether the name of key may be part of a
// firm's name in the article or a side's: a mention of it goes on with a
// capitalized word on its line or follows a side's cue, or an
// organization's longer name holds its words.
func compassNotPlace(a *article, key string) bool {
	for _, m := range a.ms {
		if m.key == key && (nameGoesOn(a.text, m) || sideCueBefore(a.text, m.Start)) {
			return true
		}
		if m.typ == Org && len(m.key) > len(key) && strings.Contains(" "+m.key+" ", " "+key+" ") {
			return true
		}
	}
	return false
}

// sideBefore are the words before a side's name in a match report:
// "against Tervane", "beat Tervane".
var sideBefore = names.Set{"against": true, "vs": true, "vs.": true, "beat": true, "beats": true, "defeated": true}

// sideCueBefore reports whether the words before the name at start are a
// side's cue: [sideBefore], "victory over" or "win over", a rank ("top-ranked
// Tervane", "No. 6 Tervane").
func sideCueBefore(text string, start int) bool {
	w, i := prevWord(text, start)
	switch {
	case sideBefore[strings.ToLower(w)] || strings.HasSuffix(w, "-ranked"):
		return true
	case w == "over":
		v, _ := prevWord(text, i)
		return v == "victory" || v == "win"
	case w != "" && strings.Trim(w, "0123456789") == "":
		v, _ := prevWord(text, i)
		return v == "No."
	}
	return false
}
