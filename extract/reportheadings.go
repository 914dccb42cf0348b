package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12c) mends the headings of a market's reports, in
// capitals at a line's start, whose town the recognizer glued to the
// report's period or kind: "TERVANE DAILY GRAIN - APRIL 7", "QUARBIN CASH
// GRAIN", "LEMMOVILLE WEEKLY WHOLESALE PRICES", "TERVANE STATISTICS
// /VOLUME". The town is named; the word after it is no part of a name.

// reportKinds follow a market's town in a report's heading: how often the
// report comes, or what it gives.
var reportKinds = names.Set{"daily": true, "weekly": true, "monthly": true, "cash": true, "statistics": true}

// reportHeading cuts a report's kind ([reportKinds]) from the end of a span
// of two words or more in capitals that opens a line, when the heading
// goes on in capitals after it with no verb and the words before the kind
// are a town or region the tables know: they are kept, as a place. A
// country before the kind is left ("NORDLAND DAILY SAYS" may be a paper's
// name, and a country's paper, "the Ruritania Daily", is one), as is a
// span whose heading ends with it or goes on with a verb or in lower case.
func (r *Resolver) reportHeading(text string, ws []word, typ Type) ([]word, Type) {
	if cut, ok := r.datedHeading(text, ws); ok { // tail14e
		return cut, Location
	}
	n := len(ws)
	if n < 2 || !reportKinds.Has(ws[n-1].text) || !lineStart(text, ws[0].start) {
		return ws, typ
	}
	for _, w := range ws {
		if !capsWord(w.text) || names.MinorWords.Has(w.text) {
			return ws, typ
		}
	}
	next, _ := nextWord(text, ws[n-1].end)
	next = strings.TrimLeft(next, "/")
	if next == "" || !capsWord(next) || firmVerbs.Has(next) || subjectVerbs.Has(next) {
		return ws, typ
	}
	name := joinWords(ws[:n-1])
	if k := names.Key(name); r.t.Country(name, k) >= 0 || !r.knownPlaceName(name) {
		return ws, typ
	}
	return ws[:n-1], Location
}
