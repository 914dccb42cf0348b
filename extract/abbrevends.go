package extract

import "strings"

// This file (tail10yh) keeps a dotted country abbreviation from ending a
// sentence for sentenceStart: in "the U.S. Treasury said" or "a U.K. Trade
// official" the period is the abbreviation's, and the capitalized word after
// it stands inside its sentence, as the tokenizer reads it too. A firm's
// suffix with a period ("Corp.", "Inc.", "Co.", "Ltd.") still ends one: the
// wire copy writes them without the period inside a sentence.

// abbreviationEnd reports whether w, the word before a capitalized one, is
// a dotted country abbreviation ("U.S.", "U.K.", "(U.S."), whose period ends
// no sentence.
func abbreviationEnd(w string) bool {
	return dottedCountries[strings.TrimLeft(w, `"'(`)]
}

// afterCountryAbbreviation reports whether the word before i is a dotted
// country abbreviation: "U.S. Carmaker Quarbin Motors".
func afterCountryAbbreviation(text string, i int) bool {
	w, _ := prevWord(text, i)
	return abbreviationEnd(w)
}
