package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// headingWords mends the spans that market headings and headlines glued to
// a dateline make of words that are no name, before tableCut. It returns
// the words left, their type, and false when nothing of the span names
// anything:
//   - a volume heading ("ELKTON COCOA ESTIMATED VOLUME") names the market's
//     good and the figure: nothing;
//   - a price unit ("CTS PER LB SPOT ELKTON", "Cents per lb unless
//     indicated") heads a price table: nothing;
//   - a traded metal or a wool grade alone ("Copper", "Greasy") typed no
//     person is a table's row or a common noun: nothing;
//   - a headline in capitals run into its dateline ("TERVANE BANK SEES
//     GROWTH ELKTON, March 5") keeps the dateline's town, when the tables
//     know it, as a place.
func (r *Resolver) headingWords(text string, ws []word, typ Type) ([]word, Type, bool) {
	n := len(ws)
	if n == 0 {
		return ws, typ, true
	}
	if volumeHeading(ws) || priceUnit(ws) || n == 1 && typ != Person && gradeWords.Has(ws[0].text) {
		return nil, typ, false
	}
	if n > 1 && datelineAfter(text, ws[n-1].end) {
		return r.datelineTown(ws, typ)
	}
	return ws, typ, true
}

// volumeHeading reports whether ws ends in "Estimated Volume(s)", the
// heading of a market's volume table.
func volumeHeading(ws []word) bool {
	n := len(ws)
	if n < 2 {
		return false
	}
	last := ws[n-1].text
	return (strings.EqualFold(last, "volume") || strings.EqualFold(last, "volumes")) && strings.EqualFold(ws[n-2].text, "estimated")
}

// priceMoney are the money words of a price table's unit ("cents per lb").
var priceMoney = names.Set{"cents": true, "cts": true, "dlrs": true, "stg": true}

// priceMeasures are the measures of a price table's unit ("per lb").
var priceMeasures = names.Set{"lb": true, "lbs": true, "tonne": true, "tonnes": true, "ton": true,
	"bushel": true, "ounce": true, "oz": true, "barrel": true, "kilo": true, "kilos": true}

// priceUnit reports whether ws holds a price table's unit: a money word,
// "per" and a measure ("CTS PER LB").
func priceUnit(ws []word) bool {
	for i := 1; i+1 < len(ws); i++ {
		if strings.EqualFold(ws[i].text, "per") && priceMoney.Has(ws[i-1].text) && priceMeasures.Has(ws[i+1].text) {
			return true
		}
	}
	return false
}

// gradeWords are goods that tables and reports write with a capital at a
// row's or a heading's start: alone they name nothing. Gold and silver,
// which are surnames and firms' words too, are left out.
var gradeWords = names.Set{"copper": true, "aluminium": true, "aluminum": true, "zinc": true,
	"nickel": true, "platinum": true, "palladium": true, "cobalt": true, "greasy": true}

// datelineAfter reports whether a dateline's comma and month follow the
// byte end in text: ", March 5" of "... ELKTON, March 5 - ".
func datelineAfter(text string, end int) bool {
	if end+3 > len(text) || text[end] != ',' || text[end+1] != ' ' {
		return false
	}
	rest := text[end+2:]
	i := strings.IndexAny(rest, " \n")
	if i < 0 {
		i = len(rest)
	}
	month := rest[:i]
	return upperWord(month) && !allCaps(month) && tradeMonths[strings.ToLower(month)]
}

// datelineTown returns the dateline's town that ends a headline in
// capitals run into it: the longest tail of ws the tables know as a place,
// typed a place and written in title case (a dateline shouts its town;
// "LONDON" alone would read as an acronym). A span with a word not in capitals, a span that is a
// place whole ("NEW YORK"), or one with no known place at its end, is left
// as it was.
func (r *Resolver) datelineTown(ws []word, typ Type) ([]word, Type, bool) {
	for _, w := range ws {
		if !capsWord(w.text) {
			return ws, typ, true
		}
	}
	if r.knownPlaceName(joinWords(ws)) {
		return ws, typ, true
	}
	for i := 1; i < len(ws); i++ {
		if r.knownPlaceName(joinWords(ws[i:])) {
			town := ws[i:]
			for k := range town {
				town[k].text = titleCase(town[k].text)
			}
			return town, Location, true
		}
	}
	return ws, typ, true
}
