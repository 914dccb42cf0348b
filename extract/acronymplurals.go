package extract

import "github.com/nergraph/nergraph/internal/names"

// cutAcronymPlural (tail12z) cuts the plural of an acronym that ends a
// span of two words or more: "two Tervane DJs", "the Quarbin PCs", "Vell
// OKs deal". The plural of a common noun's acronym (disc jockeys, personal
// computers, a headline's "OKs") names the people or the things of the
// name before it, never the name itself, which the cut leaves: the
// city, the maker, the body. A word in lower case before the plural
// leaves the span as it is: "the Tervane Council for Road Safety as MPs
// vote", where another rule parts the body from the words after it.
func cutAcronymPlural(ws []word) []word {
	if n := len(ws); n >= 2 && isAcronymPlural(ws[n-1].text) && names.IsCapitalized(ws[n-2].text) {
		return ws[:n-1]
	}
	return ws
}

// isAcronymPlural reports whether w is two capital letters or more and a
// lower-case "s": "DJs", "PCs", "EEPROMs".
func isAcronymPlural(w string) bool {
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	for i := range n - 1 {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}
