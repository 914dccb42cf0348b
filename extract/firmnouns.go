package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail10yl) types as firms the names the recognizer took for
// people or places right after a lower-case noun that only a firm is:
// "French sugar group Tervane-Say", "the state-owned bank Quarbinbanki",
// "its subsidiary Lunmark Environmental Services Inc". People stand after
// nouns of trades ("broker Ann Vell", "developer Tom Lunmark"), which are
// left out, and a name that opens with a first name is left too ("its
// finance unit John Velle Credit Co").

// firmOnlyNouns are nouns after which, in lower case, a name is a firm's:
// the nouns of a firm's kind that no person is.
// "Stockbrokers" is left out: "stockbrokers Vell and Tarrant" is cut at
// "and", and its first name would join another firm of that word.
var firmOnlyNouns = names.Set{"group": true, "bank": true, "subsidiary": true, "unit": true}

// firmNounBefore reports whether a name typed as a person or as a place
// that the tables do not know stands right after a word of
// [firmOnlyNouns], with no title, no first name of the model's gazetteer
// as its first word, no initial, and no person's cue in the article
// ([personCue]: "Mr Vell", "Vell said he").
func (r *Resolver) firmNounBefore(text string, m *mention) bool {
	if m.typ != Person && m.typ != Location || m.canon != "" || m.forced != "" || m.Title != "" || m.country >= 0 || m.agency >= 0 || len(m.words) == 0 {
		return false
	}
	p, _ := prevWordFast(text, m.Start)
	if !firmOnlyNouns[p] {
		return false // the usual case, decided at once
	}
	if strings.Contains(m.Name, ".") || m.typ == Location && r.t.KnownPlace(m.key) {
		return false
	}
	if g := placeGaz(); g == nil || g.FirstName(m.words[0]) {
		return false
	}
	return m.typ == Location || !personCue(text, m)
}
