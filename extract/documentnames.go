package extract

import "github.com/nergraph/nergraph/internal/names"

// documentName reports whether a name is a treaty's or a constitution's,
// a document, no body: "Treaty of" and a place ("the Treaty of Tervane"),
// or "Constitution" after a country, a demonym or the European Union
// ("the EU Constitution", "the Freedonian Constitution"). A paper named
// after its city ("the Tervane Constitution reported") keeps its type: a
// city is neither a country nor a demonym.
func documentName(m *mention) bool {
	n := len(m.words)
	if n < 2 || m.canon != "" || m.agency >= 0 {
		return false
	}
	if m.words[0] == "treaty" && m.words[1] == "of" {
		return n >= 3
	}
	if m.words[n-1] != "constitution" {
		return false
	}
	t := names.Tables()
	for _, w := range m.words[:n-1] {
		if w != "eu" && w != "european" && !t.IsDemonym(w) && t.Country(w, w) < 0 {
			return false
		}
	}
	return true
}
