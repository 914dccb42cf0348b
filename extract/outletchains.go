package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// outletPlurals are the outlets a chain runs, after its name: "converted
// to Quarbin Hut restaurants", "Tervane Shack stores".
var outletPlurals = names.Set{"restaurants": true, "stores": true, "outlets": true, "franchises": true,
	"supermarkets": true, "dealerships": true, "boutiques": true, "drugstores": true}

// outletChain reports whether a name the recognizer took for a place or a
// person stands right before a lower-case plural of [outletPlurals]: the
// chain that runs them, an organization, as [chainFirm] reads "chain". A
// place the tables or the gazetteer know ("two Ontario stores"), a
// country or a region, or a name with a compass word, is left: stores in
// a place.
func outletChain(text string, m *mention) bool {
	if m.typ != Location && m.typ != Person || m.canon != "" || m.country >= 0 || !lineGap(text, m.End) { // tail15h: a line's end too
		return false
	}
	next, _ := nextWord(text, m.End)
	if !outletPlurals[strings.TrimRight(next, ",.;:)")] {
		return false
	}
	t := names.Tables()
	for _, w := range m.words {
		if t.KnownPlace(w) || compassWords[w] || t.Country(w, w) >= 0 {
			return false
		}
	}
	return !t.KnownPlace(m.key) && !names.IsRegion(m.key) && !placeGaz().PlaceName(m.words)
}
