package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the cues by which a name the recognizer took for a
// person is a venue, a place: "at the" right before it where the phrase
// ends after it ("a trial at the Quarbin Bailey ended"), or a venue's head
// word at its end and "at" before it ("the replay at Tervane Park").

// venueHeads end the names of venues that are as often read as a
// person's surname by the recognizer: "Tervane Park", "the Lunmark
// Theater", "the Quarbin Dome".
var venueHeads = names.Set{"park": true, "theater": true, "theatre": true, "dome": true, "coliseum": true}

// venueFollowers may follow a venue's name where its phrase ends: "at the
// Quarbin Bailey in May", "at the Lunmark on Sunday", "whose trial at the
// Quarbin Bailey ended".
var venueFollowers = names.Set{"in": true, "on": true, "and": true, "ended": true, "last": true, "this": true,
	"next": true, "where": true, "when": true, "until": true, "before": true, "after": true, "during": true,
	"-": true, "–": true}

// venuePerson reports whether a name the recognizer typed as a person is a
// venue: [venueAtThe], or [venueHeadAt].
func venuePerson(text string, m *mention) bool {
	if m.typ != Person || m.canon != "" || m.Title != "" || len(m.words) == 0 {
		return false
	}
	return venueAtThe(text, m) || venueHeadAt(text, m)
}

// venueAtThe reports whether "at the" stands right before a mention and
// its phrase ends after it, at punctuation or before a word of
// [venueFollowers]: a person is seldom written with "the" before his
// name. A lower-case noun after it heads another thing ("at the Ann Vell
// theatre school", "at the Quarbin game"), and a capitalized word goes on
// with the name.
func venueAtThe(text string, m *mention) bool {
	p, ps := prevWordFast(text, m.Start)
	if p != "the" {
		return false
	}
	if at, _ := prevWordFast(text, ps); at != "at" {
		return false
	}
	return phraseEndsAt(text, m.End)
}

// phraseEndsAt reports whether the phrase of a name that ends at i ends
// there: the text ends, a line ends, punctuation follows, or a word of
// [venueFollowers].
func phraseEndsAt(text string, i int) bool {
	if i >= len(text) || text[i] == '\n' || strings.HasPrefix(text[i:], " \n") {
		return true
	}
	if strings.IndexByte(".,;:!?)-\"'", text[i]) >= 0 {
		return !strings.HasPrefix(text[i:], "'s") && !strings.HasPrefix(text[i:], "-")
	}
	w, _ := nextWord(text, i)
	return venueFollowers[strings.TrimRight(w, ".,;:")]
}

// venueHeadAt reports whether a name of two words or more that ends in a
// word of [venueHeads] stands right after "at", or right before "in" and a
// place the tables know, here or elsewhere in the article ("the replay at
// Tervane Park ... fans leaving Tervane Park", "Lunmark Park in Essex"): a
// venue. A name the article gives a person elsewhere, by a title or a
// first name before it, is left alone, and so is a name that begins with a
// first name before "in" ("Ann Park in Essex").
func venueHeadAt(text string, m *mention) bool {
	if len(m.words) < 2 || !venueHeads[m.words[len(m.words)-1]] {
		return false
	}
	for s, e := range wholeWords(text, m.Name) {
		if p, _ := prevWordFast(text, s); p == "at" || !placeGaz().FirstName(m.words[0]) && placeAfterIn(text, e) {
			return !personElsewhere(text, m.Name)
		}
	}
	return false
}

// placeAfterIn reports whether "in" and a place the tables or the
// gazetteer know, of one or two capitalized words, follow the text's
// position i: "in Essex", "in West Lunmark".
func placeAfterIn(text string, i int) bool {
	w, j := nextWord(text, i)
	if w != "in" {
		return false
	}
	p, k := nextWord(text, j)
	if !upperWord(p) {
		return false
	}
	if knownPlaceWords(strings.TrimRight(p, ".,;:")) {
		return true
	}
	q, _ := nextWord(text, k)
	return upperWord(q) && knownPlaceWords(p+" "+strings.TrimRight(q, ".,;:"))
}

// knownPlaceWords reports whether the tables or the model's gazetteer
// know a name as a place's.
func knownPlaceWords(name string) bool {
	k := names.Key(name)
	return names.Tables().KnownPlace(k) || placeGaz().PlaceName(strings.Fields(k))
}
