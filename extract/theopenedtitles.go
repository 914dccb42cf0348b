package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds tail16b's cue of a work by its title's own capitalized
// "The" inside a sentence: "the festival showed Zorbit Nights, The Lemmo
// Vale and others", "she presents The Quarbin Hour". Inside a sentence a
// writer capitalizes "the" only where it opens a name, and the recognizer
// left it out of the span; a firm's or a body's name that keeps its "The"
// carries an organization's word ("The Tervane Company"), a band's name
// mostly ends in a plural ("The Vells") and a newspaper's is credited by
// "according to" or "told". Asked by [ownedThings]; [theBeforeWork] reads
// the same "The" when a kind of work stands before it.

// theActWords stand before a "The" that opens no work's title: a kind of
// act ("dance act The Quarbin", "rock band The Vell") or a verb a band
// takes ("supported The Vell", "compared to The Lemmo"), a kind of
// periodical ("medical journal The Tervane"), a verb of the press ("told
// The Vell"), and a name's introducer ("a trade group called The Lemmo
// Partners"): the names after them are bands, periodicals and bodies as
// often as titles.
var theActWords = names.Set{"act": true, "acts": true, "band": true, "bands": true, "group": true, "groups": true,
	"duo": true, "trio": true, "outfit": true, "rockers": true, "supported": true, "supporting": true, "compared": true,
	"singer": true, "frontman": true, "journal": true, "newspaper": true, "paper": true, "magazine": true, "weekly": true,
	"daily": true, "tabloid": true, "told": true, "called": true, "named": true}

// theOpenedTitle reports whether a name the recognizer typed as an
// organization (or, tail16g, as a person or a place by [theOpenedOther]'s
// narrower guards) stands right after a capitalized "The" inside a sentence:
// after a lower-case word ("read The Zorbit Tale", "tip The Lemmo") or a
// list's comma ("Vell Road, The Quarbin Way and others"). Such a name is a
// work's title. Left: a name of one word ("The Vell", a band's or a
// periodical's as often); a name with an organization's word, an outlet's
// word or a company's suffix ([thingName], [names.IsOutletName]); one
// whose last word ends in "s" (bands: "The Lemmo Vells"); one with "and"
// (two bands, "The Lemmo and New Vell": "and" is among the organization's
// words [thingName] reads); an acronym; a name after a word of
// a performer, a periodical or an introducer ([theActWords]), or after
// "according to" or "known as"; a name before a bracket (a body's acronym);
// a name a lower-case word follows ([titleEnds]: a modifier, "The Vell
// website", "The Lemmo sketch show", and verbs, a price of the measure);
// a name in a headline; a name a table or an alias rule gave. The cheap
// first question is the four bytes before the name.
func theOpenedTitle(text string, m *mention) bool {
	s := m.Start
	if s < 6 || text[s-1] != ' ' || text[s-4:s-1] != "The" || text[s-5] != ' ' {
		return false // the usual case, decided at once
	}
	if m.typ != Org && !theOpenedOther(text, m) { // tail16g: a person's or a place's type, narrowly
		return false
	}
	if !workTyped(m) || len(m.words) < 2 || m.headline || m.acronym || strings.HasSuffix(last(m.words), "s") ||
		names.IsOutletName(m.key) {
		return false
	}
	q, qs := prevWordFast(text, s-4)
	if strings.HasSuffix(q, ",") {
		q = strings.TrimSuffix(q, ",")
		if q == "" || !upperWord(q) && !lowerWord(q) {
			return false
		}
	} else if !lowerWord(q) {
		return false // "The" opens the sentence, a line or a quotation, or follows a name
	}
	if theActWords[q] {
		return false
	}
	if q == "to" || q == "as" {
		if r, _ := prevWordFast(text, qs); r == "according" || r == "known" || theActWords[r] {
			return false // "according to The Vell", a newspaper; "known as The Lemmo Fund"
		}
	}
	if m.End+1 < len(text) && text[m.End] == ' ' && text[m.End+1] == '(' {
		return false // a body with its acronym: "talks in Quarbe, The Tervane Union (TU) and Vell"
	}
	return titleEnds(text, m) && thingName(m, m.words)
}
