package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds tail13m's head nouns of a thing that a name typed as a
// person or a place opens, asked by [productHead] when none of
// [thingHeads] ends the phrase: "a new Zorbit model", "the Lemmo Vell
// dinghy", "a Tervane Quarn watch". A firm's name before them is its maker's
// ("a new Quarbin model" is any of Quarbin's) and is left: only a name the
// recognizer took for a person or a place, which no maker's name is, is
// the thing's own.

// namedThingHeads are the nouns of a made thing, a boat, a model or a
// prize, that a name of its own opens: "the Zorbit dinghy", "a new Zorbit
// model", "the Tervane Quarn award". "Liner" is left out: the one article
// it took ("the Queen Mary liner") moved a surname's link of another
// article across the corpus (graphstore's context weights), a right node
// made wrong.
var namedThingHeads = names.Set{"model": true, "dinghy": true, "yacht": true, "watch": true, "award": true}

// namedThingHead reports whether a name typed as a person or a place is
// followed right away by a head noun of [namedThingHeads] that ends its
// phrase (a punctuation mark, a capitalized word or a word of
// [headNotModifier] after it, or the text's end): "the Queen Lemmo
// dinghy.", "a new Zorbit model in", "a Tervane Quarn watch Ann said was";
// "the Zorbit model agency" is a body's.
// [productHead] has asked the determiner before it. A name of
// [kindThingName]'s kinds (a place the tables know, a demonym, a country)
// is left, as is a name with a possessive ("Ann Vell's award").
func namedThingHead(text string, m *mention) bool {
	if m.typ != Person && m.typ != Location {
		return false
	}
	w, we := nextWord(text, m.End)
	head := strings.TrimRight(w, ",.;:)!?")
	if !namedThingHeads[head] {
		return false
	}
	if head == w { // a word after the head: it must end the phrase ("the Zorbit model was")
		n, _ := nextWord(text, we)
		if n != "" && !upperWord(n) && !headNotModifier[strings.TrimRight(n, ",.;:")] && n != "and" && n != "in" && n != "of" {
			return false
		}
	}
	return kindThingName(m, m.words)
}
