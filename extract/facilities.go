package extract

import (
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the cues by which a name the recognizer typed as a
// person or an organization is a facility or a site, a place: the noun
// after it ("the Skarvo oil field", "the Lunmark ranch"), the head noun of
// its apposition ("Tor Velle, a cattle ranch owned by ...") or a city's
// possessive before it at a venue ("at Boston's Marle Grange").

// fuelWords come between a field's name and "field": "the Skarvo oil
// field", "the Lunmark gas fields".
var fuelWords = names.Set{"oil": true, "gas": true}

// estateNouns after a name make it a place unless the recognizer took it
// for a person ("the Halvex hotel" may be the chain's): "the Lunmark
// ranch", "the Velle farm", "the Marle hotel".
var estateNouns = names.Set{"ranch": true, "farm": true, "hotel": true, "plantation": true}

// facilitySite reports whether a mention is a facility or a site by the
// words around it: [siteNounAfter] (a name of any type but a place's
// before "oil field"), or, for a name typed as a person or an
// organization, [facilityApposition] or [venueAfterCity].
func facilitySite(text string, m *mention) bool {
	if m.typ == Location || m.typ == Country || m.canon != "" || len(m.words) == 0 || m.Title != "" {
		return false
	}
	// The cues are cheaper than siteName's look-ups, and rarer.
	return (siteNounAfter(text, m) || (m.typ == Person || m.typ == Org) && (facilityApposition(text, m) || venueAfterCity(text, m))) && siteName(m)
}

// siteName reports whether a mention could name a site: no known name, no
// word of an organization ("Ranch Foods Inc"), no country, people or
// adjective of a place ("the Norwegian field", "the Californian oil
// field").
func siteName(m *mention) bool {
	if m.canon != "" || len(m.words) == 0 || m.Title != "" || lowerAfterHyphen(m.Name) {
		return false
	}
	if !unmarkedName(m) {
		return false
	}
	t := names.Tables()
	return !t.IsDemonym(m.key) && t.Country(m.Name, m.key) < 0 && !placeAdjective(m.key)
}

// placeAdjective reports whether a folded word is the adjective of a place
// the tables know, which they do not list as a people: "californian"
// (California), "texan" (Texas).
func placeAdjective(key string) bool {
	if strings.Contains(key, " ") || !strings.HasSuffix(key, "n") || len(key) < 4 {
		return false
	}
	t := names.Tables()
	stem := key[:len(key)-1]
	return t.KnownPlace(stem) || t.KnownPlace(stem+"s") || t.KnownPlace(strings.TrimSuffix(stem, "a"))
}

// siteNounAfter reports whether a mention names a site by the noun after
// it: "oil" or "gas" and "field" ("the Skarvo oil field", whatever the
// recognizer said: owners are not named so), or a word of [estateNouns]
// after a name typed as a person ("the Lunmark ranch"). The
// article, "its" or a possessive comes before the name, perhaps with a
// place's capitalized words between ("Norway's North Sea Skarvo oil
// field"). A name the article gives a person elsewhere ("Ann Lunmark")
// is the owner's: "the Lunmark farm" is left alone.
func siteNounAfter(text string, m *mention) bool {
	if m.End >= len(text) || !unicode.IsSpace(rune(text[m.End])) {
		return false
	}
	next, at := nextWord(text, m.End)
	switch {
	case fuelWords[next]:
		after, _ := nextWord(text, at)
		if after = strings.TrimRight(after, ",.;:)"); after != "field" && after != "fields" {
			return false
		}
	case estateNouns[strings.TrimRight(next, ",.;:)")] && m.typ == Person:
	default:
		return false
	}
	return siteDeterminer(text, m.Start) && !personElsewhere(text, m.Name)
}

// siteDeterminer reports whether the words before i end in "the", "its"
// or a possessive, perhaps with up to three capitalized words between
// ("the North Sea", "Norway's North Sea").
func siteDeterminer(text string, i int) bool {
	for n := 0; n <= 3; n++ {
		p, ps := prevWord(text, i)
		switch {
		case p == "the" || p == "The" || p == "its" || strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s"):
			return true
		case !upperWord(p) || sentenceStart(text, ps):
			return false
		}
		i = ps
	}
	return false
}

// personTitles come before a person's surname: "Mr Lunmark".
var personTitles = names.Set{"Mr": true, "Mr.": true, "Mrs": true, "Mrs.": true, "Ms": true, "Ms.": true,
	"Dr": true, "Dr.": true}

// personElsewhere reports whether the article writes name after a first
// name or a title somewhere ("Ann Lunmark", "Mr Lunmark"): a person's
// name.
func personElsewhere(text, name string) bool {
	for s := range wholeWords(text, name) {
		if p, _ := prevWord(text, s); personTitles[p] || upperWord(p) && placeGaz().FirstName(names.Key(p)) {
			return true
		}
	}
	return false
}

// facilityNouns head an apposition that names a site: "Tor Velle, a cattle
// ranch", "Lunmark, a gold mine".
var facilityNouns = names.Set{"ranch": true, "farm": true, "hotel": true, "plantation": true, "mine": true,
	"refinery": true, "field": true, "oilfield": true, "gasfield": true, "smelter": true, "resort": true}

// siteFollowers end an apposition's phrase after its head noun: "a cattle
// ranch owned by ...", "a gold mine in ...".
var siteFollowers = names.Set{"which": true, "that": true, "owned": true, "operated": true, "run": true,
	"located": true, "in": true, "near": true, "outside": true, "where": true}

// facilityApposition reports whether a mention is a site that an
// apposition after it names: ", a" or ", the" and at most five lower-case
// words ending in a word of [facilityNouns] where the phrase ends, at
// punctuation or before a word of [siteFollowers] ("Tor Velle, a beef
// cattle ranch owned by Halvex"). A noun that goes on names something else
// ("a hotel chain", "a farm equipment maker"), and a phrase with a small
// word of [phraseStops] or a possessive is about another thing ("Ann
// Vell, the owner of a ranch").
func facilityApposition(text string, m *mention) bool {
	head, ok := appositionHead(text, m, false, func(next string) bool { return siteFollowers[next] })
	return ok && facilityNouns[head]
}

// venueAfterCity reports whether a name the recognizer took for a person
// is a venue by a city's possessive after "at" before it: "the dinner at
// Boston's Marle Grange". A first name begins no venue's name ("at
// Boston's Ann Vell"), and a name the article gives a person elsewhere is
// left alone.
func venueAfterCity(text string, m *mention) bool {
	if m.typ != Person || placeGaz().FirstName(m.words[0]) {
		return false
	}
	before := strings.TrimRight(text[:m.Start], " \n")
	city, ok := strings.CutSuffix(before, "'s")
	if !ok {
		if city, ok = strings.CutSuffix(before, "’s"); !ok {
			return false
		}
	}
	t := names.Tables()
	i := len(city)
	for n := 0; n < 3; n++ {
		p, ps := prevWord(city, i)
		if !upperWord(p) {
			return false
		}
		i = ps
		k := names.Key(city[i:])
		if !t.KnownPlace(k) && t.CityCountry[k] == "" {
			continue
		}
		if at, _ := prevWord(city, i); at == "at" {
			return !personElsewhere(text, m.Name)
		}
	}
	return false
}
