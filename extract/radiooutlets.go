package extract

// radioOutlet reports whether a name the recognizer took for a place is a
// broadcaster's: "Radio" and one or two capitalized words, "told Radio
// Quarbin", "a broadcast on Radio Tervane" (a station, an organization), as
// [radioStation] reads one typed a person. "Radio City" (a hall, a place)
// is left.
func radioOutlet(m *mention) bool {
	n := len(m.words)
	return m.typ == Location && m.canon == "" && (n == 2 || n == 3) && m.words[0] == "radio" && m.words[n-1] != "city"
}
