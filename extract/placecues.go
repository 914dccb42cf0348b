package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// placeByCue makes a place of a name typed otherwise that only a place
// can be by the words around it or its own: a river after "on the banks
// of the" ([riverBank]), a capital or city after its country's demonym
// ([demonymCapital]), the towers of a world trade centre ([tradeTowers]).
func placeByCue(a *article, m *mention) {
	if m.typ == Location || m.forced != "" || m.canon != "" || m.country >= 0 || m.agency >= 0 {
		return
	}
	if riverBank(a.text, m) || demonymCapital(a.text, m) || tradeTowers(m.words) {
		m.typ, m.typed = Location, true
	}
}

// riverBank reports whether a name follows "on the banks of the" or
// "along the banks of the": "a market on the banks of the Quarbin". The
// banks of a body ("member banks of the Tervane Reserve") have no "on"
// or "along" before them.
func riverBank(text string, m *mention) bool {
	// Word by word from the name back, so that most names stop at the
	// first ("the" is rare before a name typed other than a place).
	i := m.Start
	for _, want := range [...]string{"the", "of", "banks", "the"} {
		w, wi := prevWordFast(text, i)
		if !strings.EqualFold(w, want) {
			return false
		}
		i = wi
	}
	w, _ := prevWordFast(text, i)
	return strings.EqualFold(w, "on") || strings.EqualFold(w, "along")
}

// tradeTowers reports whether a name ends "World Trade Center" (or
// "Centre"): the towers in New York, or a city's building of that name,
// never a body ("the World Trade Center Association" ends otherwise).
func tradeTowers(words []string) bool {
	n := len(words)
	return n >= 3 && words[n-3] == "world" && words[n-2] == "trade" && (words[n-1] == "center" || words[n-1] == "centre")
}

// demonymCapital reports whether a name follows "the", a demonym and
// "capital" or "city": "the Tervanian capital Quarbin", "the Argentine
// capital Buenos Aries" (a misspelling no table knows).
func demonymCapital(text string, m *mention) bool {
	k, ks := prevWordFast(text, m.Start)
	if k != "capital" && k != "city" {
		return false
	}
	d, ds := prevWordFast(text, ks)
	if d == "" || !upperWord(d) || !names.Tables().IsDemonym(names.Key(d)) {
		return false
	}
	the, _ := prevWordFast(text, ds)
	return the == "the" || the == "The"
}
