package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14p) drops a portfolio's words the recognizer typed as a
// body where they stand before an office and its holder's name: "Defence
// Secretary Ann Vell", "Home Affairs spokesman Tom Okafor". The words say
// which brief the holder has, not which body speaks.

// holderOffices are the offices, as written, that a portfolio stands
// before with the holder's name after them.
var holderOffices = names.Set{"Secretary": true, "secretary": true, "Minister": true, "minister": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true}

// portfolioBeforeHolder reports whether m, not a person's nor a
// country's, is one to three capitalized words of
// [names.PortfolioWords] (maybe joined by "and") right before an office of
// [holderOffices] and a capitalized word, the holder's name ("Defence
// Secretary Ann Vell"). portfolioBeforeOffice (tail11o) takes two words
// or more before a ministry; this one takes one word too, since the
// holder's name after the office says a job is meant. A body the tables
// know ("Treasury Secretary", [names.GenericBody]), a known name, an
// alias rule's and an acronym keep it; a party's name ("Labour
// spokesman", a portfolio word too) is typed by the tables before this is
// asked.
func portfolioBeforeHolder(text string, m *mention) bool {
	if len(m.words) == 0 || len(m.words) > 3 || m.typ == Person || m.typ == Country || m.End >= len(text) {
		return false
	}
	office, k := nextWord(text, m.End)
	if !holderOffices[office] {
		return false // the usual case, decided at once
	}
	if holder, _ := nextWord(text, k); !upperWord(holder) {
		return false
	}
	if m.acronym || m.forced != "" || m.canon != "" || m.agency >= 0 || m.country >= 0 {
		return false
	}
	for i, w := range m.words {
		if w == "and" && i > 0 && i < len(m.words)-1 {
			continue
		}
		if !names.PortfolioWords[w] {
			return false
		}
	}
	for w := range strings.FieldsSeq(m.Name) {
		if w != "and" && !upperWord(w) {
			return false
		}
	}
	_, body := names.GenericBody(m.Name)
	return !body && !names.IsKnownName(m.key)
}
