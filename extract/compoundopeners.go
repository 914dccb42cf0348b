package extract

import (
	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail15n) cuts a closed compound of a role, written as one
// word, from the surname after it at a sentence's start: "Pointscorer
// Okafor was booked", "Racewinner Vell thanked his team". The compound is
// no word of the case table, so [Resolver.lowerOpener] does not know it
// for a common word; its two halves are, the second an agent noun in
// "-er" ("points" and "scorer"), and a surname so made of two words kept
// in lower case is rare before another surname.

// compoundOpenerMin is the shortest compound taken: a head of three
// letters and an agent noun of five ("Cupwinner" is nine).
const compoundOpenerMin = 8

// lowerOrCompoundOpener reports whether the first of ws is cut from the
// name after it: a word kept in lower case ([Resolver.lowerOpener]) or a
// compound of a role ([compoundOpener]).
func (r *Resolver) lowerOrCompoundOpener(text string, ws []word, typ Type) bool {
	return r.lowerOpener(text, ws, typ) || compoundOpener(text, ws, typ)
}

// compoundOpener reports whether ws are a person's two words whose first,
// at a sentence's start, is a compound of two words the case table finds
// mostly in lower case, the second ending in "-er" ([roleCompound]), and
// the article writes the surname beside another capitalized word too (the
// person's full name: "Tim Okafor") and the compound capitalized nowhere
// but at a sentence's start. The surname need not stand alone elsewhere
// (as [Resolver.lowerOpener] asks): the compound's shape is the proof.
func compoundOpener(text string, ws []word, typ Type) bool {
	if typ != Person || len(ws) != 2 {
		return false
	}
	w := ws[0].text
	if len(w) < compoundOpenerMin || w[len(w)-2:] != "er" || !names.IsCapitalized(w) || !upperWord(ws[1].text) {
		return false // the usual case, decided at once
	}
	if !sentenceOpen(text, ws[0].start) || !roleCompound(w) {
		return false
	}
	if g := placeGaz(); g != nil && g.FirstName(w) {
		return false
	}
	rest := names.StripPossessive(ws[1].text)
	if ner.CommonWord(rest) || !writtenBeside(text, rest, w) {
		return false
	}
	return !capitalizedElsewhere(text, w, ws[0].start)
}

// roleCompound reports whether w, a capital and lower-case ASCII letters,
// splits into a head of three letters or more and a tail of five or more
// ending in "-er", each a word the case table finds mostly in lower case
// ([ner.MostlyLower]): "Goalscorer" of "goal" and "scorer".
func roleCompound(w string) bool {
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	for i := 3; i+5 <= len(w); i++ {
		if ner.MostlyLower(w[i:]) && ner.MostlyLower(w[:i]) {
			return true
		}
	}
	return false
}
