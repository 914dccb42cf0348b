package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail13d) types as a body a name the recognizer took for a
// person or a place when a body's kind noun and "the" stand right before
// it, the kind noun opened by a modifier with no determiner of its own:
// "rights group the Tervane Lemmo Center said", "building society the
// Quarbin". [kindNounType] reads a kind noun right before the name only;
// here "the" stands between, which a person's name seldom takes, and the
// bare modifier makes the phrase an apposition ("pressure group the X"),
// not a clause that describes the kind ("the group the Vells founded").

// kindTheDeterminers open a noun phrase of their own: a kind noun after
// one heads its own phrase, and "the" after the kind may open a clause
// ("the party the Vells gave").
var kindTheDeterminers = names.Set{"the": true, "a": true, "an": true, "this": true, "that": true,
	"these": true, "those": true, "his": true, "her": true, "its": true, "their": true, "our": true,
	"my": true, "your": true, "which": true, "whose": true, "every": true, "each": true, "any": true,
	"some": true, "no": true, "another": true}

// kindTheName reports whether a name typed as a person or a place stands
// after a body's kind ([bodyKinds], [pressKinds], [bandNouns]) and "the",
// the kind after a lower-case modifier that is no determiner
// ([kindTheDeterminers]), and the name's phrase ends after it
// ([kindAfterOK]) or "said" or "says" follows: a body.
func kindTheName(text string, m *mention) bool {
	if m.Start < 4 || text[m.Start-4:m.Start] != "the " {
		return false // the cheap first question
	}
	if m.typ != Person && m.typ != Location || m.canon != "" || m.forced != "" || m.country >= 0 || m.agency >= 0 ||
		m.Title != "" || len(m.words) == 0 || len(m.words) > 5 {
		return false
	}
	_, ps := prevWordFast(text, m.Start)
	k, ks := prevWordFast(text, ps)
	if !bodyKinds[k] && !pressKinds[k] && !bandNouns[k] {
		return false
	}
	if q, _ := prevWordFast(text, ks); !lowerWord(q) || kindTheDeterminers[q] {
		return false
	}
	if kindAfterOK(text, m.End) {
		return true
	}
	w, _ := nextWord(text, m.End)
	w = strings.TrimRight(w, ",.;:")
	return w == "said" || w == "says"
}
