package extract

// This file holds the seat named by two towns joined by "&" or "and":
// "won the Leeds & York seat". [seatName] leaves a name that holds an
// organization's word ([anyOrgWord]), and "&" is one ("Tervane & Co");
// between two towns, before the word for a seat, it joins a
// constituency's two halves, as the "and" of "Eton and Slough" does.

// townPairName reports whether a name is two towns joined by "&" or
// "and": three words, the first and the last each a place the gazetteer
// holds and no given name ("York & Austin" is left, as [townOpened]
// leaves a first-name town). Cost: only for a name of three words whose
// middle one is "&" or "and", two or four gazetteer look-ups.
func townPairName(m *mention) bool {
	if len(m.words) != 3 || m.words[1] != "&" && m.words[1] != "and" {
		return false
	}
	g := placeGaz()
	if g == nil {
		return false
	}
	for _, w := range []string{m.words[0], m.words[2]} {
		if !g.PlaceName([]string{w}) || g.FirstName(w) {
			return false
		}
	}
	return true
}
