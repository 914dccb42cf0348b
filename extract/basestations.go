package extract

// This file holds two names whose first word gives the kind of thing they
// name, when the recognizer took them for a person's: "RAF Tervane" is an
// air base (a place), "Radio Quarbin" a station (an organization).

// airBase reports whether a name the recognizer took for a person is an
// air base's: "RAF" and one capitalized word.
func airBase(m *mention) bool {
	return m.typ == Person && m.canon == "" && len(m.words) == 2 && m.words[0] == "raf"
}

// radioStation reports whether a name the recognizer took for a person is
// a radio station's: "Radio" and one or two capitalized words.
func radioStation(m *mention) bool {
	return m.typ == Person && m.canon == "" && (len(m.words) == 2 || len(m.words) == 3) && m.words[0] == "radio"
}
