package extract

import "github.com/nergraph/nergraph/internal/names"

// This file (tail17k) types as a firm a name of one word taken for a
// person right after a buyer's verb: "agreed to acquire Quarbin in a stock
// deal", "it bought Velmora last year". People are bought only in sport
// ("acquired Tervane from the Hawks"), and what a person owns is bought
// with his possessive and its noun ("to buy Tervane's stake"): both are
// left, and so is a name the article writes as a person's ([personCue]).

// buyVerbs are a buyer's verbs, in lower case (a headline's capitals are
// left: "TO BUY QUARBIN UNIT" names a unit).
var buyVerbs = names.Set{"acquire": true, "acquired": true, "acquiring": true, "buy": true, "bought": true,
	"buying": true, "purchase": true, "purchased": true}

// dealVerbFirm reports whether a name of one word taken for a person, with
// no canonical name, country, agency or forced type, follows a word of
// [buyVerbs], is no owner before his possessive's noun
// ([possessiveOwns]), no list's or long name's first word
// ([commaNameAfter]), is not followed by "from" (a player's transfer),
// and the article never writes it as a person's ([personCue]).
func dealVerbFirm(text string, m *mention) bool {
	if m.typ != Person || len(m.words) != 1 || m.canon != "" || m.forced != "" || m.country >= 0 || m.agency >= 0 {
		return false
	}
	if p, _ := prevWordFast(text, m.Start); !buyVerbs[p] {
		return false // the usual case, decided at once
	}
	if possessiveOwns(text, m.End) || commaNameAfter(text, m.End) {
		return false
	}
	if w, _ := nextWord(text, m.End); w == "from" {
		return false
	}
	return !personCue(text, m)
}
