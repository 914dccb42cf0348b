package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds tail13m's cue of a work by the verb of making or
// showing it right before its name, in a report of the arts: "he helped
// write Zorbit Nights for the Lemmos", "will direct and co-write Ann
// Quarby", "has also appeared in Tervane.". The name is a work (MISC, no
// node), asked by [ownedThings].

// workMakingVerbs are the verbs whose object is a work: a song, a book, a
// script. "Directed" and "produced" are left out: a manager directs staff
// and a firm produces goods ("directed Ann Vell to").
var workMakingVerbs = names.Set{"wrote": true, "write": true, "co-wrote": true, "co-write": true, "penned": true,
	"sang": true, "sing": true, "re-recorded": true}

// workShowingVerbs open "in" before a work that a player is seen in:
// "appeared in Zorbit", "starred in Lemmo", and so do the nouns of a
// player's part: "his role in Tervane", "stage performances in Quarbin".
var workShowingVerbs = names.Set{"appeared": true, "appears": true, "starred": true, "starring": true,
	"role": true, "roles": true, "performance": true, "performances": true, "cameo": true}

// madeWorkWords are words of a report on music, films or the stage: with them
// the object of "wrote" is a song or a script, not a letter's addressee.
var madeWorkWords = []string{"song", "songs", "album", "single", "singer", "band", "chart", "film", "films", "movie",
	"actor", "actress", "comedy", "drama", "series", "sitcom", "musical", "theatre"}

// madeWork reports whether a name typed as an entity is a work by the verb
// right before it: a verb of making a work ([workMakingVerbs]: "wrote
// Zorbit Nights", "helped write Lemmo for") or a verb of showing one and
// "in" ([workShowingVerbs]: "appeared in Tervane"), in an article of the
// arts ([madeWorkWords]) with no word of sport ([sportWords]). The name must
// end its phrase ([kindAfterOK], or "for" or "with" after it: "wrote
// Zorbit with Ann Vell"), and a quotation's writer is left: a quotation
// mark or a comma before the verb ("...," wrote Ann Vell) names a person,
// as does a title ("wrote Mr Vell"), a possessive after the name
// ("appeared in Ann Vell's film") and a name of [thingName]'s kinds (a
// place: "appeared in Tervane" of a town the tables know); after "in", a
// place the gazetteer knows too ("performances in Quarnville and
// Chicago": a tour's towns).
func madeWork(text string, m *mention) bool {
	p, ps := prevWordFast(text, m.Start)
	if p == "" || !isLowerASCII(p[0]) {
		return false // the cheap first question: a lower-case word before the name
	}
	in := p == "in"
	if in {
		if p, ps = prevWordFast(text, ps); !workShowingVerbs[p] {
			return false
		}
	} else if !workMakingVerbs[p] {
		return false
	}
	if before := strings.TrimRight(text[:ps], " "); strings.HasSuffix(before, ",") || strings.HasSuffix(before, `"`) ||
		strings.HasSuffix(before, "”") || strings.HasSuffix(before, "'") {
		return false // a quotation's writer: "...," wrote Ann Vell
	}
	if !workTyped(m) || m.headline || m.acronym || possessiveAt(text, m.End) || pluralPossessive(text, m) ||
		names.Titles[names.Key(m.words[0])] {
		return false
	}
	if !kindAfterOK(text, m.End) {
		if n, _ := nextWord(text, m.End); n != "for" && n != "with" {
			return false
		}
	}
	if in { // a tour's town: "performances in Quarnville", a place the gazetteer knows
		if g := placeGaz(); g == nil || g.PlaceName(m.words) {
			return false
		}
	}
	return thingName(m, m.words) && anyWordIn(text, madeWorkWords) && !anyWordIn(text, sportWords)
}
