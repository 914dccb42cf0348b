package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file mends the spans that the headings of wire tables make of their
// words, in capitals: the kind of the table glued to the market's town or
// the exchange ("ELKTON RECEIPTS AND SHIPMENTS", "ZCX SETTLEMENTS 7-APR",
// "CTS/BU BASIS", "TERVANE LIVESTOCK RECEIPTS USDA"), the price's kind
// glued to the firm that posts it ("QUARBIN SILVER PRICES", "Tervane Base
// price 57,410") and a column's slug before the firm of its story ("WALL
// STREET STOCKS/QUARBIN").

// tableKinds end the headings of tables: what the table gives.
var tableKinds = names.Set{"settlements": true, "receipts": true, "prices": true, "basis": true}

// headingSources are the agencies whose name a table's heading ends in.
var headingSources = names.Set{"usda": true}

// tableHeading mends a span of two words or more in capitals that ends in
// a table's kind ([tableKinds]), maybe with its source after it ("...
// RECEIPTS USDA"): the words before the kind are the table's town, kept as
// a place when the tables know it, and nothing otherwise (an exchange's
// letters, a good, a column); the source is kept alone, as an
// organization. A span with a minor word ("BANK FOR INTERNATIONAL
// SETTLEMENTS") or a word not in capitals is left as it was.
func (r *Resolver) tableHeading(ws []word, typ Type) ([]word, Type, bool) {
	n := len(ws)
	if n < 2 {
		return ws, typ, true
	}
	k := n - 1
	if headingSources.Has(ws[k].text) {
		k--
	}
	if !tableKinds.Has(ws[k].text) {
		return ws, typ, true
	}
	for _, w := range ws {
		if !capsWord(w.text) || names.MinorWords.Has(w.text) {
			return ws, typ, true
		}
	}
	if k < n-1 {
		return ws[n-1:], Org, true
	}
	if k > 0 && r.knownPlaceName(joinWords(ws[:k])) {
		return ws[:k], Location, true
	}
	return nil, typ, false
}

// priceMetals are the metals whose prices a firm posts under its name:
// "QUARBIN SILVER PRICES".
var priceMetals = names.Set{"gold": true, "silver": true, "platinum": true, "palladium": true}

// priceKindCut cuts from a span's end the kind of a price that follows it,
// "price" or "prices" in any case: a base price ("Tervane Base price
// 57,410") or, in a heading in capitals, a metal ("QUARBIN SILVER
// PRICES"). "Tervane Gold prices" in running text is left: it may be a
// miner's name.
func priceKindCut(text string, ws []word) []word {
	n := len(ws)
	if n < 2 {
		return ws
	}
	last := ws[n-1].text
	if !strings.EqualFold(last, "base") && !(priceMetals.Has(last) && capsWord(last)) {
		return ws
	}
	if next, _ := nextWord(text, ws[n-1].end); !strings.EqualFold(next, "price") && !strings.EqualFold(next, "prices") {
		return ws
	}
	return ws[:n-1]
}
