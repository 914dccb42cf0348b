package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// countWords name a group by its members' count after "of": "Group of
// Seven", "Club of Ten".
var countWords = names.Set{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "twelve": true, "twenty": true}

// legislatures are the bodies a country's government is named with,
// alone and capitalized: "the Quarbin Administration and Congress".
var legislatures = names.Set{"congress": true, "parliament": true, "senate": true}

// andKnownCut splits an organization span at its last "and" when the
// words after it stand alone as a name the tables know and the words
// before it are a body of two words or more: "the Group of Seven and
// Canada" (a country), "the Quarbin Administration and Congress" (a
// legislature), "the Tervane Council and OPEC" (a well-known name). A
// whole the tables know stays one ("Trinidad and Tobago", "Procter and
// Gamble", [names.ConnectorNames] and [names.PlaceConnectorNames]), and
// so does a place or one word after "of" before "and" ("Law Society of
// England and Wales", "Bank of Quarbin and Ireland": both are the
// name's) unless it counts the group's members ([countWords]: "Group of
// Seven"), and the last item of a list ("Office of Trade, Industry and
// Labour").
func andKnownCut(ws []word) (first, rest []word) {
	i := len(ws) - 2
	for ; i >= 2; i-- {
		if t := ws[i].text; t == "and" || t == "&" {
			break
		}
	}
	if i < 2 {
		return ws, nil
	}
	l, r := ws[:i], ws[i+1:]
	joined := joinWords(ws)
	key := names.Key(joined)
	if _, known := names.Known(joined); known || names.ConnectorNames[names.OrgKey(key)] || names.PlaceConnectorNames[key] ||
		names.IsKnownName(key) || isPlaceWords([]string{key}) {
		return ws, nil
	}
	if last := names.Key(l[len(l)-1].text); isPlaceWords([]string{last}) || names.IsRegion(last) ||
		isPlaceWords([]string{names.Key(joinWords(l))}) || len(l) >= 3 && l[len(l)-2].text == "of" && !countWords[last] {
		return ws, nil
	}
	for _, w := range l {
		if !upperWord(w.text) && w.text != "of" || strings.HasSuffix(w.text, ",") {
			return ws, nil // "Quarbin stores and Canada": no body's name; "Office of Trade, Industry and Labour": a list
		}
	}
	if !knownHalf(r) {
		return ws, nil
	}
	return l, r
}

// knownHalf reports whether words, capitalized, name a country
// ("Canada", "West Germany"), a legislature ([legislatures]) or a
// well-known organization ([names.Known]: "OPEC"; of one word only an
// acronym).
func knownHalf(ws []word) bool {
	for _, w := range ws {
		if !upperWord(w.text) {
			return false
		}
	}
	j := joinWords(ws)
	k := names.Key(j)
	if names.Tables().Country(j, k) >= 0 {
		return true
	}
	if len(ws) == 1 && legislatures[k] {
		return true
	}
	// A known short form of one word is an acronym: "Labour" of
	// "Office of Trade and Labour" is no party.
	kn, ok := names.Known(j)
	return ok && kn.Type == "ORG" && !strings.Contains(k, " and ") && (len(ws) > 1 || names.IsAcronym(j))
}
