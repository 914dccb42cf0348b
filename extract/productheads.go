package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds tail11c's cues for works, products and events that the
// recognizer typed as entities: the head noun after the name, when a
// determiner stands before it ("the Zorbit 40 coaxial multiplexor", "an
// Quarbin Studies forum"), and a kind of product right before it ("web
// browser Zorbit", "humanoid robot Lemmo", "the video game Quarbin
// Wars"). They are asked by [ownedThings], so that the article's other
// mentions of the name go with the one the cue shows.

// thingHeads are the head nouns of a product's or a work's noun phrase
// that a name may open: "the Lemmo talking plush bear", "six new Zorbit
// 31 airplanes", "its Quarbin Tervane luxury sedan", "the Lemmo Gold
// greatest hits album". Nouns a maker's name opens as often ("computer",
// "software", "system", "car") are left out: "the Quarbin computer" is
// any of Quarbin's.
var thingHeads = names.Set{"bear": true, "doll": true, "dolls": true, "toy": true, "sedan": true,
	"sedans": true, "coupe": true, "coupes": true, "hatchback": true, "hatchbacks": true, "airplane": true,
	"airplanes": true, "aeroplane": true, "aeroplanes": true, "multiplexor": true, "multiplexer": true,
	"chair": true, "injector": true, "injectors": true, "add-in": true, "plug-in": true, "album": true,
	"feature": true,
	// tail14f: a malicious program's kind, "the Quarbin worm".
	"worm": true, "worms": true, "virus": true, "viruses": true, "trojan": true}

// eventHeads end an event's noun phrase that a name of two words or more
// opens: "the Antwerp Quarbin event", "the Lemmo Aid charity concert",
// "the QBC Today programme".
// "Meeting" and "forum" are left out: "the Quarbin Chamber meeting", "the
// G-9 meeting" are a body's.
var eventHeads = names.Set{"event": true, "concert": true, "programme": true}

// phraseOpeners are the lower-case words before a thing's name that make it
// the opening of a noun phrase: "the", "a", "an", "new", a number word.
var phraseOpeners = names.Set{"the": true, "a": true, "an": true, "new": true, "its": true, "their": true,
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true}

// headNotModifier are lower-case words that end a noun phrase, never
// modify its head: "the Quarbin of", "the Zorbit said".
// "Using" and its kin open a clause: "flights out of Quarbin Field using
// two new airplanes".
var headNotModifier = names.Set{"said": true, "says": true, "has": true, "had": true, "have": true,
	"is": true, "was": true, "are": true, "were": true, "will": true, "would": true, "which": true,
	"who": true, "that": true, "to": true, "by": true, "for": true, "from": true, "with": true,
	"using": true, "making": true, "including": true, "taking": true, "giving": true, "selling": true,
	"buying": true, "while": true, "when": true, "after": true, "before": true, "as": true, "but": true}

// productHead reports whether a name typed as an organization, a person or
// a place opens the noun phrase of a product, a work or an event: a
// determiner before it ([phraseOpeners], or a capitalized possessive: "Sunday's"),
// and after it, maybe a model's number ("Zorbit 31") and up to three
// lower-case modifiers, a head noun ([thingHeads]; for an event's head,
// [eventHeads], a name of two words or more typed an organization and at
// most one modifier: "the Quarbin Tennis event"; a place's is its venue,
// "the Lemmo Vale event"). "Feature" asks for an inner capital or three words
// ("the Zorbit Link feature" of a paper's is a column). A name of an
// organization's words, a place, a region, a demonym, a country, a
// well-known name or a car maker's ([thingName]) is left alone, as are a
// name with a possessive ("Quarbin's album") and one in Reuters' angle
// brackets.
func productHead(text string, m *mention) bool {
	if m.End+2 >= len(text) || !lineGap(text, m.End) || !isLowerASCII(text[m.End+1]) && !isDigit(text[m.End+1]) {
		return false // the cheap first question: a lower-case word or a number after the name
	}
	if m.typ != Org && m.typ != Person && m.typ != Location || m.canon != "" || m.forced != "" || m.agency >= 0 ||
		m.country >= 0 || len(m.words) == 0 || len(m.words) > 5 || m.Start > 0 && text[m.Start-1] == '<' {
		return false
	}
	p, _ := prevWordFast(text, m.Start) // the determiner before it: cheaper than the words after it
	p = strings.TrimLeft(p, `"'(“‘`)    // a quotation opens before it: "\"The Zorbit add-in is"
	if !phraseOpeners[strings.ToLower(p)] && !(possessiveEnd(p) && upperWord(p)) {
		return false
	}
	head, mods := headAfter(text, m.End)
	switch {
	case head == "":
		return namedThingHead(text, m) // tail13m
	case eventHeads[head]:
		if m.typ != Org || len(m.words) < 2 || mods > 1 {
			return false
		}
	case head == "feature":
		if len(m.words) < 3 && !names.IsCamelCase(m.Name) {
			return false
		}
	}
	return kindThingName(m, m.words) // tail12b
}

// headAfter returns the head noun of [thingHeads] or [eventHeads] that
// ends the noun phrase going on at i, after a model's number maybe and up
// to three lower-case modifiers, and the number of modifiers; or "" when
// none does.
func headAfter(text string, i int) (string, int) {
	w, we := nextWord(text, i)
	if w != "" && isDigit(w[len(w)-1]) && strings.Trim(w, "0123456789.-") == "" {
		w, we = nextWord(text, we) // a model's number: "Zorbit 31 airplanes"
	}
	for n := 0; n < 4; n++ {
		k := strings.TrimRight(w, ",.;:)")
		if k == "" || !isLowerASCII(k[0]) {
			return "", 0
		}
		if thingHeads[k] || eventHeads[k] {
			return k, n
		}
		if k != w || titleWords[k] || headNotModifier[k] || phraseOpeners[k] || !lowerWord(k) {
			return "", 0
		}
		w, we = nextWord(text, we)
	}
	return "", 0
}

// productKinds are kinds of product (or a film's remake) that stand right
// before a product's name, with no article needed: "web browser Zorbit",
// "anti-depressants Quarbin and Tervane", "movie re-make Zorbie". A robot
// needs its article or owner ([kindWorkBefore]): "the same as robot Ann
// Quarn" names a person.
var productKinds = names.Set{"browser": true, "antidepressant": true, "antidepressants": true,
	"anti-depressant": true, "anti-depressants": true, "weedkiller": true, "herbicide": true,
	"pesticide": true, "insecticide": true, "fungicide": true, "painkiller": true, "remake": true, "re-make": true}

// gameKinds stand before "game" when the game is a computer's: "the video
// game Zorbit", "the online role-playing game Quarbin". "The game Arsenal
// won" is a match.
var gameKinds = names.Set{"video": true, "computer": true, "online": true, "role-playing": true,
	"strategy": true, "puzzle": true, "arcade": true, "console": true}

// productKindBefore reports whether a kind of product ([productKinds]), or
// "game" after a kind of computer game ([gameKinds]), stands right before
// a name typed as an organization, a person or a place, with no comma
// between ("browser maker, Quarbin" names a firm): the name is the
// product's. A name of [thingName]'s kinds is left alone, and so is a
// person's name of two words before a verb ([kindAfterOK]: "the browser
// Ann Rigby built").
func productKindBefore(text string, m *mention) bool {
	p, ps := prevWordFast(text, m.Start)
	if p == "" || !isLowerASCII(p[0]) {
		return false // the cheap first question
	}
	if !productKinds[p] {
		if p != "game" {
			return false
		}
		if q, _ := prevWordFast(text, ps); !gameKinds[q] {
			return false
		}
	}
	if m.typ != Org && m.typ != Person && m.typ != Location || m.canon != "" || m.forced != "" || m.agency >= 0 ||
		m.country >= 0 || len(m.words) == 0 || len(m.words) > 5 {
		return false
	}
	if m.typ == Person && len(m.words) > 1 && !kindAfterOK(text, m.End) {
		return false // a person's name may open a clause: "the browser Ann Rigby built"
	}
	return kindThingName(m, m.words) // tail12b
}

// knownAsThing reports whether a name follows a kind of thing
// ([thingKinds], [productKinds]), maybe a comma and "also", and "known
// as": "its internet telephony software, known as Quarbin Talk", "a
// weedkiller known as Zorbamba". "A man known as Ann Rigby" and "the
// company, known as Quarbin" name entities.
func knownAsThing(text string, m *mention) bool {
	p, ps := prevWordFast(text, m.Start)
	if p != "as" {
		return false // the cheap first question
	}
	if p, ps = prevWordFast(text, ps); p != "known" {
		return false
	}
	k, ks := prevWordFast(text, ps)
	if k == "also" || k == "now" {
		k, _ = prevWordFast(text, ks)
	}
	k = strings.TrimSuffix(k, ",")
	if !thingKinds[k] && !productKinds[k] || tailAlone(text, m) {
		return false
	}
	if m.typ != Org && m.typ != Person && m.typ != Location || m.canon != "" || m.forced != "" || m.agency >= 0 ||
		m.country >= 0 || len(m.words) == 0 || len(m.words) > 5 {
		return false
	}
	return kindThingName(m, m.words) // tail12b
}

// makerModel reports whether a name of two words is a maker's model: an
// article before it ("the", "a", "an"), a maker of gadgets first
// ([gadgetMakers]: "the Quarbix" would be "the Sony Quarbix") and one
// more word that is no organization's word, no maker's unit or firm's
// tail ([makerUnitWords], [personFirmTails]), no maker, no place and no
// well-known name ("the Sony Pictures", "the Toshiba Europe" are the
// maker's units). A model's number after it is read with
// it: "The Apple Zorbook 100 has been chosen".
func makerModel(text string, m *mention) bool {
	if len(m.words) != 2 || !gadgetMakers[m.words[0]] || m.typ != Org && m.typ != Location && m.typ != Person {
		return false // the cheap first question
	}
	p, _ := prevWordFast(text, m.Start)
	if p != "the" && p != "The" && p != "a" && p != "an" {
		return false
	}
	w := m.words[1]
	if orgWord(w) || makerUnitWords[w] || personFirmTails[w] || gadgetMakers[w] || carMakers[w] || names.Tables().KnownPlace(w) ||
		names.IsRegion(w) || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 {
		return false
	}
	_, second, _ := strings.Cut(m.Name, " ")
	if _, known := names.Known(second); known || longerNameAt(text, second) || stateAfterComma(text, m.End) {
		return false
	}
	return thingName(m, m.words[1:])
}

// longerNameAt reports whether the text writes a name's last word before
// another capitalized word anywhere: "Quarbin Medical Systems Inc" makes
// "a Quarbin Medical spokesman" the firm's. The last word alone is asked,
// as a line's end may fall inside the name.
func longerNameAt(text, name string) bool {
	for _, end := range wholeWords(text, name) {
		if end < len(text) && lineGap(text, end) {
			if w, _ := nextWord(text, end); upperWord(w) {
				return true
			}
		}
	}
	return false
}

// stateAfterComma reports whether a comma and an American state's
// abbreviation follow i: "the Quarbin Tervane, N.Y., plant" names a
// place.
func stateAfterComma(text string, i int) bool {
	if !strings.HasPrefix(text[i:], ", ") {
		return false
	}
	w, _ := nextWord(text, i+2)
	_, state := names.StateAbbrevs[names.Key(strings.TrimRight(w, ",."))]
	return state
}

// tailAlone reports whether the last word of a name of two words or more
// stands in the text on its own, not after the name's other words: "the
// system, known as Quarbin Express" beside "the Zorbit Express system".
// The thing's name would leave its last word to be linked elsewhere.
func tailAlone(text string, m *mention) bool {
	i := strings.LastIndexByte(m.Name, ' ')
	if i < 0 {
		return false
	}
	head, tail := m.Name[:i], m.Name[i+1:]
	for start := range wholeWords(text, tail) {
		if p, _ := prevWordFast(text, start); !strings.HasSuffix(head, strings.TrimLeft(p, `"'(“‘`)) {
			return true
		}
	}
	return false
}
