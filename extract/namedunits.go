package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// unitHeads follow a part of a firm that stands under its own name: "its
// Tervane Vell unit", "the newly acquired Quarbin Lemmo business".
var unitHeads = names.Set{"unit": true, "subsidiary": true, "affiliate": true, "division": true, "business": true}

// dealHeads follow a firm's name as the deal that buys it: "its Tervane
// Vell takeover". A person's name before them is the buyer's as often
// ("the Quarbin takeover bid"), so they are read after a place's only.
var dealHeads = names.Set{"takeover": true, "acquisition": true, "merger": true}

// unitOpeners stand before a unit's name: "its", a list's "and"
// ("Quarbin's Lemmo Co and Tervane Vell unit"), "acquired". "The" is
// not among them: "the Tervane unit" is as often an oil field's or a
// reactor's, "of the Tervane business" the end of a longer name.
var unitOpeners = names.Set{"its": true, "their": true, "and": true, "acquired": true}

// unitClauseWords may follow a unit's head where the noun phrase ends:
// "its Tervane unit is", "its Tervane division in".
var unitClauseWords = names.Set{"is": true, "was": true, "will": true, "would": true, "has": true, "had": true,
	"to": true, "and": true, "or": true, "for": true, "from": true, "in": true, "of": true, "at": true,
	"by": true, "with": true, "which": true, "that": true, "as": true, "said": true, "last": true}

// namedUnit (tail15h) reports whether a name the recognizer took for a
// person or a place is a firm's unit or a joint venture: after "its",
// "and", "acquired" or a capitalized possessive, before "unit",
// "subsidiary", "affiliate", "division" or "business" that ends its noun
// phrase, or, for a place's name, before "takeover", "acquisition" or
// "merger", or after "the" too before "joint venture" (a person's name
// there is as often a partner's). A place the tables or the gazetteer
// know, a region, a country, a name opening with a compass word ("its
// Western Tervane unit" is where the unit works), a head with a number
// after it ("its Tervane unit 2", a reactor's) or a noun ("its Zorbit
// business jet", "Tervane's Lemmo business district") is left.
func namedUnit(text string, m *mention) bool {
	if m.typ != Person && m.typ != Location || m.canon != "" || m.forced != "" || m.country >= 0 || m.Title != "" ||
		len(m.words) == 0 || !lineGap(text, m.End) {
		return false
	}
	n, ne := nextWord(text, m.End)
	if n == "" || !isLowerASCII(n[0]) || !unitCue(text, m, n, ne) {
		return false // the cheap first question: a capitalized word or none goes on
	}
	t := names.Tables()
	if compassWords[m.words[0]] || t.Country(m.words[0], m.words[0]) >= 0 {
		return false
	}
	return !t.KnownPlace(m.key) && !names.IsRegion(m.key) && !placeGaz().PlaceName(m.words)
}

// unitCue reports whether the word n (ending at ne) after a mention and
// the word before it say the name is a unit's or a joint venture's, as
// [namedUnit] reads them.
func unitCue(text string, m *mention, n string, ne int) bool {
	k := strings.TrimRight(n, ",.;:")
	p, _ := prevWordFast(text, m.Start)
	switch {
	case unitHeads[k] || dealHeads[k] && m.typ == Location:
		if after, _ := nextWord(text, ne); k == n && (unitNumber(after) || after != "" && isLowerASCII(after[0]) && !unitClauseWords[strings.TrimRight(after, ",.;:")]) {
			return false
		}
		return unitOpeners[strings.ToLower(p)] || possessiveEnd(p) && upperWord(p)
	case k == "joint" && n == k && m.typ == Location:
		v, _ := nextWord(text, ne)
		return strings.TrimRight(v, ",.;:") == "venture" && (p == "the" || unitOpeners[strings.ToLower(p)])
	}
	return false
}

// unitNumber reports whether w numbers a unit: "2", "one", "No.".
func unitNumber(w string) bool {
	w = strings.TrimRight(w, ",.;:")
	switch strings.ToLower(w) {
	case "one", "two", "three", "four", "no", "number":
		return true
	}
	return w != "" && isDigit(w[0])
}
