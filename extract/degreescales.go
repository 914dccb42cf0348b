package extract

// degreeScale (tail17q) reports whether a name of one word is a scale of
// temperature named for the one who devised it, by "degree" or "degrees"
// right before it every time the article writes it: "cooled to 40
// degrees Quandt". The deviser himself, named in the same article,
// keeps his name ("Quandt found"). [namedScale] reads "the Quandt scale".
func degreeScale(text string, m *mention) bool {
	if len(m.words) != 1 || !degreeBefore(text, m.Start) {
		return false // the cheap first question: the word before it
	}
	for s := range wholeWords(text, m.Name) {
		if !degreeBefore(text, s) {
			return false
		}
	}
	return true
}

// degreeBefore reports whether "degree" or "degrees" stands right before i.
func degreeBefore(text string, i int) bool {
	p, _ := prevWordFast(text, i)
	return p == "degrees" || p == "degree"
}
