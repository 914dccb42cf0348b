package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds tail14n's sentence of the arts for [artistWork], and
// the role played opposite an owner it leaves: a
// maker's possessive before a title is read in an article with a word of
// sport too when its own sentence speaks of the arts ("the latest albums
// by two dance acts - Ann Vell's Zorbit and ..."), as a story about a DJ's
// beach parties may name football once.

// artsSentence reports whether the sentence that holds [s, e) holds a word
// of the arts ([artsWords]).
func artsSentence(text string, s, e int) bool {
	from, to := sentenceAround(text, s, e)
	return anyWordIn(strings.ToLower(text[from:to]), artsWords)
}

// oppositeVerbs open the phrase of a role played opposite another's:
// "playing Lemmo to Ann Vell's Zorbit".
var oppositeVerbs = names.Set{"play": true, "plays": true, "played": true, "playing": true}

// roleOpposite reports whether the owner's possessive that starts at i
// follows "to" after a role played ("playing Lemmo to Ann Vell's Zorbit"):
// the name after the possessive is the role the owner played, a person
// of fiction, no work.
func roleOpposite(text string, i int) bool {
	t, ts := prevWordFast(text, i)
	if t != "to" {
		return false
	}
	for n := 0; n < 3; n++ {
		w, ws := prevWordFast(text, ts)
		if oppositeVerbs[w] {
			return true
		}
		if w == "" {
			return false
		}
		ts = ws
	}
	return false
}
