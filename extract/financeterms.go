package extract

import (
	"strings"
)

// This file keeps the words of the money markets out of the graph: the
// interbank rates ("LIBOR", "three-month PIBOR", "the London Interbank
// Offered Rate"), the floating rate note ("FRN dealers", "the FRN market")
// and the delivery terms of price tables ("fob Ex-Mill"). The recognizer
// takes their capitals for firms' names; they are indexes, kinds of bond
// and terms of trade, none of them an entity.

// financeTerm reports whether a mention is a term of the money markets
// written in capitals: an interbank rate's acronym (a town's letter or
// two and "IBOR": LIBOR, PIBOR, BIBOR, EURIBOR; LIBID, LIMEAN), a name of
// an interbank rate ("London Interbank Offered Rate", "Madrid Interbank
// Rates", "the London Interbank rate"), "FRN" or its plural, or a
// delivery term of a price table ("Ex-Mill", "Ex-Works"). A ticker in
// angle brackets ("France Fund Inc <FRN>") names the firm and is left; so
// are a town's name and a person's that end alike ("Maribor", "Tibor").
func financeTerm(text string, m *mention) bool {
	if m.forced != "" || len(m.words) == 0 {
		return false
	}
	if m.Start > 0 && text[m.Start-1] == '<' {
		return false
	}
	name := strings.TrimSuffix(strings.TrimSuffix(m.Name, "'s"), "s")
	if len(m.words) == 1 && !strings.ContainsAny(name, " -") {
		if rateAcronym(name) {
			// In lower case only "Libor", "Pibor": "Maribor" is a town,
			// "Tibor" a first name.
			return name == strings.ToUpper(name) || len(name) == 5 && (m.typ == Org || m.typ == Misc)
		}
		return name == "FRN" || name == "Frn" && m.typ != Person
	}
	if rateName(text, m) {
		return true
	}
	return deliveryTerm(m.Name)
}

// rateAcronym reports whether w (any case) is an interbank rate's acronym:
// up to four letters of a town or a currency before "IBOR" ("LIBOR",
// "EURIBOR"), or "LIBID", "LIMEAN".
func rateAcronym(w string) bool {
	u := strings.ToUpper(w)
	if u == "LIBID" || u == "LIMEAN" {
		return true
	}
	head, ok := strings.CutSuffix(u, "IBOR")
	if !ok || len(head) == 0 || len(head) > 4 {
		return false
	}
	for i := 0; i < len(head); i++ {
		if head[i] < 'A' || head[i] > 'Z' {
			return false
		}
	}
	return true
}

// rateName reports whether a name of two words or more names an interbank
// rate: "interbank" among its words and "rate" or "rates" last ("Zurich
// Interbank Rates", "London Interbank Offered Rate"), or "interbank" last
// with the rate's words in lower case after it ("the London Interbank
// rate", "London Interbank offered rates").
func rateName(text string, m *mention) bool {
	n := len(m.words)
	if n < 2 {
		return false
	}
	last := m.words[n-1]
	if last == "interbank" {
		w, _ := nextWord(text, m.End)
		return w == "rate" || w == "rates" || w == "offered" || w == "bid"
	}
	if last != "rate" && last != "rates" {
		return false
	}
	for _, w := range m.words[:n-1] {
		if w == "interbank" {
			return true
		}
	}
	return false
}

// deliveryTerm reports whether a word is a delivery term of price tables,
// "Ex-" and the place goods are delivered from: "Ex-Mill", "Ex-Works",
// "Ex-Tank".
func deliveryTerm(w string) bool {
	rest, ok := strings.CutPrefix(w, "Ex-")
	if !ok {
		rest, ok = strings.CutPrefix(w, "EX-")
	}
	return ok && deliveryPoints[strings.ToLower(rest)]
}

// deliveryPoints are the places goods are sold "ex", delivered from.
var deliveryPoints = map[string]bool{"mill": true, "works": true, "tank": true, "warehouse": true, "store": true,
	"factory": true, "plant": true, "quay": true, "wharf": true, "ship": true, "farm": true, "refinery": true}
