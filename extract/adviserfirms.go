package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// adviserPlurals are the plural kinds of a firm that advises or audits
// another, written right before the firm's name: "its auditors Quarbin
// Lemmo", "brokers Tervane Vell said".
var adviserPlurals = names.Set{"auditors": true, "accountants": true, "brokers": true, "bankers": true,
	"consultants": true, "solicitors": true}

// adviserFirm reports whether a name the recognizer took for a person is
// a firm by a plural of advisers right before it ([adviserPlurals]), with
// no title (tail12w): "external auditors Quarbin Lemmo had approved the
// accounts". A plural before one name names a firm; before a list it
// names its people ("brokers Ann Vell and Rob Quarbin", "accountants Ann
// Vell, Rob Quarbin"), and a name with "and", "&" or a comma after it is
// left, and so is a name after a comma ("his brokers, Ann Vell, said").
func adviserFirm(text string, m *mention) bool {
	if m.typ != Person || m.Title != "" || m.canon != "" || len(m.words) > 3 {
		return false
	}
	p, _ := prevWordFast(text, m.Start)
	if !adviserPlurals[p] {
		return false // the cheap first question
	}
	rest := text[m.End:]
	return !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, " and ") && !strings.HasPrefix(rest, " &")
}
