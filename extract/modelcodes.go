package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail16p) widens the device cue of [deviceAfter] over a
// model's code: "the Quarbin Zeph Q7 phone", "a Lemmo Vexa 20 handset".
// The product's word stands between its maker's name and the code, so
// the cue is read only where the maker's name is written right before
// the product's word, the article names the two as one name
// ([pairName]) and an article or a possessive ([thingBefore]: "the",
// "its", "new") opens the phrase. A maker alone before a code ("its Quarbin 340
// aircraft", "the Lemmo 64 computer") names the maker's model, not a
// product called by the maker's name, and is left.

// modelCodeDevice reports whether the product's word, at text[i:end],
// is followed by a model's code ([modelCode]) and a kind of device
// ([deviceWordAt]), with its maker's name right before it, named with
// the product's word w as one name in the article, and an article or a
// possessive before the two: "the Quarbin Zeph Q7 phone" where the
// article names "Quarbin Zeph".
func modelCodeDevice(a *article, i, end int, w string) bool {
	text := a.text
	if end+2 >= len(text) || text[end] != ' ' {
		return false // the cheap first question: a space, then the code
	}
	c, ce := nextWord(text, end)
	if !modelCode(c) || !deviceWordAt(text, ce) {
		return false
	}
	p, ps := prevWordFast(text, i)
	if p == "" || !upperWord(p) || !pairName(a, names.Key(p), w) {
		return false
	}
	// "The Quarbin Zeph Q7 phone", not "deliveries of Quarbin Aero 146
	// jets" nor "twin-engine Quarbin Aero 320 aircraft": a maker's name
	// of two words before a code is a firm's as often as a product's,
	// unless a lower-case article or possessive opens the phrase.
	d, _ := prevWordFast(text, ps)
	return thingBefore[strings.ToLower(d)]
}

// modelCode reports whether a word is a model's code: one to eight
// letters and digits, with a digit, opening with a capital letter or a
// digit ("Q7", "20", "X5S", "700"). A year's four digits are a code too,
// as in "the Quarbin Zeph 2004 phone".
func modelCode(c string) bool {
	if c == "" || len(c) > 8 || !(c[0] >= 'A' && c[0] <= 'Z' || c[0] >= '0' && c[0] <= '9') {
		return false
	}
	digit := false
	for j := range len(c) {
		switch b := c[j]; {
		case b >= '0' && b <= '9':
			digit = true
		case b >= 'A' && b <= 'Z', b >= 'a' && b <= 'z':
		default:
			return false
		}
	}
	return digit
}
