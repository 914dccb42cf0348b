package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds tail14f's cue of a record in a chart: a band's or a
// label's possessive before a name, and the name's place in a chart right
// after it, "knocking Quarbin's Blue Zorbit to third place", "Lemmo's Vell
// Road is currently number two". A band's own place in a chart follows
// its name with no possessive before it, and a person's possessive before
// a title is [artistWork]'s.

// chartOrdinals are the places of a chart written as words before
// "place": "to third place".
var chartOrdinals = names.Set{"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true}

// chartNumbers are the numbers written as words after "number": "is
// number two".
var chartNumbers = names.Set{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true}

// chartWork reports whether the article's mention ms[i], a name typed as an
// organization or a place, is a record or a work in a chart: the
// possessive of a mention typed an organization or a thing right before
// it (a band's, a label's, a studio's; a band whose name reads as a
// day's is typed a thing) and its place in the chart within the
// next six words of its clause ([chartPlaceAfter]), "Quarbin's Blue Zorbit
// to third place". A name that opens with a given name (a member of the
// band), a place, a country or a well-known name ([thingNameWords]), a name
// with a firm's suffix or an institution's head, an acronym and a name in a
// headline are left.
func chartWork(text string, ms []*mention, i int) bool {
	m := ms[i]
	gap := theAfterPossessive(text, m.Start)
	if gap == 0 || i == 0 || m.typ == Person {
		return false // the cheap first question
	}
	p := ms[i-1]
	if p.End != m.Start-gap || p.typ != Org && p.typ != Misc || p.removed || !workTyped(m) || m.acronym || m.removed || m.headline {
		return false
	}
	if !chartPlaceAfter(text, m.End) {
		return false
	}
	if g := placeGaz(); g == nil || g.FirstName(m.words[0]) {
		return false
	}
	// The chart's place is a strong cue: an adjective that opens firms'
	// names ("American", "New") is left to it; a firm's suffix or an
	// institution's head is not ("Quarbin's Lemmo Records").
	return !names.OrgByWords(m.words) && thingNameWords(m, m.words)
}

// chartPlaceAfter reports whether a place in a chart follows i within six
// words, before a comma or a stop ends the clause: "number" and a number
// ("is currently number two", "at number 4") or an ordinal and "place"
// ("to third place").
func chartPlaceAfter(text string, i int) bool {
	prev := ""
	for n := 0; n < 7; n++ {
		w, we := nextWord(text, i)
		k := strings.TrimRight(w, ",.;:!?")
		if k == "" {
			return false
		}
		if prev == "number" && (chartNumbers[k] || allDigits(k)) || chartOrdinals[prev] && k == "place" {
			return true
		}
		if k != w {
			return false
		}
		prev, i = k, we
	}
	return false
}
