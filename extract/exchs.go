package extract

import "github.com/nergraph/nergraph/internal/names"

// exchsWords end a market's town in the headings of tables of exchange
// rates, before the session, a time of day or nothing: "ELKTON EXCHS
// CLOSING", "ELKTON EXCHS OPG ONE", "ELKTON EXCHS 1100".
var exchsWords = names.Set{"exchs": true}

// exchsHeading mends a span that ends in [exchsWords]: the town before it
// is kept, as a place, when the tables know it, and nothing otherwise.
func (r *Resolver) exchsHeading(ws []word, typ Type) ([]word, Type, bool) {
	town := ws[:len(ws)-1]
	if len(town) == 0 || !r.knownPlaceName(joinWords(town)) {
		return nil, typ, false
	}
	return town, Location, true
}
