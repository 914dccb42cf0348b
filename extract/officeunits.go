package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail10yz) takes out of the graph the words of a job title
// that the recognizer took for a body: the department an officer heads,
// named between "Director of" and the employer ("Director of Consumer
// Affairs at the Quarbin Council", "head of Tervane Operations for
// Lunmark"), and the portfolio of a "Secretary of State for Economic
// Affairs". Neither is a body of its own: the employer is named after it,
// or the title is the whole name.

// unitOffices head a department and are followed by "of" and its name.
// A firm's president or chairman is left out: "president of Quarbin
// Systems at the time" names the firm.
var unitOffices = names.Set{"director": true, "head": true, "chief": true, "manager": true,
	"superintendent": true, "coordinator": true, "administrator": true}

// departmentNouns end the name of a department, of a firm's or an agency's
// staff: "Consumer Affairs", "International Commodities", "Economic
// Studies", "Commodity Operations Division".
var departmentNouns = names.Set{"affairs": true, "operations": true, "commodities": true, "staff": true,
	"policy": true, "research": true, "sales": true, "marketing": true, "planning": true,
	"relations": true, "programs": true, "programmes": true, "studies": true, "division": true,
	"exhibition": true, "distribution": true, "analysis": true, "communications": true}

// officeUnit reports whether a name typed as a body is the department of
// an officer's title: after an office of [unitOffices] and "of" (maybe
// "Deputy Director of"), ending in a noun of [departmentNouns], every
// word one of them, "and" or a common word ([ner.CommonWord]; "Quarbin
// Research" is a firm) and
// none a company suffix or an institution's head, and followed by "at" or
// "for" and the employer ("Director of Consumer Affairs for the Quarbin
// Council"); or a portfolio "State for ..." after "Secretary of"
// ("Under-Secretary of State for Economic Affairs").
func officeUnit(text string, m *mention) bool {
	if m.typ != Org || m.forced != "" || m.canon != "" || m.country >= 0 || m.agency >= 0 || len(m.words) == 0 {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	if p != "of" {
		return false // the usual case, decided at once
	}
	o, _ := prevWordFast(text, ps)
	o = strings.ToLower(o)
	if len(m.words) >= 3 && m.words[0] == "state" && m.words[1] == "for" {
		return strings.HasSuffix(o, "secretary")
	}
	if !unitOffices[o] || !departmentNouns[m.words[len(m.words)-1]] {
		return false
	}
	for _, w := range m.words {
		if names.CorpSuffixes[w] || names.OrgHeads[w] || w != "and" && !departmentNouns[w] && !ner.CommonWord(w) {
			return false
		}
	}
	if m.End >= len(text) || !asciiSpace(text[m.End]) {
		return false
	}
	w, _ := nextWord(text, m.End)
	return w == "at" || w == "for"
}
