package extract

import "github.com/nergraph/nergraph/internal/names"

// This file (tail13w) holds the cue by which "of" before a name is a
// deal's and not a town's, for [firmUnit]: "the assets of Tervane, a
// division of Quarbin" names the unit bought, where "Quarbin BV of
// Tervane, a subsidiary of" names the place of a firm.

// dealHoldings are the lower-case nouns besides [dealNouns] that "of" and
// a firm's name follow in a deal: "the assets and liabilities of", "a
// stake of", "control of".
var dealHoldings = names.Set{"assets": true, "liabilities": true, "shares": true, "stake": true,
	"control": true, "merger": true}

// dealOf reports whether p, the word before a name that starts at ps,
// is "of" after a noun of [dealNouns] or [dealHoldings].
func dealOf(text, p string, ps int) bool {
	if p != "of" {
		return false
	}
	n, _ := prevWordFast(text, ps)
	return dealNouns[n] || dealHoldings[n]
}
