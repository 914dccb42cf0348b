package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail15b) widens tail14y's [matchAgainst] to the other
// words that name the side a match was won or lost against: "the win
// over Tervane", "a defeat to Quarnby", "the defeat by Tervane", "a
// draw with Quarnby", "a defeat at the hands of Tervane". A side is
// beaten, or beats, as a club, not as a town; each preposition is read
// only after the outcome nouns it goes with, so that "a loss to the
// town" of a business story ("loss to Tervane's economy") wants the noun
// too, and [Resolver.matchOpponent]'s guards (a country, a nation's side,
// a region, a people, a person) stand as they are.

// beatenNouns name, by the preposition after them, a match's outcome
// whose other side follows: "win over", "defeat to", "draw with".
var beatenNouns = map[string]names.Set{
	"over": {"win": true, "wins": true, "victory": true, "victories": true},
	"to":   {"defeat": true, "defeats": true, "loss": true, "losses": true, "reverse": true},
	"by":   {"defeat": true, "defeats": true},
	"with": {"draw": true, "draws": true},
}

// handsNouns name a defeat that "at the hands of" and the side follow.
var handsNouns = names.Set{"defeat": true, "defeats": true, "loss": true, "losses": true,
	"beating": true, "thrashing": true, "hammering": true}

// matchBeaten reports whether p, the word before byte i that ends at
// ps's word, and the words before it are an outcome noun and its
// preposition: "win over", "defeat to", "draw with", "defeat at the
// hands of".
func matchBeaten(text, p string, ps int) bool {
	if p == "of" {
		w, ws := prevWordFast(text, ps)
		if w != "hands" {
			return false
		}
		w, ws = prevWordFast(text, ws)
		if w != "the" {
			return false
		}
		if w, ws = prevWordFast(text, ws); w != "at" {
			return false
		}
		n, _ := prevWordFast(text, ws)
		return handsNouns[n]
	}
	set := beatenNouns[p]
	if set == nil {
		return false // the usual case, decided at once
	}
	n, _ := prevWordFast(text, ps)
	return set[n]
}

// townNouns are nouns that a town names the home of when it stands
// right before them: "Tervane rivals Quarbin", "its Quarnby neighbours".
var townNouns = names.Set{"rivals": true, "rival": true, "neighbours": true, "neighbors": true,
	"counterparts": true}

// matchSide reports whether a mention is the other side of a match by the
// words before it ([matchAgainst]: "the game against", "the win over")
// and is no town before a noun of [townNouns] or a possessive
// ([nounAfterSide]).
func matchSide(text string, m *mention) bool {
	return matchAgainst(text, m.Start) && !nounAfterSide(text, m.End)
}

// nounAfterSide reports whether a noun of [townNouns] or a possessive
// follows the name that ends at byte end: "a win over Tervane rivals
// Quarbin" names the rivals, and Tervane is their town; "a loss to
// Tervane's economy" is the town's (tail15b).
func nounAfterSide(text string, end int) bool {
	if end+1 < len(text) && (text[end] == '\'' || text[end] == 0xe2) {
		return true // a possessive: "a loss to Tervane's economy"
	}
	if end+1 >= len(text) || !lineGap(text, end) {
		return false // a comma, a full stop or the text's end: the side ends there
	}
	w, _ := nextWord(text, end)
	return townNouns[strings.TrimRight(w, ",.;:!?)")]
}
