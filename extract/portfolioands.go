package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// portfolioAndMax bounds the capitalized words read between "and" and
// the office's title: a minister's portfolio has few.
const portfolioAndMax = 3

// portfolioBeforeAnd (tail14c) reports whether a mention that is not a
// person's nor a country's is the first half of a minister's portfolio
// that "and" joins to a second before the title: "Heavy Works and Power
// Minister Ann Vell", "Lands and Estates Secretary Tom Quarbin". The
// recognizer takes the words before "and" for a body and leaves the
// rest to the title; the two halves name one job, no body
// ([portfolioOfOffice] takes the whole when the recognizer spans it).
// The mention and the words after "and" are portfolio words or common
// words written capitalized ([commonPortfolio], [names.PortfolioWords]),
// and a capitalized "Minister" or "Secretary" ([officeWord]) or a
// lower-case "minister" or "ministry" ([lowerOffices]) follows them in
// the paragraph. Left alone: a proper name before "and" ("the Bundesbank and
// Finance Minister Ann Vell" are two), a body the tables know, an
// alias rule's name and an acronym.
func portfolioBeforeAnd(text string, m *mention) bool {
	if m.typ == Person || m.typ == Country || len(m.words) > 3 || m.End >= len(text) {
		return false
	}
	w, we := nextWord(text, m.End)
	if w != "and" {
		return false // the usual case, decided at once
	}
	if m.acronym || m.forced != "" || m.canon != "" || m.agency >= 0 || m.country >= 0 || !commonPortfolio(m) {
		return false
	}
	if !softGap(text[m.End:we-len(w)]) || !portfolioAndTail(text, we) {
		return false
	}
	_, body := names.GenericBody(m.Name)
	return !body && !names.IsKnownName(m.key)
}

// portfolioAndTail reports whether the words from i on are one to
// [portfolioAndMax] capitalized portfolio or common words and then an
// office's title, in one paragraph (Reuters wraps its lines: [softGap]).
func portfolioAndTail(text string, i int) bool {
	for n := 0; n <= portfolioAndMax; n++ {
		w, we := nextWord(text, i)
		if w == "" || !softGap(text[i:we-len(w)]) {
			return false
		}
		if n > 0 && (officeWord(w) || lowerOffices[strings.TrimRight(w, ".,;:")]) {
			return true
		}
		k := names.Key(w)
		if !upperWord(w) || officeWord(w) || k == "" || !names.PortfolioWords[k] && !commonWordOrPlural(k) {
			return false
		}
		i = we
	}
	return false
}

// commonWordOrPlural reports whether the folded word k is a common word
// or the plural of a portfolio word ("industries").
func commonWordOrPlural(k string) bool {
	return pluralPortfolio(k) || ner.CommonWord(k)
}
