package extract

// bourseName reports whether a name is a stock exchange's: two words or
// more, "Bourse" last ("the Lunmark Bourse", "Tervane Boerse"). The
// recognizer types the town's exchange as the town; an exchange is a body.
func bourseName(m *mention) bool {
	n := len(m.words)
	if n < 2 || m.typ == Org || m.forced != "" {
		return false
	}
	switch m.words[n-1] {
	case "bourse", "boerse", "borse":
		return true
	}
	return false
}

// weatherWords stand near a weather pattern's name in a story of it.
// ("Pacific Gas", "drought in the province" are not enough).
var weatherWords = []string{"weather", "phenomenon", "ocean", "warming"}

// weatherPhenomenon reports whether a name typed as a person or a firm is
// a weather pattern's Spanish name, an article and a noun of four letters
// or more ("El Quarbo", "La Quarba"), with a word of the weather beginning
// within 160 bytes: "a new El Quarbo, a phenomenon of the Pacific". A
// person's name of that article ("El Tervo", a matador's) in a story of no
// weather keeps its type; so do a short name ("El Al", the airline) and a
// place the tables know ("La Tervana", a province, in a story of its
// weather).
func (r *Resolver) weatherPhenomenon(text string, m *mention) bool {
	if len(m.words) != 2 || m.typ != Person && m.typ != Org || m.words[0] != "el" && m.words[0] != "la" || len(m.words[1]) < 4 {
		return false
	}
	return wordNear(text, m.Start, m.End, 160, weatherWords) && !r.knownPlaceName(m.Name)
}
