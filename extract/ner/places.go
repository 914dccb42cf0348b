package ner

// placeCats are the gazetteer's categories of places: seen as LOC in the
// training data, countries, the hand-written places, and the compiled
// cities, regions and former countries.
const placeCats = 1<<gazLOC | 1<<gazCountry | 1<<gazPlace | 1<<gazCountryX | 1<<gazCity | 1<<gazRegion

// PlaceName reports whether the model's gazetteer holds words, ignoring
// case, as a place: a country, a city or region of the compiled lists, or
// a name seen as a location in the training data. The resolver asks it of
// a one-word name the recognizer typed as a place with nothing around it
// that says so ("Kronenbourg", "Hexal"): towns the lists know are kept.
func (m *Model) PlaceName(words []string) bool {
	return m.gazBits(words)&placeCats != 0
}

// gazBits returns the gazetteer's categories of the name made of words,
// ignoring case, or 0 when the gazetteer does not hold it.
func (m *Model) gazBits(words []string) uint32 {
	if m == nil || m.res.gaz == nil || len(words) == 0 || len(words) > gazMaxLen {
		return 0
	}
	h := uint64(fnvOffset)
	var bits uint32
	for _, w := range words {
		h = mix(h, hashLower(w))
		b, ok := m.res.gaz.lookup(h)
		if !ok {
			return 0
		}
		bits = b
	}
	return bits
}

// FirstName reports whether the model's gazetteer holds a word, ignoring
// case, as a person's first name: "Jim" of "Jim and Margaret Cuthbert" is
// no firm's founder.
func (m *Model) FirstName(word string) bool {
	if m == nil || m.res.gaz == nil {
		return false
	}
	b, ok := m.res.gaz.lookup(mix(fnvOffset, hashLower(word)))
	return ok && b&(1<<gazFirst|1<<gazFirstX) != 0
}

// Surname reports whether the model's gazetteer holds a word, ignoring
// case, as a person's name of one word (a surname of the compiled list or
// of lastnames.txt): "Lane" of "Ann Lane" may be hers, "Stadium" of
// "Quarbin Stadium" is no one's.
func (m *Model) Surname(word string) bool {
	if m == nil || m.res.gaz == nil {
		return false
	}
	b, ok := m.res.gaz.lookup(mix(fnvOffset, hashLower(word)))
	return ok && b&(1<<gazPerson|1<<gazLast) != 0
}

// TownOrRegion reports whether the model's gazetteer holds words, ignoring
// case, as a city or a region of its compiled lists: the places it holds
// by name alone, not those seen as locations in the training data, where
// a body of states ("Commonwealth of ...") may be one.
func (m *Model) TownOrRegion(words []string) bool {
	return m.gazBits(words)&(1<<gazCity|1<<gazRegion) != 0
}
