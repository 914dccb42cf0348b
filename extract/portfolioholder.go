package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14p) drops a portfolio's words the recognizer typed as a
// body where they stand before an office and its holder's name: "Defence
// Secretary Ann Vell", "Home Affairs spokesman Tom Okafor". The words say
// which brief the holder has, not which body speaks.

// briefWords are the words of a government's briefs, as a minister's,
// a secretary's or a spokesman's title names them: "Defence Secretary",
// "Home Affairs spokesman", "Finance Minister". [names.PortfolioWords]
// holds more (a body's side: "White House", "Federal Reserve", a party's
// "Labour"), which name a body that speaks; those are not here.
var briefWords = names.Set{"finance": true, "foreign": true, "trade": true, "industry": true, "energy": true,
	"agriculture": true, "commerce": true, "home": true, "health": true, "education": true, "defence": true,
	"defense": true, "interior": true, "justice": true, "transport": true, "transportation": true,
	"environment": true, "economy": true, "culture": true, "housing": true, "employment": true,
	"fisheries": true, "tourism": true, "affairs": true, "welfare": true, "immigration": true,
	"pensions": true, "constitutional": true, "rural": true}

// holderOffices are the offices, as written, that a portfolio stands
// before with the holder's name after them.
var holderOffices = names.Set{"Secretary": true, "secretary": true, "Minister": true, "minister": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true}

// portfolioBeforeHolder reports whether m, not a person's nor a
// country's, is one to three capitalized words of [briefWords] (maybe
// joined by "and") right before an office of
// [holderOffices] and a capitalized word, the holder's name ("Defence
// Secretary Ann Vell"). portfolioBeforeOffice (tail11o) takes two words
// or more before a ministry; this one takes one word too, since the
// holder's name after the office says a job is meant. A body the tables
// know ("Treasury Secretary", [names.GenericBody]), a known name, an
// alias rule's and an acronym keep it; a party's name ("Labour
// spokesman") is typed by the tables before this is asked.
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
		if !briefWords[w] {
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
