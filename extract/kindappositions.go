package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14d) holds the cue by which a name the recognizer typed
// as an organization is a product: it stands in apposition after a noun
// phrase whose head is a kind of product, "its mid-grade diesel, Zorbit
// Max, goes on sale", "Tervane's next jet fighter, the QX, will fly",
// "the switch, the Lemmo 400E, ships in May". The phrase opens with an
// owner or an article; the name closes the apposition (a mark after it,
// maybe after a model number).

// kindHeadNouns head a noun phrase that names a kind of product before
// its name. A firm's nouns ("company", "maker", "unit") are none, nor
// the words that name a firm as often as a thing ([firmLikeHeads]:
// "service", "network").
var kindHeadNouns = names.Set{"gasoline": true, "petrol": true, "diesel": true, "fuel": true, "fighter": true,
	"bomber": true, "aircraft": true, "airliner": true, "jet": true, "plane": true, "helicopter": true,
	"missile": true, "rocket": true, "satellite": true, "switch": true, "drug": true, "medicine": true,
	"vaccine": true, "beer": true, "lager": true, "cigarette": true, "car": true, "sedan": true, "truck": true,
	"computer": true, "software": true, "chip": true, "microprocessor": true, "printer": true,
	"camera": true, "console": true, "handset": true, "pesticide": true, "herbicide": true, "tank": true}

// kindPhraseOpeners open such a phrase: an owner or an article.
var kindPhraseOpeners = names.Set{"its": true, "their": true, "the": true, "a": true, "an": true}

// kindApposition reports whether a name typed as an organization, of
// four words or fewer with no settled identity and of [thingName]'s
// kinds, stands after a comma (maybe with "the") that closes a noun
// phrase headed by a word of [kindHeadNouns], opened by a word of
// [kindPhraseOpeners] or a capitalized possessive within three lower-case
// modifiers, and is followed by a mark, or by a model number and a mark.
func kindApposition(text string, m *mention) bool {
	if m.typ != Org || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 ||
		len(m.words) == 0 || len(m.words) > 4 || !apposed(text, m.End) {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	if p == "the" {
		p, ps = prevWordFast(text, ps)
	}
	head, ok := strings.CutSuffix(p, ",")
	if !ok || !kindHeadNouns[head] {
		return false
	}
	for n := 0; n < 4; n++ {
		w, ws := prevWordFast(text, ps)
		if kindPhraseOpeners[w] || possessiveEnd(w) && upperWord(w) {
			return thingName(m, m.words)
		}
		if w == "" || !isLowerASCII(w[0]) || strings.ContainsAny(w, ",.;:") {
			return false
		}
		ps = ws
	}
	return false
}

// apposed reports whether a mark closes an apposition at end: a comma,
// full stop, semicolon or bracket, right after it or after a model
// number of one word that holds a digit ("the Lemmo 400E,").
func apposed(text string, end int) bool {
	if end >= len(text) {
		return false
	}
	switch text[end] {
	case ',', '.', ';', ')':
		return true
	case ' ':
		w, _ := nextWord(text, end)
		k := strings.TrimRight(w, ",.;")
		return k != w && strings.ContainsAny(k, "0123456789")
	}
	return false
}
