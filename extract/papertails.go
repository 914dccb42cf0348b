package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12x) reads the last word of a name that makes it a
// report's or a security's rather than a body's: "the Quarbin Grain
// Situation and Outlook", "its Weekly Tervane Summary", "the Zorbit
// Market Update" are reports, bulletins or broadcasts; "the Lemmo
// Investment Notes", "Convertible Preferred Stock", "American Depositary
// Receipts", "the Quarbin Cotton Certificate" and "Treasury Loan" (a
// British government bond) are securities; "the Zorbit Therapy", "a
// Quarbin Antigen Test" and "the Lemmo Stock Average" a treatment, a
// test and an index. Each is MISC, no entity.

// reportTails end the names of reports, bulletins and broadcasts.
var reportTails = names.Set{"outlook": true, "summary": true, "update": true}

// securityTails end the names of securities and instruments. "Securities"
// and "Bond" are left out: "Quarbin Securities" is a broker, "Ann Bond" a
// person.
var securityTails = names.Set{"notes": true, "stock": true, "receipt": true, "receipts": true,
	"certificate": true, "certificates": true}

// methodTails end the names of treatments, tests and vaccines, and
// "Average" a stock index's: "the Zorbit Therapy", "a Quarbin Antigen
// Test", "the Lemmo Stock Average".
var methodTails = names.Set{"therapy": true, "test": true, "vaccine": true, "vaccines": true, "average": true}

// giltLoans stand before "Loan" in a British government bond's name:
// "Treasury Loan", "Exchequer Loan". "Savings and Loan" and "Home Loan"
// name banks.
var giltLoans = names.Set{"treasury": true, "exchequer": true}

// paperTail reports whether a name of two words or more, not typed a
// person's, ends in a report's word ([reportTails]), a security's
// ([securityTails]), a treatment's, a test's or an index's ([methodTails])
// or "Loan" after [giltLoans]. A country's, an agency's
// and a canon's name are left alone, and so is "Stock" before "exchange":
// a stock exchange's name cut before its last word.
func paperTail(text string, m *mention) bool {
	n := len(m.words)
	if n < 2 {
		return false
	}
	last := m.words[n-1]
	if !reportTails[last] && !securityTails[last] && !methodTails[last] && !(last == "loan" && giltLoans[m.words[n-2]]) {
		return false // the cheap first question
	}
	if last == "stock" {
		if w, _ := nextWord(text, m.End); strings.HasPrefix(strings.ToLower(w), "exchange") {
			return false // "the Quarbin Stock exchange" cut before its last word
		}
	}
	return m.typ != Person && m.typ != Country && m.canon == "" && m.country < 0 && m.agency < 0
}
