package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// titleInnerWords are the small words a work's title holds in lower case
// that [titleJoins] does not join: "Lost in Tervane", "Ann at Quarby",
// "It's a Lemmo Life".
var titleInnerWords = names.Set{"in": true, "at": true, "on": true, "a": true, "to": true, "for": true,
	"with": true, "from": true, "of": true, "the": true, "and": true}

// kindTitleAcross reports whether a mention is the last piece of a work's
// title that a kind of work ([workKinds]) opens, when the title holds a
// small word the recognizer cut it at: "the film Lost in Tervane won",
// "the classic film It's A Lemmo Life is". The title is the run of
// capitalized words and small words ([titleInnerWords]) between the kind
// noun and the mention's end, on one line, beginning with a capitalized
// word and holding one small word at least that [titleJoins] lacks, no
// figure ("the single Band Aid 20 in Tervane": where it sold) and no
// mention of its own ("the show Bethan and Ann Vell in Tervane"). A place, a country or a well-known name ([thingNameWords]: "the
// film Vell at Cannes") is left, and so is a person's name of two words
// or more.
func kindTitleAcross(text string, ms []*mention, k int) bool {
	m := ms[k]
	if m.typ != Org && m.typ != Person && m.typ != Location || m.canon != "" || m.forced != "" || m.agency >= 0 ||
		m.country >= 0 || len(m.words) == 0 || len(m.words) > 3 {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	if lp := strings.ToLower(p); !titleInnerWords[lp] || titleJoins[lp] {
		return false // the usual case, decided at once: no small word right before the name
	}
	if m.typ == Person && len(m.words) >= 2 || !thingNameWords(m, m.words) {
		return false
	}
	first := ""
	for i, n := ps, 0; n < 6; n++ {
		w, ws := prevWordFast(text, i)
		if w == "" || strings.ContainsAny(text[ws+len(w):i], "\n\r") {
			return false
		}
		switch {
		case workKinds[w]:
			return first != "" && upperWord(first) && !nameInside(ms, k, i)
		case titleInnerWords[strings.ToLower(w)] && !upperWord(w):
		case upperWord(w) && asciiLetters(strings.ReplaceAll(w, "'", "")):
		default:
			return false
		}
		first, i = w, ws
	}
	return false
}

// nameInside reports whether a mention of ms other than ms[k], no thing
// (MISC: a piece of the title), begins between byte start and ms[k]: a name of its own inside the run of a
// title ([kindTitleAcross]), "the show Bethan and Ann Vell in Tervane",
// makes the run no one title. A mention that opens the run is the
// title's first word ("the show Lemmo to Tervane").
func nameInside(ms []*mention, k, start int) bool {
	for j, o := range ms {
		if j != k && o.Start >= start && o.Start < ms[k].Start && o.typ != Misc && o.Start > start {
			return true
		}
	}
	return false
}
