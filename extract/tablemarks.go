package extract

import "github.com/nergraph/nergraph/internal/names"

// This file holds the marks that end a line of a wire table, which the
// recognizer glues to the words before them as if they were a name's:
// the short form of a market heading's session ("ZORBIT INDICES CLSG"),
// the mark of a figure not available ("Portfolio Trade N/A (-2.8)") and a
// heading's date written with a hyphen before its month ("N.Y. QUARBIN
// GOODS -APR 7"). [Resolver.tableCut] reads them as it reads "CLOSING",
// more strictly: the words before them are kept, as a place, only when
// the tables know them as a country or a city ([Resolver.knownTown]), and
// nothing is left otherwise.

// shortSessions are the sessions of market headings written short:
// "CLSG" for closing. "OPG" is left out: it is an acronym of firms too.
var shortSessions = names.Set{"clsg": true}

// tableMark reports whether w, a word of a span, is a mark of a table's
// line: a session of [shortSessions], "N/A" (any case) or a month of
// [tradeMonths] after a hyphen ("-APR"). A month glued to a name by its
// hyphen is no mark: "Quarbin-SEP" names a firm.
func tableMark(w string) bool {
	switch {
	case len(w) == 3 && w[1] == '/':
		return (w[0] == 'N' || w[0] == 'n') && (w[2] == 'A' || w[2] == 'a')
	case len(w) > 3 && w[0] == '-':
		return tradeMonths.Has(w[1:])
	case len(w) == 4:
		return shortSessions.Has(w)
	}
	return false
}

// knownTown reports whether the tables know name as a country or a city:
// the words before a table's mark are kept only then, since a row's label
// may be a word that some small place is called ("Reserve N/A").
func (r *Resolver) knownTown(name string) bool {
	k := names.Key(name)
	return k != "" && (r.t.Country(name, k) >= 0 || r.t.CityCountry[k] != "")
}
