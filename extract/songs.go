package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds two cues of a song or a record named in a music story
// (the family of kindworks.go): the name in an apposition after a kind of
// record ("her next single, Zorbit Nights,"), and the name a chart entry
// is made with ("at number six with Zorbit Nights"). The name is a work
// (MISC, no node), asked by [ownedThings].

// songCue reports whether a name the recognizer typed as an entity is a
// song or a record by [recordApposition] or [chartHitWith].
func songCue(text string, m *mention) bool {
	if m.typ != Org && m.typ != Person && m.typ != Location || m.canon != "" || m.forced != "" || m.agency >= 0 ||
		m.country >= 0 || len(m.words) == 0 || len(m.words) > 5 || !kindAfterOK(text, m.End) {
		return false
	}
	return (recordApposition(text, m) || chartHitWith(text, m) || recordAfterPrep(text, m)) && thingName(m, m.words) // tail14n: recordAfterPrep
}

// recordKinds head the apposition of [recordApposition]. "Release"
// (tail13v): "their new release, Zorbit Nights." is a band's record.
var recordKinds = names.Set{"single": true, "song": true, "album": true, "track": true, "hit": true, "release": true}

// recordApposition reports whether a name stands in an apposition after a
// kind of record ([recordKinds]) that a determiner or a possessive opens,
// perhaps with up to three lower-case modifiers between: "her next single,
// Zorbit Nights,", "the album's second single, Lemmo.", "their own
// fund-raising single, Ann Vell Sings". A comma right before the name is
// what kindWorkBefore does not read. A person's cue is left: a second
// apposition ("Ann Vell, the band's singer,", [personAppositions]) or
// [personCue] ("Ann Vell, 24,").
func recordApposition(text string, m *mention) bool {
	k, ks := prevWordFast(text, m.Start)
	kind, ok := strings.CutSuffix(k, ",")
	if !ok || !recordKinds[kind] {
		return false
	}
	if after, ok := strings.CutPrefix(text[m.End:], ", "); ok {
		if w, _ := nextWord(after, 0); personAppositions[strings.ToLower(w)] {
			return false
		}
	}
	i := ks
	for n := 0; n < 4; n++ {
		p, ps := prevWordFast(text, i)
		switch {
		case p == "":
			return false
		case possessiveEnd(p) || workDeterminers[strings.ToLower(p)]:
			return !personCue(text, m)
		case n < 3 && modifierWord(p, kind):
			i = ps
		default:
			return false
		}
	}
	return false
}

// personAppositions begin a second apposition that describes a person:
// "the album, Ann Vell, the band's singer, said", "Ann Vell, who".
var personAppositions = names.Set{"the": true, "a": true, "an": true, "who": true, "his": true, "her": true,
	"their": true}

// chartHitWith reports whether a name follows "with" after a chart's place
// or a hit: "at number six with Zorbit Nights", "a global hit with Lemmo".
// A name that begins with a first name the gazetteer knows is left: "at
// number one with Ann Vell" may name a duet's singer.
func chartHitWith(text string, m *mention) bool {
	w, ws := prevWordFast(text, m.Start)
	if w != "with" {
		return false
	}
	p, ps := prevWordFast(text, ws)
	switch {
	case p == "hit":
	case chartPlace(p):
		if q, qs := prevWordFast(text, ps); q != "number" && !chartMoveBefore(text, q, qs) { // tail14n: chartMoveBefore
			return false
		}
	default:
		return false
	}
	g := placeGaz()
	return g == nil || !g.FirstName(m.words[0])
}

// chartPlace reports whether a word is a place in a chart after "number":
// "one" to "forty", or digits.
func chartPlace(w string) bool {
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty":
		return true
	}
	return w != "" && len(w) <= 3 && strings.Trim(w, "0123456789") == ""
}
