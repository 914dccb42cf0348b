package extract

import "github.com/nergraph/nergraph/internal/names"

// This file holds tail14f's reading of a list of examples whose kind a
// short phrase of place or time parts from "such as": "programmes from
// the last two weeks such as Zorbit, Lemmo and Vell Street", "games of the
// past 20 years such as Quarbin". [examplesBefore] asks it when the word
// right before the cue is no kind.

// kindPhrasePreps open the phrase between a kind and its examples.
var kindPhrasePreps = names.Set{"from": true, "of": true, "in": true, "over": true, "on": true}

// timePlurals are the plural nouns of time a phrase after a kind may hold:
// "from the last two weeks". Any other plural is the phrase's own head
// and the examples are its ("albums for jukeboxes such as Quarbin").
var timePlurals = names.Set{"days": true, "weeks": true, "months": true, "years": true, "decades": true}

// kindAcrossPhrase reports whether, walking back from i (where "such as",
// "like" or "including" opens) over at most six lower-case words or
// numbers, a kind of work ([kindPlurals]) is met right before a
// preposition of [kindPhrasePreps] with no plural between but a noun of
// time ([timePlurals]): "programmes from the last two weeks such as".
func kindAcrossPhrase(text string, i int) bool {
	prev := ""
	for n := 0; n < 7; n++ {
		w, ws := prevWordFast(text, i)
		if w == "" || paragraphBreak(text[ws:i]) {
			return false
		}
		if kindPlurals[w] {
			return n >= 2 && kindPhrasePreps[prev]
		}
		if !lowerWord(w) && !allDigits(w) || w[len(w)-1] == 's' && !timePlurals[w] && w != "previous" && w != "this" {
			return false
		}
		prev, i = w, ws
	}
	return false
}
