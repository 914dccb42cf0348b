package extract

import (
	"regexp"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14v) holds the cue by which names listed after a fleet's
// plural and a verb that names them are ships: "the three Quarbin vessels
// are Lemmo Star, East Vell and Vell Star", "two tankers, named Orvo and
// Tessen". A ship is MISC ([shipNouns] reads one kind noun before a
// single name; this reads the list).

// shipListVerbs name the members of a fleet after its plural.
var shipListVerbs = names.Set{"are": true, "were": true, "named": true, "called": true}

// shipListBefore matches, at the end of the text before a name, a ship's
// plural, a naming verb (maybe after a comma, maybe with a colon), and
// the list's earlier names, each closed by a comma or "and".
var shipListBefore = regexp.MustCompile(`\b(?:vessels|ships|tankers|freighters|trawlers|supertankers),?\s+(?:are|were|named|called):?\s+` +
	`(?:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}(?:,\s+and\s+|,\s+|\s+and\s+))*$`)

// shipListed reports whether a name of one to four words stands in a
// list of ships: right after a naming verb of [shipListVerbs] after a
// ship's plural, or after the list's earlier names, each closed by a
// comma or "and".
func shipListed(text string, m *mention) bool {
	if m.Start == 0 || len(m.words) == 0 || len(m.words) > 4 {
		return false
	}
	p, _ := prevWordFast(text, m.Start)
	if p = strings.TrimRight(p, ":"); !shipListVerbs[p] && p != "and" && !strings.HasSuffix(p, ",") {
		return false // the usual case, decided at once
	}
	before := text[max(0, m.Start-200):m.Start]
	return shipPluralIn(before) && shipListBefore.MatchString(before)
}

// shipPlurals are the plurals [shipListBefore] opens with ("supertankers"
// ends in "tankers").
var shipPlurals = [...]string{"vessels", "ships", "tankers", "freighters", "trawlers"}

// shipPluralIn reports whether s holds a plural of [shipPlurals] as a word
// or a word's end of "super", followed by no letter or digit: the cheap
// question before [shipListBefore], whose unanchored search backtracks
// over the whole window ("championships" and "partnerships" are no
// ships). It asks no more than the pattern does ([isWordByte] leaves out
// "_", which \w holds), so it changes no answer.
func shipPluralIn(s string) bool {
	for _, w := range shipPlurals {
		for i := 0; ; {
			k := strings.Index(s[i:], w)
			if k < 0 {
				break
			}
			k += i
			e := k + len(w)
			pre := k == 0 || !isWordByte(s[k-1]) || w == "tankers" && strings.HasSuffix(s[:k], "super") && (k == 5 || !isWordByte(s[k-6]))
			if pre && (e == len(s) || !isWordByte(s[e])) {
				return true
			}
			i = k + 1
		}
	}
	return false
}
