package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail10yt) holds the title a person is named for in a
// sentence of awards: "Best actress - Ann Vell for Quarbin at the Lemmo
// theatre", "Tervane Rigby for Zorbit Nights and ...", "awarded to Ann
// Vell's for Lemmox Road". The name after "for" is the work the person's
// prize or nomination is for (MISC, no node), asked by [ownedThings].

// awardWords make a sentence one of awards for [personForTitle].
// "Best" and "won" are left out: "the best goal, by Ann Vell for
// Quarbin" is a sport's.
var awardWords = names.Set{"award": true, "awards": true, "awarded": true, "prize": true, "prizes": true,
	"nominated": true, "nomination": true, "nominations": true, "nominee": true, "nominees": true,
	"oscar": true, "oscars": true, "bafta": true, "baftas": true, "actor": true, "actress": true,
	"screenplay": true}

// awardReach is how many bytes before the "for" [awardSentence] reads.
const awardReach = 400

// personForTitle reports whether ms[i], a name the recognizer typed as an
// organization or a place, follows "for" (and maybe a capitalized "The")
// right after a person's name, perhaps with its "'s", in a sentence of
// awards ([awardWords]), and ends its title there ([titleEnds]): "Ann
// Vell for Quarbin at the". A name of an organization's words, a place
// or a well-known name ([thingName]) is left: "Ann Vell for Quarbin
// Records" is her label's.
func personForTitle(text string, ms []*mention, i int) bool {
	m := ms[i]
	if i == 0 || m.typ != Org && m.typ != Location || !workTyped(m) {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	if p == "The" {
		p, ps = prevWordFast(text, ps)
	}
	if p != "for" {
		return false // the usual case, decided at once
	}
	prev := ms[i-1]
	if prev.typ != Person || prev.removed || prev.End > ps {
		return false
	}
	switch strings.TrimSpace(text[prev.End:ps]) {
	case "", "'s", "’s":
	default:
		return false
	}
	return titleEnds(text, m) && awardSentence(text, prev.Start) && thingName(m, m.words)
}

// awardSentence reports whether a word of awards ([awardWords]) stands
// in the sentence before i, read back at most [awardReach] bytes to a
// full stop or a line's end.
func awardSentence(text string, i int) bool {
	lo := max(0, i-awardReach)
	for j := i; j > lo; {
		w, ws := prevWordFast(text, j)
		if w == "" || ws < lo || strings.ContainsAny(text[ws:j], "\n\r") {
			return false
		}
		if strings.HasSuffix(w, ".") && ws+len(w) < i {
			return false
		}
		if awardWords[strings.ToLower(strings.Trim(w, ",;:()\"'-"))] {
			return true
		}
		j = ws
	}
	return false
}
