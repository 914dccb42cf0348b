package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail16e) reads a craft's name between its owner's possessive
// and a kind of aircraft, missile or spacecraft: "the Air Force's Tarvo-9
// Kestrel frontline fighter", "its Zorbit launch rockets". [ownedNouns]
// names machines of trade (computers, cars, engines), no craft; an owner
// speaks of its craft as a firm of its products.

// craftNouns are the kinds of aircraft, missile and spacecraft that say
// the name before them is a craft's model.
var craftNouns = names.Set{"aircraft": true, "airliner": true, "airliners": true, "jet": true, "jets": true,
	"jetliner": true, "jetliners": true, "plane": true, "planes": true, "fighter": true, "fighters": true,
	"bomber": true, "bombers": true, "helicopter": true, "helicopters": true, "missile": true,
	"missiles": true, "rocket": true, "rockets": true, "satellite": true, "satellites": true}

// craftMakers are makers of aircraft, helicopters and rockets whose name
// stands before their craft's kind as its maker's, not its model's:
// "their Airbus airliner", "its Boeing Vertol helicopter".
var craftMakers = names.Set{"airbus": true, "boeing": true, "lockheed": true, "mcdonnell": true,
	"douglas": true, "gulfstream": true, "dassault": true, "fokker": true, "embraer": true,
	"bombardier": true, "sikorsky": true, "westland": true, "bell": true, "grumman": true, "northrop": true,
	"cessna": true, "piper": true, "beech": true, "learjet": true, "saab": true, "aerospatiale": true,
	"tupolev": true, "ilyushin": true, "antonov": true, "mig": true, "sukhoi": true, "agusta": true,
	"bae": true, "british aerospace": true, "shorts": true, "de havilland": true, "raytheon": true,
	"martin marietta": true, "general dynamics": true, "rockwell": true, "mitsubishi": true}

// ownedCraft reports whether a name typed as an organization or a person
// stands after an owner's possessive ([ownerBefore]) and before a word
// of [craftNouns], right after it or after one or two lower-case
// modifiers ("its Zorbit long-range jet", "the Navy's Tarvo attack
// jets"), with no works or firm's word after the noun ([placeAfter]: "its
// Zorbit aircraft plant"), and may name a thing ([thingName]: no firm's
// word, place, country or well-known name), no maker's ([craftMakers],
// by the name or its first word).
func ownedCraft(text string, m *mention) bool {
	if m.typ != Org && m.typ != Person || m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	end := m.End
	for n := 0; n < 3; n++ {
		w, we := nextWord(text, end)
		k := strings.TrimRight(w, ",.;:)")
		if k == "" || !isLowerASCII(k[0]) {
			return false // the usual case, decided at once
		}
		if craftNouns[k] {
			return (k != w || !placeAfter(text, we)) && ownedCraftName(text, m)
		}
		if k != w || titleWords[k] || n == 0 && strings.HasSuffix(k, "ed") {
			return false // no modifier: "its Zorbit and", "its Zorbit owned"
		}
		end = we
	}
	return false
}

// ownedCraftName reports whether the mention, followed by a craft's kind,
// is the model of an owner's craft: after an owner's possessive, a name
// that may be a thing's and is no maker's.
func ownedCraftName(text string, m *mention) bool {
	if m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 || len(m.words) == 0 || len(m.words) > 4 {
		return false
	}
	if craftMakers[strings.Join(m.words, " ")] || craftMakers[m.words[0]] {
		return false
	}
	return ownerBefore(text, m.Start) && thingName(m, m.words)
}
