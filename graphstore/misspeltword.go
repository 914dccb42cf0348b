package graphstore

import "strings"

// A wire story now and then misspells a common word of a firm's or a
// body's name in a story of its own: "Vardel Interntional Inc", "Office of
// Transporation". linkMisspelt asks such a story for rare context shared
// with the right name's, which a story that names the firm once does not
// give (tail15q's and tail16i's "left": Viacom Interntional, Zenith
// Laboratoreis, Department of Transporation, Browning-Ferris Industires).
// A reader needs no context there: the word is one no other name of the
// corpus writes, one letter from a word several names write.

// commonWordNames is how many organizations' names must write a word for
// a one-letter slip of it, in no other name, to be read as a typo.
const commonWordNames = 3

// commonWordTypo returns the pair of a and y, of one of linkMisspelt's
// buckets (the same other words, their words one letter apart), when the
// name is of two words or more, the two words are not a plural "s" apart,
// and one word is written by its own name alone while the other is
// written by commonWordNames names at least: the name of the lone word
// goes into the other's, when it is in no more articles than the other (a
// name of many articles is no slip: "Vardel Presse", a word of another
// language, beside one story's "Vardel Press"). ok is false otherwise.
func (c *corpus) commonWordTypo(a, y misspeltEntry, wordNames map[string]int) (misspeltPair, bool) {
	if a.words < 2 || pluralOnly(a.word, y.word) {
		return misspeltPair{}, false
	}
	if wordNames[a.word] >= commonWordNames {
		a, y = y, a
	}
	from, to := c.fullIDs[a.i], c.fullIDs[y.i]
	if wordNames[y.word] < commonWordNames || !c.ownWord(a, wordNames[a.word]) ||
		len(c.full[from].articles) > len(c.full[to].articles) {
		return misspeltPair{}, false
	}
	return misspeltPair{from, to, 0}, true
}

// ownWord reports whether e's word is written by e's name alone: each of
// the count names that wordNames counted for it is one of the keys of e's
// full name.
func (c *corpus) ownWord(e misspeltEntry, count int) bool {
	n := 0
	for _, k := range c.fulls[e.i].orgKeysOf() {
		for _, w := range strings.Fields(k) {
			if w == e.word {
				n++
			}
		}
	}
	return n >= count
}
