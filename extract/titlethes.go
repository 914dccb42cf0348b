package extract

// wordBeforeTitle returns the word before byte i and where it begins, as
// [prevWordFast] does, but past a capitalized "The" that opens a title
// inside a sentence, a lower-case word before it: "a remake of The
// Zorbit Tops", "her role in The Lemmo Vale", where the recognizer left
// "The" out of the name. A "The" that opens the sentence or follows a
// name is returned as it is (tail15l).
func wordBeforeTitle(text string, i int) (string, int) {
	p, ps := prevWordFast(text, i)
	if p != "The" {
		return p, ps // the usual case, decided at once
	}
	if q, qs := prevWordFast(text, ps); lowerWord(q) {
		return q, qs
	}
	return p, ps
}
