package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail17k) types as a firm a name of one word taken for a
// person that stands between "a" or "an" and a body's speaker: "a Quarbin
// spokesman said", "an Oskel official said". A speaker is mostly a body's:
// a person's own speaker is written so too ("a Tervane spokesman" for a
// chancellor's), so the article must not write the name as a person's
// anywhere (a title or a given name before it, "said he" or ", who"
// after it: [personCue]).

// speakerNouns are a body's speakers after its name and "a" or "an".
var speakerNouns = names.Set{"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true}

// spokesFirm reports whether a name of one word taken for a person, with
// no canonical name, country, agency or forced type, follows "a" or "an"
// and is followed by a word of [speakerNouns] ("a Quarbin spokesman
// said"), and the article never writes it as a person's ([personCue]).
func spokesFirm(text string, m *mention) bool {
	if m.typ != Person || len(m.words) != 1 || m.canon != "" || m.forced != "" || m.country >= 0 || m.agency >= 0 {
		return false
	}
	rest := text[m.End:]
	if len(rest) < 2 || !asciiSpace(rest[0]) || !strings.HasPrefix(rest[1:], "spokes") && !strings.HasPrefix(rest[1:], "official") {
		return false // the usual case, decided at once (a space or a line's end before the noun)
	}
	if w, _ := nextWord(text, m.End); !speakerNouns[strings.TrimRight(w, ".,;:")] {
		return false
	}
	switch p, _ := prevWordFast(text, m.Start); p {
	case "a", "an", "A", "An":
	default:
		return false
	}
	return !personCue(text, m)
}
