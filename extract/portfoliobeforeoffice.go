package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// lowerOffices are the office words in lower case that a portfolio stands
// before when the writer names a minister or a ministry by its work: "the
// Heavy Works ministry", "Civil Building minister Tom Quarbin".
var lowerOffices = names.Set{"minister": true, "ministers": true, "ministry": true, "ministries": true,
	"department": true, "departments": true}

// portfolioBeforeOffice (tail11o) reports whether a mention that is not a
// person's nor a country's is the portfolio of a minister or a ministry
// written in lower case after it: two words or more, each a portfolio word
// or a common word written capitalized, maybe joined by "and"
// ([commonPortfolio]), right before "minister", "ministry" or
// "department" in lower case ("the Heavy Works ministry said", "Social
// Welfare minister Ann Vell"). The words name a job or a body's field, not
// a body: a ministry's own name is capitalized and the recognizer takes
// its head ("Heavy Works Ministry"). One word is left ("the Labour
// minister" may be the party's), as are a department the body tables
// know ([names.GenericBody]), a name of the tables, an alias rule's and an
// acronym.
func portfolioBeforeOffice(text string, m *mention) bool {
	if len(m.words) < 2 || m.typ == Person || m.typ == Country || m.End >= len(text) {
		return false
	}
	if w, _ := nextWord(text, m.End); !lowerOffices[strings.TrimRight(w, ".,;:")] {
		return false // the usual case, decided at once
	}
	if m.acronym || m.forced != "" || m.canon != "" || m.agency >= 0 || m.country >= 0 || !commonPortfolio(m) {
		return false
	}
	_, body := names.GenericBody(m.Name)
	return !body && !names.IsKnownName(m.key)
}
