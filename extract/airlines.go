package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// airRanks are the words after "Air" that make it a rank of an air force,
// a title before a person's name: "Air Marshal Ann Vell", "Air
// Vice-Marshal", "Air Commodore", "Air Chief Marshal".
var airRanks = names.Set{"marshal": true, "vice-marshal": true, "vice": true, "commodore": true, "chief": true}

// airlineName reports whether a name the recognizer took for a person or
// a place is an airline's (tail12w): "Air" and one to three capitalized
// words ("Air Quarbin", "Air New Tervane"), as carriers name themselves
// after their country or town. A rank ([airRanks]) is a title; a
// capitalized word before "Air" opens a longer name ("Tervane Air Lines
// Boeing"), and the name is left.
func airlineName(text string, m *mention) bool {
	if m.typ != Person && m.typ != Location || len(m.words) < 2 || len(m.words) > 4 || m.words[0] != "air" ||
		m.canon != "" || m.Title != "" || airRanks[m.words[1]] {
		return false
	}
	for i, w := range strings.Fields(m.Name) {
		if i > 0 && !upperWord(w) {
			return false
		}
	}
	p, _ := prevWordFast(text, m.Start)
	return p == "" || !upperWord(p) || strings.HasSuffix(p, ".") || p == "The"
}
