package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// basisWords are the abbreviations of grain basis tables, in capitals: a
// price "UNC" (unchanged), "OVR MAY" or "UND MAY" (over or under the May
// future), "UP", "DN", "MAY PRICE".
var basisWords = names.Set{"UNC": true, "OVR": true, "UND": true, "UP": true, "DN": true, "MAY": true, "PRICE": true}

// basisMarks are the basis words that only a table writes: one of them
// must be in the run, so that a firm's "MAY" of a headline is left.
var basisMarks = names.Set{"UNC": true, "OVR": true, "UND": true}

// basisLead mends a span that a basis table glues across a line break:
// the end of one row's price ("UND MAY UNC") and the next row's delivery
// point ("ELKTON"). The words of the price go; the point is kept, as a
// place, when the tables know it, and nothing of the span otherwise. A
// span without a line break after the price ("UNC Inc", the firm) is
// left as it is.
func (r *Resolver) basisLead(text string, ws []word, typ Type) ([]word, Type, bool) {
	if len(ws) < 2 || !basisWords[ws[0].text] {
		return ws, typ, true
	}
	k, marked := 0, false
	for k < len(ws) && basisWords[ws[k].text] {
		marked = marked || basisMarks[ws[k].text]
		k++
	}
	if !marked || k == len(ws) || !strings.Contains(text[ws[k-1].end:ws[k].start], "\n") {
		return ws, typ, true
	}
	rest := ws[k:]
	if !r.knownPlaceName(joinWords(rest)) {
		return nil, typ, false
	}
	return rest, Location, true
}

// townStocks reports whether a span is a market's town before "Stocks", as
// the headings of share price tables write it ("ELKTON STOCKS CLSG"): the
// town alone is meant. Only a town the tables know counts.
func (r *Resolver) townStocks(ws []word, last []byte) bool {
	return len(ws) > 1 && string(last) == "stocks" && r.knownPlaceName(joinWords(ws[:len(ws)-1]))
}
