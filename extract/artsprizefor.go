package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail13b) reads a prize of the arts a few words before "for":
// "won an Oscar last year for Zorbit Nights". Such a prize is given for a
// work or to a person, so a name after it that the recognizer typed as an
// organization or a place is the work (MISC, no node), asked by
// [ownedThings]. [bestPrizeFor] and [personForTitle] read the prizes that
// "best" or a person's name opens.

// artsPrizes are prizes given only in the arts: film, television, music.
var artsPrizes = names.Set{"oscar": true, "oscars": true, "bafta": true, "baftas": true,
	"grammy": true, "grammys": true, "emmy": true, "emmys": true}

// artsPrizeReach is how many lower-case words [artsPrizeFor] reads back
// between the prize and "for": "an Oscar earlier this year for".
const artsPrizeReach = 4

// artsPrizeFor reports whether m, a name typed as an organization or a
// place, follows "for" (maybe a quotation mark and "The") with a prize of
// [artsPrizes] before it, at most [artsPrizeReach] lower-case words
// between: "an Oscar for Zorbit", "a Grammy last year for The Quarbin".
// A name of an organization's words, a place or a well-known name
// ([thingName]) is left: "a Grammy for Lemmox Records".
func artsPrizeFor(text string, m *mention) bool {
	ps, ok := workAfterFor(text, m)
	if !ok {
		return false
	}
	for k := 0; k <= artsPrizeReach; k++ {
		w, ws := prevWordFast(text, ps)
		if artsPrizes[strings.ToLower(w)] { // a bare word: "Oscar," ends a clause
			return thingName(m, m.words)
		}
		if k == artsPrizeReach || !lowerWord(w) {
			return false
		}
		ps = ws
	}
	return false
}
