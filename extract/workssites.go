package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail17q) reads a works' noun after a name the recognizer took
// for a person: "the Quarbin mine", "its Lemmo Vell copper smelter", "the
// bankrupt Tervane sawmill". The name is the works' own, a site, as the
// ranch's and the farm's that [siteNounAfter] reads. Nouns that an owner's
// name comes before as often ("the Zorbit plant", "the Quarbin factory")
// are left out.

// worksSiteNouns are the works whose name stands before them.
var worksSiteNouns = names.Set{"mine": true, "mines": true, "smelter": true, "refinery": true,
	"sawmill": true, "colliery": true, "quarry": true, "oilfield": true, "gasfield": true}

// worksMinerals may stand between the name and the noun: "the Quarbin gold
// mine", "the Lemmo zinc smelter".
var worksMinerals = names.Set{"gold": true, "silver": true, "copper": true, "zinc": true, "lead": true,
	"tin": true, "coal": true, "uranium": true, "nickel": true, "iron": true, "diamond": true,
	"platinum": true, "aluminium": true, "aluminum": true, "oil": true}

// worksSiteAfter reports whether a name taken for a person stands before a
// word of [worksSiteNouns], maybe after one of [worksMinerals], with "the",
// "its" or a possessive before it ([siteDeterminer]), or "the" and one
// lower-case word ("the bankrupt Quarbin sawmill"): a site. A name the
// article gives a person elsewhere ("Ann Vell" and "the Vell mine") is the
// owner's and left alone, as is a name no site could bear ([siteName]).
func worksSiteAfter(text string, m *mention) bool {
	if m.typ != Person || m.End+5 > len(text) || !lineGap(text, m.End) || !isLowerASCII(text[m.End+1]) {
		return false // the cheap first question: a lower-case word after a person's name
	}
	next, at := nextWord(text, m.End)
	if worksMinerals[next] {
		next, _ = nextWord(text, at)
	}
	if !worksSiteNouns[strings.TrimRight(next, ",.;:)")] {
		return false
	}
	return (siteDeterminer(text, m.Start) || adjectiveDeterminer(text, m.Start)) && siteName(m) && !personElsewhere(text, m.Name)
}

// adjectiveDeterminer reports whether the words before i are "the" or
// "its" and one lower-case word: "the bankrupt", "its idle".
func adjectiveDeterminer(text string, i int) bool {
	p, ps := prevWord(text, i)
	if !isLowerASCIIWord(p) || p == "the" || p == "its" {
		return false
	}
	d, _ := prevWord(text, ps)
	return d == "the" || d == "The" || d == "its" || d == "Its"
}
