package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail13w) holds the cue by which a name the recognizer typed
// as an organization is a product line: a kind of product right after it,
// maybe after one or two lower-case modifiers, every time the article
// writes the name ("Zorbit printers", "Quelvex automatic injectors",
// "software for Tarrax gateways"). [modelProduct] asks for a model number
// before such a noun; here the article's every mention stands in for it.
// A maker's name is written alone or in its own full name somewhere ("the
// Zorbit printers ... Zorbit said", "Zorbit Computer Corp"), so a name
// with no other use in its article is the product's.

// productPluralNouns are the kinds of a product line that follow its
// name: the hardware and software of [modelNouns] in the plural, and a
// few more. "Series", "engines", "jets" and "aircraft" are left out: "the
// Quarbin engines" of an airliner are its maker's; so are "services" and
// "products" ("Quarbin services" is the firm's business).
var productPluralNouns = names.Set{"workstations": true, "computers": true, "minicomputers": true,
	"microcomputers": true, "mainframes": true, "models": true, "systems": true, "printers": true,
	"terminals": true, "chips": true, "drives": true, "laptops": true, "software": true, "gateways": true,
	"modems": true, "injectors": true, "boards": true, "multiplexors": true, "multiplexers": true,
	// tail15g: weapons, vehicles and goods named by their model ("the
	// Quarbin missiles", "Vellor four-door sedans", "Zorbit rechargeable
	// flashlights"); a maker that builds them goes by its own full name
	// elsewhere, or the gazetteer knows it.
	"missiles": true, "helicopters": true, "sedans": true, "hatchbacks": true, "flashlights": true,
	"condoms": true}

// productPlural reports whether a name typed as an organization, with no
// organization's word, no settled identity (an alias, a country, an
// agency) and no firm's name in the model's gazetteer, is followed by a kind of product line ([productPluralNouns]),
// maybe after one or two lower-case modifiers that are no small words
// ([modelStops]), every time the article writes it.
func productPlural(text string, m *mention) bool {
	if m.typ != Org || m.End >= len(text) || !asciiSpace(text[m.End]) || m.canon != "" || m.forced != "" || // tail14l: a line's end too
		m.country >= 0 || m.agency >= 0 {
		return false
	}
	if !productNounAfter(text, m.End) || anyOrgWord(m.words) || placeGaz().KnownName(m.words, "ORG") || nameHoldsKind(text, m) {
		return false // a firm the gazetteer knows: "Quarbin compatible computers" are a maker's
	}
	return everyTime(text, m.Name, func(end int) bool { return productNounAfter(text, end) })
}

// productNounAfter reports whether a word of [productPluralNouns]
// follows end, right after it or after one or two lower-case modifiers.
func productNounAfter(text string, end int) bool {
	end = pastBracketAcronym(text, end) // tail14d: "Zorbit Logic Arrays (ZLA) chips"
	if end >= len(text) || !asciiSpace(text[end]) {
		return false
	}
	w, we := nextWord(text, end)
	for n := 0; n < 3; n++ {
		k := strings.TrimRight(w, ",.;:)")
		if k == "" || !isLowerASCII(k[0]) {
			return false
		}
		if productPluralNouns[k] {
			return true
		}
		if k == "product" && k == w {
			return productLineAt(text, we) // tail14l: "Zorbit product line"
		}
		if k != w || modelStops[k] || headNotModifier[k] {
			return false
		}
		w, we = nextWord(text, we)
	}
	return false
}
