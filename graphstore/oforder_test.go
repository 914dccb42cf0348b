package graphstore

import (
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestOfOrder checks that a body's name written with its head before "of"
// goes to the same name written with its head last in more articles
// ("Dalmor Court of Tavin", "Dalmor Tavin Court"), a name of generic words
// only when their articles name a country in common; and that a
// university's names, generic names of articles with no country in
// common, names one article gives both, a name given a legal form and a
// headline's slash stay apart.
func TestOfOrder(t *testing.T) {
	for _, tt := range ofOrderCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// ofOrderCases are TestOfOrder's corpora, in orgPair's form.
func ofOrderCases() []nodeCase {
	pair, org, apart, inCountries := orgPair, orgNamed, apartCase, orgPairIn
	both := func(c nodeCase) nodeCase {
		c.docs[len(c.docs)-1].Entities = append(c.docs[len(c.docs)-1].Entities, c.docs[0].Entities[0])
		return c
	}
	return withFiller(firmsAlone(40), []nodeCase{
		pair("a court's head before its town", org("org:dalmor-tavin-court", "Dalmor Tavin Court"), org("org:dalmor-court-of-tavin", "Dalmor Court of Tavin")),
		pair("a bank's whole name before its town", org("org:ostrel-reserve-bank-of-vardel", "Ostrel Reserve Bank of Vardel"), org("org:vardel-ostrel-reserve-bank", "Vardel Ostrel Reserve Bank")),
		pair("a ministry of a proper word", org("org:ministry-of-ostrel-affairs", "Ministry of Ostrel Affairs"), org("org:ostrel-affairs-ministry", "Ostrel Affairs Ministry")),
		inCountries("generic words, articles of one country", org("org:ministry-of-foreign-trade", "Ministry of Foreign Trade"), org("org:foreign-trade-ministry", "Foreign Trade Ministry"), "IS", "IS"),
		apart(pair("generic words, no country named", org("org:association-of-banks", "Association of Banks"), org("org:banks-association", "Banks Association"))),
		apart(inCountries("articles of two countries", org("org:ministry-of-ostrel-affairs", "Ministry of Ostrel Affairs"), org("org:ostrel-affairs-ministry", "Ostrel Affairs Ministry"), "IS", "NO")),
		apart(pair("a university", org("org:university-of-vardel", "University of Vardel"), org("org:vardel-university", "Vardel University"))),
		apart(both(pair("one article gives both", org("org:ostrel-bank-of-vardel", "Ostrel Bank of Vardel"), org("org:ostrel-vardel-bank", "Ostrel Vardel Bank")))),
		apart(pair("a name with a legal form", org("org:bank-of-vardel", "Bank of Vardel"), org("org:vardel-bank", "Vardel Bank Corp"))),
		apart(pair("a headline's slash", org("org:bank-of-vardel", "Bank of Vardel"), org("org:vardel-bank", "Vardel/Bank"))),
		apart(pair("another word", org("org:dalmor-court-of-tavin", "Dalmor Court of Tavin"), org("org:dalmor-tavin-council", "Dalmor Tavin Council"))),
		apart(pair("a person's name too", org("org:ministry-of-ostrel-affairs", "Ministry of Ostrel Affairs"), at("person:ostrel-affairs-ministry", "Ostrel Affairs Ministry", extract.Person, false, 0))),
	})
}
