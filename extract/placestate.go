package extract

// placeByState reports whether the name at text[start:end], whose words
// begin or end an organization's longer name in its article (only those
// are asked, by [Resolver.markPlaced]), is written there as a town: a
// comma and an American state's or a Canadian province's abbreviation
// with its period, or a state's full name, follow it ("the output of the
// Quarnby, Calif. plant" beside "Quarnby Biomass Power Associates";
// tail17r). Every other time the article writes the name, it is so
// written too or a capitalized word of a longer name follows it on its
// line: "Quarnby said" elsewhere may be the firm's short name, and the
// group is left. The comma is asked first; the walk over the article's
// other writings of the name runs only after a state.
func placeByState(text string, start, end int) bool {
	if start < 0 || end <= start || end >= len(text) || text[end] != ',' || !stateAbbrevAt(text, end+1) && !stateNameAt(text, end+1) {
		return false
	}
	for s, e := range wholeWords(text, text[start:end]) {
		if s == start {
			continue
		}
		if e < len(text) && text[e] == ',' && (stateAbbrevAt(text, e+1) || stateNameAt(text, e+1)) {
			continue
		}
		if w, _ := nextWord(text, e); lineGap(text, e) && upperWord(w) {
			continue // a longer name's word: "Quarnby Biomass"
		}
		return false
	}
	return true
}
