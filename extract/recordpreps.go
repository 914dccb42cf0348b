package extract

import "github.com/nergraph/nergraph/internal/names"

// This file holds tail14n's cue of a record by its kind written bare after
// a preposition: "at the same time as single Zorbit Nights!", "best song
// for hit Lemmo". [workCue] reads "single" and "hit" only after an
// article, a possessive or a name, and [kindWorkBefore] refuses "as" and
// "for" before a kind ("as single parents" is no noun phrase); a name
// there, ending its phrase, is the record's.

// recordBareKinds are the kinds of record written bare before its name.
var recordBareKinds = names.Set{"single": true, "hit": true}

// recordPreps stand before a bare kind of record: "as single", "for hit".
// "To" is left out: "to hit Tervane" is a verb's.
var recordPreps = names.Set{"as": true, "for": true, "with": true, "from": true}

// recordAfterPrep reports whether a name follows a bare kind of record
// ([recordBareKinds]) after a preposition ([recordPreps]), and opens with
// no given name the gazetteer knows ("a duet with hit Ann Vell"). The
// caller ([songCue]) asks that the name end its phrase and be no name of
// [thingName]'s kinds.
func recordAfterPrep(text string, m *mention) bool {
	k, ks := prevWordFast(text, m.Start)
	if !recordBareKinds[k] {
		return false // the cheap first question
	}
	if p, _ := prevWordFast(text, ks); !recordPreps[p] {
		return false
	}
	g := placeGaz()
	return g != nil && !g.FirstName(m.words[0])
}
