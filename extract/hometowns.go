package extract

import (
	"slices"
	"strings"
)

// This file (tail15c) types as a place the one word after a person's full
// name, a comma and "of", closed by a comma: "Lemmo Tervane, of Tervane,
// said". Such a word says where the person lives (the "of" of a vox pop);
// the recognizer takes it for a person or a place no table knows, and when
// it is the person's own surname the group put it under the person.

// homeTowns types as a place, for good and as written so (mention.placed), each one-word mention typed a
// person or a place, that no rule has named, written right after a
// person's name of two words or more, a comma and "of", and closed by a
// comma ([homeTownAfter]).
func homeTowns(text string, ms []*mention) {
	for _, m := range ms {
		if len(m.words) != 1 || m.typ != Person && m.typ != Location || m.ruled() || m.End >= len(text) || text[m.End] != ',' ||
			m.Start < 6 || !strings.EqualFold(text[m.Start-5:m.Start], ", of ") {
			continue // the cheap first question: ", of " before a one-word name, a comma after it
		}
		if slices.ContainsFunc(ms, func(p *mention) bool { return homeTownAfter(text, p, m) }) {
			m.typ, m.typed, m.placed = Location, true, true
		}
	}
}

// homeTownAfter reports whether m follows the person p with only ", of "
// between: "Lemmo Tervane, of Tervane".
func homeTownAfter(text string, p, m *mention) bool {
	return p.End == m.Start-5 && p.typ == Person && len(p.words) >= 2 && p.Sentence == m.Sentence
}

// writtenAsPlace reports whether a mention of g is written as a place
// (mention.placed: [homeTowns], [Resolver.markPlaced]): "Tervane" of
// "Lemmo Tervane, of Tervane," is no short name of the person.
func writtenAsPlace(g *group) bool {
	return slices.ContainsFunc(g.own, func(m *mention) bool { return m.placed })
}
