package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail13r) types as firms the brokers named by two partners'
// surnames that the recognizer took for people, where the words before
// them say it: a staff noun and one of their staff named in full before
// "of", "at" or "with" ("analyst Ann Lemmo of Tervane Quarbin"), or "a"
// before them and a staff noun after ("a Tervane Quarbin analyst").
// [staffAfterFirm] reads the staff's name after the firm. Partners'
// surnames are often given names too ("Tervane" aside): the staff noun,
// not the name's words, is the evidence.

// staffOfFirm reports whether a name of two words or more that the
// recognizer took for a person is a firm by its staff: a word of
// [staffNouns], a given name and a surname, and "of", "at" or "with"
// right before it, or "a" or "an" before it and a word of [staffNouns]
// after it. A person is no one's employer in these words; without the
// staff noun two people may meet ("a talk by Jo Pike with Ann Lemmo").
func staffOfFirm(text string, m *mention) bool {
	if m.typ != Person || len(m.words) < 2 || m.Title != "" || m.headline {
		return false
	}
	p, ps := prevWord(text, m.Start)
	switch p {
	case "of", "at", "with":
		s, ss := prevWord(text, ps)
		g, gs := prevWord(text, ss)
		n, _ := prevWord(text, gs)
		return fullNameWords(g, s) && staffNouns[strings.ToLower(n)]
	case "a", "an", "A", "An":
		w, _ := nextWord(text, m.End)
		return staffNouns[strings.ToLower(strings.TrimRight(w, ",.;:"))]
	}
	return false
}

// fullNameWords reports whether g and s, two words in a row, are a given
// name and a surname: both capitalized, not in capitals, no punctuation,
// g a first name of the gazetteer.
func fullNameWords(g, s string) bool {
	for _, w := range [2]string{g, s} {
		if !upperWord(w) || !names.IsCapitalized(w) || allCaps(w) || strings.ContainsAny(w, ",.;:()\"") {
			return false
		}
	}
	return placeGaz().FirstName(g)
}
