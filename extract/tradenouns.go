package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// tradeNoun reports whether a name is a common noun of British trade or
// tax that the articles capitalize, none of the graph's entities: the
// high street as the shops of the land ([highStreetTrade]) or National
// Insurance, a tax ([insuranceTax]).
func tradeNoun(text string, m *mention) bool {
	return highStreetTrade(text, m) || insuranceTax(text, m)
}

// tradeStreetOpeners are the words that may stand before "High Street"
// used for the retail trade: the articles, and the country whose shops
// they are ("the UK High Street").
var tradeStreetOpeners = names.Set{"the": true, "a": true, "an": true, "every": true, "uk": true, "british": true}

// highStreetTrade reports whether "High Street", maybe after "UK" or
// "British", names the shops of the land rather than one street: "sales
// on the High Street", "High Street retailers", "a High Street store". A
// town's street is left: a capitalized word before it ("Quarbin High
// Street", "Quarbin's High Street") or after it, maybe after a comma or
// "in", "at", "of" ("the High Street, Quarbin", "the High Street in
// Tervane").
func highStreetTrade(text string, m *mention) bool {
	n := len(m.words)
	if n < 2 || n > 3 || m.words[n-2] != "high" || m.words[n-1] != "street" || n == 3 && !tradeStreetOpeners[m.words[0]] {
		return false
	}
	p, _ := prevWord(text, m.Start)
	p = strings.Trim(p, "\"'‘“(")
	if upperWord(p) && !tradeStreetOpeners[strings.ToLower(p)] && !strings.ContainsAny(p[len(p)-1:], ".:!?") {
		return false // "Quarbin High Street", "Quarbin's High Street"
	}
	return !townAfter(text, m.End)
}

// townAfter reports whether a capitalized word follows i, maybe after a
// comma or "in", "at", "of": "High Street, Quarbin", "High Street in
// Tervane". A full stop before it ends the sentence instead.
func townAfter(text string, i int) bool {
	if i < len(text) && text[i] == ',' {
		i++
	} else if i >= len(text) || !asciiSpace(text[i]) {
		return false
	}
	w, end := nextWord(text, i)
	if w == "in" || w == "at" || w == "of" {
		w, _ = nextWord(text, end)
	}
	return upperWord(strings.TrimLeft(w, "\"'‘“("))
}

// insuranceTax reports whether a name is National Insurance, the British
// tax on earnings ("National Insurance contributions", the headline's
// "Nat Insurance"), not a firm's name: a company suffix after it
// ("National Insurance Co") makes it the firm's.
func insuranceTax(text string, m *mention) bool {
	if m.key != "national insurance" && m.key != "nat insurance" {
		return false
	}
	next, _ := nextWord(text, m.End)
	return !names.CorpSuffixes.Has(strings.TrimRight(next, ".,;:"))
}
