package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds tail10yd's cues for things the recognizer typed as
// entities that are none (an operating system's versions in a list, a
// messaging program, a currency's letters, a connector's standard, a
// team of one's own choosing) and for entities typed wrong by the noun
// after them (a police station is a place, a label's garment names the
// label's firm), and for a role noun that opens a sentence glued to the
// name after it ("Promoters Zorbit Live booked the hall").

// versionSystems are the names of systems whose versions an article lists
// after them by number or short letters: "Windows 95, 98, ME, NT and XP".
var versionSystems = names.Set{"windows": true}

// versionItem reports whether a one-word name of at most three letters,
// capitalized, stands in a list of versions that goes back, over version
// tokens, commas and "and"/"or", to a system's name: "running Quarbix 95,
// NT and XP" when Quarbix is one of [versionSystems]. The list is read at
// most eight words back.
func versionItem(text string, m *mention) bool {
	if len(m.words) != 1 || len(m.Name) > 3 || !upperWord(m.Name) || m.Start < 2 {
		return false
	}
	i := m.Start
	for range 8 {
		w, s := prevWord(text, i)
		w = strings.TrimRight(w, ",")
		switch {
		case versionSystems.Has(w):
			return true
		case w != "and" && w != "or" && !versionToken(w):
			return false
		}
		i = s
	}
	return false
}

// versionToken reports whether w is a version's number ("95", "2000") or
// short letters ("ME", "Me", "NT", "XP").
func versionToken(w string) bool {
	if w == "" || len(w) > 4 {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return strings.Trim(w, "0123456789") == ""
	}
	return len(w) <= 2 && upperWord(w)
}

// messengerMakers are the firms whose messaging programs carry the firm's
// name before "Messenger" without an acronym: "Yahoo Messenger".
var messengerMakers = names.Set{"yahoo": true, "windows": true, "google": true, "microsoft": true, "skype": true}

// messengerProduct reports whether a name is a messaging program's: a
// maker's acronym or one of [messengerMakers], then "Messenger" or
// "Instant Messenger" ("the QRB Messenger", "QRB Instant Messenger").
func messengerProduct(m *mention) bool {
	n := len(m.words)
	if n < 2 || n > 3 || m.words[n-1] != "messenger" || n == 3 && m.words[1] != "instant" {
		return false
	}
	first, _, _ := strings.Cut(m.Name, " ")
	return upperLetters(first) || messengerMakers.Has(first)
}

// currencyNouns are the lower-case nouns after the letters of a currency
// zone: "CFA francs".
var currencyNouns = names.Set{"franc": true, "francs": true}

// currencyLetters reports whether a one-word name in capitals stands right
// before one of [currencyNouns]: the letters name the currency ("1bn QFA
// francs"), no body.
func currencyLetters(text string, m *mention) bool {
	if len(m.words) != 1 || m.End >= len(text) || !asciiSpace(text[m.End]) || !upperLetters(m.Name) {
		return false
	}
	next, _ := nextWord(text, m.End)
	return currencyNouns[strings.TrimRight(next, ",.;:)")]
}

// connectorNouns are the lower-case nouns after a hardware standard's
// letters: "USB ports", "DVI connectors".
var connectorNouns = names.Set{"connector": true, "connectors": true, "port": true, "ports": true,
	"socket": true, "sockets": true}

// connectorStandard reports whether a name, typed no person, is a
// hardware standard's by the noun after it: one word in capitals before
// the noun, or before "or" or "and" and another name in capitals, either
// perhaps with its spelled-out name in brackets ("QVI ports", "QVI or ZDMI
// (Zorbit Digital Media Interface) connectors"), or that spelled-out name
// itself, in brackets after the letters.
func connectorStandard(text string, m *mention) bool {
	if m.typ == Person || m.End >= len(text) {
		return false
	}
	if len(m.words) > 1 || !upperLetters(m.Name) {
		return bracketedStandard(text, m)
	}
	next, end := nextWord(text, skipBrackets(text, m.End))
	if next == "or" || next == "and" {
		other, oe := nextWord(text, end)
		if !upperLetters(other) {
			return false
		}
		next, _ = nextWord(text, skipBrackets(text, oe))
	}
	return connectorNouns[strings.TrimRight(next, ",.;:)")]
}

// bracketedStandard reports whether a name stands alone in brackets right
// after a word in capitals and before one of [connectorNouns]: "ZDMI
// (Zorbit Digital Media Interface) connectors".
func bracketedStandard(text string, m *mention) bool {
	if m.Start < 2 || text[m.Start-1] != '(' || text[m.End] != ')' {
		return false
	}
	if p, _ := prevWord(text, m.Start-1); !upperLetters(p) {
		return false
	}
	next, _ := nextWord(text, m.End+1)
	return connectorNouns[strings.TrimRight(next, ",.;:)")]
}

// skipBrackets returns the offset after a bracketed phrase that opens
// after one space at i ("QVI (its long name) ports"), or i when none does
// or it does not close within 80 bytes.
func skipBrackets(text string, i int) int {
	if !strings.HasPrefix(text[i:], " (") {
		return i
	}
	rest := text[i+2 : min(len(text), i+82)]
	if j := strings.IndexByte(rest, ')'); j >= 0 {
		return i + 2 + j + 1
	}
	return i
}

// ownerPronouns are the possessives before a team one person picks.
var ownerPronouns = names.Set{"his": true, "her": true, "their": true, "my": true, "your": true, "our": true}

// ownTeam reports whether a name that ends in a side's numeral, "XV" or
// "XI", follows a possessive pronoun: "his World XV" is the team one
// person would pick, no body.
func ownTeam(text string, m *mention) bool {
	n := len(m.words)
	if n < 2 || m.words[n-1] != "xv" && m.words[n-1] != "xi" {
		return false
	}
	p, _ := prevWord(text, m.Start)
	return ownerPronouns[p]
}

// productThing reports whether a name is none of the graph's entities by
// one of this file's cues: a version in a list, a messenger program, a
// currency's letters, a connector's standard, a side of one's own.
func productThing(text string, m *mention) bool {
	return versionItem(text, m) || messengerProduct(m) || currencyLetters(text, m) ||
		connectorStandard(text, m) || ownTeam(text, m)
}

// policeStation reports whether a name typed an organization or a person,
// that no alias rule named, stands before lower-case "police station":
// "the Quarbin Green police station" is the station, a place.
func policeStation(text string, m *mention) bool {
	if m.typ != Org && m.typ != Person || m.canon != "" || m.End >= len(text) || !asciiSpace(text[m.End]) {
		return false
	}
	w, end := nextWord(text, m.End)
	if w != "police" {
		return false
	}
	w, _ = nextWord(text, end)
	return strings.TrimRight(w, ",.;:)") == "station"
}

// garmentNouns are the lower-case nouns of clothes and bags after a
// fashion label's name: "a Quarbini dress".
var garmentNouns = names.Set{"dress": true, "dresses": true, "gown": true, "gowns": true, "frock": true,
	"suit": true, "suits": true, "handbag": true, "handbags": true, "jacket": true, "shoes": true}

// fashionLabel reports whether a one-word name typed a person, that no
// alias rule named, stands between a lower-case word ("a", "shimmering")
// and one of [garmentNouns]: "a shimmering Quarbini dress" names the
// label, a firm. A person's possessive ("Quarbini's dress") is left.
func fashionLabel(text string, m *mention) bool {
	if m.typ != Person || len(m.words) != 1 || m.canon != "" || m.End >= len(text) || !asciiSpace(text[m.End]) {
		return false
	}
	next, _ := nextWord(text, m.End)
	if !garmentNouns[strings.TrimRight(next, ",.;:)")] {
		return false
	}
	p, _ := prevWord(text, m.Start)
	return lowerWord(p)
}

// roleOpeners are the role nouns that open a sentence before a firm's or
// person's name, capitalized only by their place: "Promoters Zorbit Live
// booked the hall", "Carmaker Quarbin Motors said". Plurals that open
// firms' own names ("Producers", "Publishers") are left out.
var roleOpeners = names.Set{"promoter": true, "promoters": true, "organiser": true, "organisers": true,
	"organizer": true, "organizers": true, "carmaker": true, "carmakers": true, "automaker": true,
	"automakers": true, "publisher": true, "bookmaker": true, "bookmakers": true, "chipmaker": true,
	"chipmakers": true, "broadcaster": true, "retailer": true}

// roleOpener reports whether ws open a sentence, or follow a dotted country
// abbreviation, with one of [roleOpeners] before at least two capitalized
// words: the role is no part of the name.
func roleOpener(text string, ws []word, typ Type) bool {
	return len(ws) > 2 && roleOpeners.Has(ws[0].text) && upperWord(ws[1].text) &&
		(sentenceStart(text, ws[0].start) || afterCountryAbbreviation(text, ws[0].start)) || // tail10yh: "U.S. Publisher Quarbin"
		kindOpener(text, ws, typ) // tail13x
}

// personFirmTails are the last words of firms' names that end no person's name:
// "Tervane Digital", "Quarbin Interactive", "Lemmox Films".
var personFirmTails = names.Set{"digital": true, "interactive": true, "films": true, "pictures": true,
	"studios": true, "productions": true, "technologies": true, "software": true, "networks": true,
	"wireless": true, "pharmaceuticals": true, "electronics": true, "mining": true,
	"worldwide": true, // tail16e: an agency's or a group's "Tervane Lemmon Worldwide"
}

// firmTailPerson reports whether a name of two words or more typed a
// person, that no alias rule named, ends in one of [personFirmTails]: "Tervane
// Digital (who provide the service)" is a firm.
func firmTailPerson(m *mention) bool {
	return m.typ == Person && len(m.words) >= 2 && m.canon == "" && personFirmTails[m.words[len(m.words)-1]]
}

// chainFirm reports whether a name typed a place or a person, that no
// alias rule named, stands right before lower-case "chain" or "chains":
// "the Quarbin Bingo chain" ("the Quarbin chain of hotels") is the firm
// that runs it. A place before another noun ("the Quarbin mountain
// chain") is left.
func chainFirm(text string, m *mention) bool {
	if m.typ != Location && m.typ != Person || m.canon != "" || m.End >= len(text) || !asciiSpace(text[m.End]) {
		return false
	}
	next, _ := nextWord(text, m.End)
	next = strings.TrimRight(next, ",.;:)")
	return next == "chain" || next == "chains"
}
