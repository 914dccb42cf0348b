package ner

// MostlyLower reports whether the unlabeled text writes w, in any case,
// nearly always in lower case and more than a few times: "concurrent",
// "domestic", "electronic". A stricter [CommonWord]: a word a firm or a
// club takes for its name ("Continental", "Arsenal") is capitalized often
// enough to fail it. A word the table does not hold is not.
func MostlyLower(w string) bool {
	v := caseCounts(w)
	return v != 0 && v>>4 <= 2 && v&15 >= 2
}
