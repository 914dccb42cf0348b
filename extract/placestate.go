package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// placeByState reports whether the name at text[start:end], whose words
// begin or end an organization's longer name in its article (only those
// are asked, by [Resolver.markPlaced]), is written there as a town: a
// comma and an American state's or a Canadian province's abbreviation
// with its period, or a state's full name, follow it ("the output of the
// Quarnby, Calif. plant" beside "Quarnby Biomass Power Associates";
// tail17r), or a state's abbreviation without its period
// ([bareStateAt]: "Quarnby, Calif, plant", "in Quarnby, Ind, the agency"). Every other time the article writes the name, it is so
// written too or a capitalized word of a longer name follows it on its
// line: "Quarnby said" elsewhere may be the firm's short name, and the
// group is left. The comma is asked first; the walk over the article's
// other writings of the name runs only after a state.
func placeByState(text string, start, end int) bool {
	if start < 0 || end <= start || end >= len(text) || text[end] != ',' || !stateAbbrevAt(text, end+1) && !stateNameAt(text, end+1) && !bareStateAt(text, end+1) {
		return false
	}
	for s, e := range wholeWords(text, text[start:end]) {
		if s == start {
			continue
		}
		if e < len(text) && text[e] == ',' && (stateAbbrevAt(text, e+1) || stateNameAt(text, e+1) || bareStateAt(text, e+1)) {
			continue
		}
		if w, _ := nextWord(text, e); lineGap(text, e) && upperWord(w) {
			continue // a longer name's word: "Quarnby Biomass"
		}
		return false
	}
	return true
}

// bareStateAt reports whether the word at i is an American state's
// abbreviation of three letters or more written without its period
// ("Calif", "Ind", "Mass"), capitalized or in capitals, and ends there or
// before a comma, a semicolon or a lower-case word: "Quarnby, Mass Mutual"
// is a list of firms, not a town and its state. Only [placeByState] asks
// it, after a name that begins a firm's longer name, where "Ind" is the
// state: [stateAbbrevAt] reads a period alone, where any name may stand.
func bareStateAt(text string, i int) bool {
	w, we := nextWord(text, i)
	n := 0
	for n < len(w) && (w[n] >= 'a' && w[n] <= 'z' || w[n] >= 'A' && w[n] <= 'Z') {
		n++
	}
	if n < 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	if _, ok := names.StateAbbrevs[strings.ToLower(w[:n])]; !ok || !capitalThenLower(w[:n]) && strings.ToUpper(w[:n]) != w[:n] {
		return false
	}
	switch w[n:] {
	case ",", ";":
		return true
	case "":
		return upperWordAfter(text, we) != 1
	}
	return false
}
