package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// portfolioOffices are the capitalized titles whose "of" or "for" opens a
// portfolio: "Minister of Planning", "Director of Public Prosecutions",
// "Commissioner for Tervane Affairs".
var portfolioOffices = names.Set{"minister": true, "ministers": true, "secretary": true,
	"secretaries": true, "undersecretary": true, "director": true, "commissioner": true}

// portfolioBodyTails end a body's name, never a portfolio's: "Director of
// Tervane Board" names the board.
var portfolioBodyTails = names.Set{"office": true, "division": true, "administration": true,
	"service": true, "authority": true, "bureau": true, "corporation": true, "company": true}

// portfolioAfterOffice reports whether a mention that is not a person's is
// the portfolio of an office's title, the words of a job rather than a
// body: right after a capitalized title of [portfolioOffices] and "of" or
// "for", without "the" ("the Minister of Heavy Works", "Minister of State
// for Rural Planning", "Executive Director for Finance"), capitalized
// words of [names.PortfolioWords] or common words of the case table
// ([ner.CommonWord]), maybe joined by "and". portfolioOfOffice takes
// such a portfolio of two words joined by "and" anywhere before or after
// a minister's title; this one takes it of one word or more, after the
// title only. A department the body tables know ("Secretary of Defense",
// [names.GenericBody]), a name of the tables or an alias rule's, an
// acronym and a body's last word ([portfolioBodyTails], [bodyTail]) keep
// it; so does a word that is not common ("Director of Quarbin").
func portfolioAfterOffice(text string, m *mention) bool {
	if m.typ == Person || m.typ == Country || m.Start == 0 || len(m.words) == 0 {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	if p != "of" && p != "for" {
		return false // the usual case, decided at once
	}
	o, os := prevWordFast(text, ps)
	if p == "for" && o == "State" { // "Minister of State for"
		if q, qs := prevWordFast(text, os); q == "of" {
			o, _ = prevWordFast(text, qs)
		}
	}
	if !upperWord(o) || !portfolioOffices[strings.ToLower(o)] {
		return false
	}
	if k := strings.ToLower(o); p == "of" && len(m.words) == 1 && (k == "secretary" || k == "undersecretary") {
		return false // "Secretary of Defense" names the department
	}
	if m.acronym || m.forced != "" || m.canon != "" || m.agency >= 0 || m.country >= 0 || !commonPortfolio(m) {
		return false
	}
	_, body := names.GenericBody(m.Name)
	return !body && !names.IsKnownName(m.key)
}

// commonPortfolio reports whether a mention's words read as a portfolio:
// each written capitalized and a word of [names.PortfolioWords] or a
// common word or the plural of a portfolio word ("Industries"), or "and"
// between two; the last no body's ("Heavy Industries" is a portfolio's).
func commonPortfolio(m *mention) bool {
	last := m.words[len(m.words)-1]
	if portfolioBodyTails[last] || bodyTail(last) && last != "industries" {
		return false
	}
	for i, w := range m.words {
		if w == "and" && i > 0 && i < len(m.words)-1 {
			continue
		}
		if !names.PortfolioWords[w] && !ner.CommonWord(w) && !pluralPortfolio(w) {
			return false
		}
	}
	for w := range strings.FieldsSeq(m.Name) {
		if w != "and" && !upperWord(w) {
			return false
		}
	}
	return true
}

// pluralPortfolio reports whether w is the plural of a portfolio word
// ending in "y": "Industries".
func pluralPortfolio(w string) bool {
	stem, ok := strings.CutSuffix(w, "ies")
	return ok && names.PortfolioWords[stem+"y"]
}
