package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the cues by which a name is a law, a product, a format,
// a game's genre or a contest rather than an entity (MISC), or a plant's
// unit (a place), by its own last words or the words right around it:
// "the Quarbin Act of 1931", "its Zorbit and Lemmo cars", "the ZMD
// format", "the Tervane Young Singers competition", "Lemmo Verde Unit
// Two".

// lawHeads are the heads of a law's or a treaty's name that may stand
// before "of" and its year: "the Quarbin Act of 1931", "the Treaty ...
// Convention of 1951". [names.MiscByWords] reads the names that end in
// the head.
var lawHeads = names.Set{"act": true, "acts": true, "bill": true, "treaty": true, "agreement": true,
	"accord": true, "pact": true, "protocol": true, "charter": true, "declaration": true, "amendment": true,
	"directive": true, "convention": true, "code": true, "law": true}

// lawName reports whether a name of two words or more is a law's by its
// last words: a law's head ([lawHeads]), "of" and a year ("the Quarbin
// Act of 1931", "the Tervane Securities Act of 1933"), or "Acts" ("the
// Quarbin Securities Acts"), which [names.MiscHeads] leaves out. "Act Up"
// and a firm named after an act end in other words.
func lawName(m *mention) bool {
	n := len(m.words)
	if n >= 3 && m.words[n-2] == "of" && yearWord(m.words[n-1]) && lawHeads[m.words[n-3]] {
		return true
	}
	return n >= 2 && m.words[n-1] == "acts" && m.canon == "" && !strings.Contains(m.Name, "'")
}

// yearWord reports whether w is a year of four digits from 1000 to 2099.
func yearWord(w string) bool {
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return false
	}
	for i := range len(w) {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w[0] == '1' || w[1] == '0'
}

// gameTail reports whether a name of two words or more after "the" or
// "a", which the recognizer did not take for a person, ends in "Game": a
// game's or a genre's name ("the Massively Tervane Role Playing Game",
// "the Quarbin Game"); "Games" is [names.MiscHeads]'s. A firm's name cut
// before its last word has no article before it ("Quarbin Game said",
// of Quarbin Game Technology).
func gameTail(text string, m *mention) bool {
	n := len(m.words)
	if n < 2 || m.words[n-1] != "game" || m.typ == Person || m.canon != "" || m.country >= 0 {
		return false
	}
	p, _ := prevWordFast(text, m.Start)
	return p == "the" || p == "The" || p == "a" || p == "A"
}

// vehicleNouns follow the names of a maker's models in a list after a
// number: "20,000 Zorbit, Lemmo and Tervane vehicles", "1987 Quarbin
// Zorbit and Lemmo cars".
var vehicleNouns = names.Set{"cars": true, "vehicles": true, "trucks": true, "vans": true, "models": true}

// listThing reports whether a name is one of a list of things, joined by
// "and", "or" or commas, before a kind of thing: after an owner's
// possessive ("buyers of its Zorbit and Lemmo cars": [ownerBefore],
// [ownedNounAfter]) or after a number or a year before a vehicle's noun
// ("1987 Quarbin Zorbit and Lemmo vehicles", "20,000 Zorbit, Lemmo and
// Tervane vehicles"). [listedThing] asks it; [ownedThing] reads a thing
// named alone after its owner. A list of makers ("its Ford and Renault
// cars", "1,000 Quarbin Corp and Zorbit Inc trucks") is left alone by
// [thingName], and an acronym after a number ("500 QMC vehicles") is a
// maker's.
func listThing(text string, m *mention) bool {
	if m.typ != Org && m.typ != Person || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 ||
		len(m.words) == 0 || len(m.words) > 4 || m.Start > 0 && text[m.Start-1] == '<' {
		return false
	}
	// No join on either side, no list: most names stop here.
	p, _ := prevWordFast(text, m.Start)
	if !listJoin(p) && !strings.HasSuffix(p, ",") && (m.End >= len(text) || text[m.End] != ',') {
		if w, _ := nextWord(text, m.End); !listJoin(w) {
			return false
		}
	}
	// The cue before the list first, the list's end and the kind of thing
	// after it next, the name's own words last.
	start, items := listStart(text, m.Start)
	p, ps := prevWordFast(text, start)
	if p == "" || paragraphBreak(text[ps:start]) {
		return false
	}
	owned := ownerBefore(text, start)
	if !owned && (!isDigit(p[0]) || strings.Trim(p, "0123456789,") != "" || upperLetters(m.Name)) {
		return false
	}
	end, more := listEnd(text, m.End)
	if items+more < 1 {
		return false
	}
	if owned {
		return ownedNounAfter(text, end) && thingName(m, m.words)
	}
	w, _ := nextWord(text, end)
	return vehicleNouns[strings.TrimRight(w, ",.;:")] && thingName(m, m.words)
}

// listJoin reports whether w joins two items of a list: "and" or "or".
func listJoin(w string) bool { return w == "and" || w == "or" }

// plainCap reports whether w is a capitalized word with no punctuation, a
// word of a list's item.
func plainCap(w string) bool {
	return w != "" && upperWord(w) && !strings.ContainsAny(w, ".,;:()\"'<>")
}

// paragraphBreak reports whether s, the space between two words, breaks
// a paragraph: a blank line or a new line indented; a line wrapped
// inside a paragraph, as the wires wrap theirs, does not.
func paragraphBreak(s string) bool {
	i := strings.IndexAny(s, "\n\r")
	if i < 0 {
		return false
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(s[i:], "\r"), "\n")
	return rest != "" && (rest[0] == '\n' || rest[0] == '\r' || rest[0] == ' ' || rest[0] == '\t')
}

// listStart returns where the list that a name at i ends begins, and how
// many items stand before the name: it steps back over "and", "or" or a
// comma and the capitalized words of the item before (four at most), at
// most four times, in the name's paragraph.
func listStart(text string, i int) (int, int) {
	items := 0
	for items < 4 {
		p, ps := prevWordFast(text, i)
		if paragraphBreak(text[ps:i]) {
			return i, items
		}
		k := ps // the item before ends before the joining word
		if !listJoin(p) {
			c, ok := strings.CutSuffix(p, ",")
			if !ok || !plainCap(c) {
				return i, items
			}
			k = i // "Zorbit, Lemmo": the word with the comma ends the item
		}
		n := 0
		for n < 4 {
			w, ws := prevWordFast(text, k)
			if n == 0 {
				w = strings.TrimSuffix(w, ",")
			}
			if !plainCap(w) || paragraphBreak(text[ws:k]) {
				break
			}
			k, n = ws, n+1
		}
		if n == 0 {
			return i, items
		}
		i, items = k, items+1
	}
	return i, items
}

// listEnd returns where the list that a name ending at i begins ends, and
// how many items follow the name: it steps over a comma, "and" or "or"
// and the capitalized words of the next item (four at most), at most four
// times, in the name's paragraph.
func listEnd(text string, i int) (int, int) {
	items := 0
	for items < 4 {
		j := i
		if strings.HasPrefix(text[j:], ",") {
			j++
		}
		if w, we := nextWord(text, j); listJoin(w) {
			j = we
		} else if j == i {
			return i, items
		}
		if paragraphBreak(text[i:j]) {
			return i, items
		}
		k, n := j, 0
		for n < 4 {
			w, we := nextWord(text, k)
			c := strings.TrimSuffix(w, ",")
			if !plainCap(c) || paragraphBreak(text[k:we]) {
				break
			}
			k, n = we-(len(w)-len(c)), n+1
			if c != w {
				break
			}
		}
		if n == 0 {
			return i, items
		}
		i, items = k, items+1
	}
	return i, items
}

// standardNouns follow the name of a format or a standard after "the":
// "the ZMD format", "the Quarbin standard".
var standardNouns = names.Set{"format": true, "formats": true, "standard": true}

// formatAfter reports whether a name after "the" is a format's or a
// standard's by the noun right after it ([standardNouns]): "12 films on
// the ZMD format", "the Quarbin standard for mobile phones". A place
// ("the Tervane standard" of a city's) and a name of an organization's
// words or a car maker's are left alone ([thingName]).
func formatAfter(text string, m *mention) bool {
	if m.typ == Misc || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 || len(m.words) == 0 ||
		len(m.words) > 4 || m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	if p, _ := prevWordFast(text, m.Start); p != "the" && p != "The" {
		return false
	}
	w, _ := nextWord(text, m.End)
	return standardNouns[strings.TrimRight(w, ",.;:")] && thingName(m, m.words)
}

// contestNouns follow the name of a contest after "the": "the Tervane
// Young Singers competition".
var contestNouns = names.Set{"competition": true, "contest": true}

// contestAfter reports whether a name of two words or more after "the"
// is a contest's, cut before its kind noun ([contestNouns]): "launched
// the Tervane Lemmo Young Singers competition". A place's or a body's
// name there ("the Quarbin contest" of a match in a city, "the Zorbit
// League competition") is left alone.
func contestAfter(text string, m *mention) bool {
	if m.typ == Misc || len(m.words) < 2 || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 ||
		m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	if p, _ := prevWordFast(text, m.Start); p != "the" && p != "The" {
		return false
	}
	w, _ := nextWord(text, m.End)
	return contestNouns[strings.TrimRight(w, ",.;:")] && thingName(m, m.words)
}

// unitNumbers are the numbers written as words after a plant's "Unit".
var unitNumbers = names.Set{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true}

// plantUnit reports whether a name the recognizer took for a body or a
// person is a plant's unit, a place: a site's name, "Unit" or "Units"
// and a number, in the name ("Lemmo Verde Unit Two") or right after it
// ("Lemmo Verde Unit 1", "Lemmo Verde Units 1 and 2"). A body's word in
// the name keeps it a body ("Quarbin Energy Unit 2" is the firm's).
// "Unit 2" alone is [bareUnit]'s.
func plantUnit(text string, m *mention) bool {
	n := len(m.words)
	if m.typ != Org && m.typ != Person || n < 2 || m.canon != "" || m.forced != "" || m.country >= 0 {
		return false
	}
	var site []string
	switch u := m.words[n-1]; {
	case n >= 3 && (m.words[n-2] == "unit" || m.words[n-2] == "units") && (unitNumbers[u] || isDigit(u[0])):
		site = m.words[:n-2]
	case u == "unit" || u == "units":
		if m.End >= len(text) || !lineGap(text, m.End) {
			return false
		}
		w, _ := nextWord(text, m.End)
		w = strings.TrimRight(w, ",.;:")
		if w == "" || !isDigit(w[0]) || strings.Trim(w, "0123456789") != "" {
			return false
		}
		site = m.words[:n-1]
	default:
		return false
	}
	if !strings.Contains(m.Name, "Unit") {
		return false
	}
	if anyOrgWord(site) {
		return false
	}
	return true
}

// bareUnit reports whether a name is "Unit" or "Units" alone before a
// number ("Unit 2 is operating at full power"): a plant's unit named by
// its number only, no name of a body (the story names its plant in
// full, [plantUnit]).
func bareUnit(text string, m *mention) bool {
	if len(m.words) != 1 || m.Name != "Unit" && m.Name != "Units" || m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	w, _ := nextWord(text, m.End)
	w = strings.TrimRight(w, ",.;:")
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[:i] // "Unit 2's fuel"
	}
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// thingTail reports whether a name is a law, a game or a contest by its
// last words or the words around it, or a plant's unit by its number
// alone ([lawName], [gameTail], [contestAfter], [bareUnit]), or a
// report or a security by its last word ([paperTail]), or a tax by its
// last word ([taxTail]);
// [Resolver.notEntity] asks it.
func thingTail(text string, m *mention) bool {
	return lawName(m) || gameTail(text, m) || contestAfter(text, m) || bareUnit(text, m) || paperTail(text, m) || taxTail(m) // tail12x: paperTail; tail15o: taxTail
}

// listedThing reports whether a name is a model in a list before a kind
// of thing or a format before its noun ([listThing], [formatAfter]). It
// is asked by [ownedThings], so that the article's other mentions of the
// name go with the one the words show ("the ZMD format ... buy the ZMD").
func listedThing(text string, m *mention) bool {
	return listThing(text, m) || formatAfter(text, m)
}
