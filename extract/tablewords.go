package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file cuts a table's own words from the names glued to them: a
// price list's quote status after a place ("Varnholm Unquoted", the
// status on the next row) and a results table's period heading before a
// firm ("First Quarter Tervane Holdings Corp").

// quoteStatusWords say that a price list's row had no price: unquoted,
// untraded. They end no name.
var quoteStatusWords = names.Set{"unquoted": true, "untraded": true}

// periodOrdinals open a results table's period heading ("First Quarter",
// "4th Qtr").
var periodOrdinals = names.Set{"first": true, "second": true, "third": true, "fourth": true,
	"1st": true, "2nd": true, "3rd": true, "4th": true}

// periodWords are a heading's period after its ordinal.
var periodWords = names.Set{"quarter": true, "qtr": true, "half": true}

// headingOrdinal reports whether w is an ordinal of [periodOrdinals] as a
// heading writes it, in capitals or a capital ("First", "FIRST", "1st"),
// not prose's "first".
func headingOrdinal(w string) bool {
	return len(w) >= 3 && len(w) <= 6 && (w[0] >= 'A' && w[0] <= 'Z' || w[0] >= '0' && w[0] <= '9') && periodOrdinals[strings.ToLower(w)]
}

// tableWordSpans trims, from a span of two words or more, a last word of
// [quoteStatusWords], and a first period word of [periodWords] after a
// heading's ordinal ([headingOrdinal]) (the ordinal inside the span or just before
// it), when two words or more are left ("Quarter" alone is no name's).
func tableWordSpans(sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if !sp.within(sents) || sp.End-sp.Start < 2 {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if w := toks[sp.End-1].Text; len(w) == 8 && quoteStatusWords[strings.ToLower(w)] { // the cheap test first: both words have 8 letters
			sp.End--
			continue
		}
		s := sp.Start
		if headingOrdinal(toks[s].Text) {
			s++
		} else if s == 0 || !headingOrdinal(toks[s-1].Text) {
			continue
		}
		if s < sp.End && sp.End-s-1 >= 2 && len(toks[s].Text) <= 7 && periodWords[strings.ToLower(toks[s].Text)] {
			sp.Start = s + 1
		}
	}
	periodHeadingSpans(sents, spans) // tail13n: "Nine Months", "Year"
	return spans
}

// priceCurrencies are currencies a price list quotes in, as its rows
// write them with a capital ("Marks 100 kilos").
var priceCurrencies = names.Set{"marks": true, "guilders": true, "francs": true, "dlrs": true, "yen": true, "stg": true}

// weightUnits are the weights a price list quotes a price for.
var weightUnits = names.Set{"kilos": true, "kilo": true, "tonnes": true, "tonne": true, "tons": true, "ton": true, "lbs": true}

// currencyPerWeight reports whether a one-word mention taken for a person
// or a firm is a price list's currency before the weight it is quoted
// for: a word of [priceCurrencies], a figure, a word of [weightUnits]
// ("Marks 100 kilos fob"). A surname of that spelling before a figure
// and no weight ("Marks 12 points") is left.
func currencyPerWeight(text string, m *mention) bool {
	if len(m.words) != 1 || m.typ != Person && m.typ != Org || !priceCurrencies[m.key] {
		return false
	}
	w, e := nextWord(text, m.End)
	if w == "" || !figureChars(w) || w[0] < '0' || w[0] > '9' {
		return false
	}
	u, _ := nextWord(text, e)
	return weightUnits[strings.ToLower(strings.TrimRight(u, ",;:"))]
}
