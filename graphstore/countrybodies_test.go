package graphstore

import (
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestCountryBodies checks that an organization's name written alone in
// articles that each name a country, or a body of it, goes to the same
// name written with the country before it, and a committee's name to the
// same name with a chamber of Congress before it; and that the name stays
// apart when one of its articles names no such country, when two bodies
// bear it with a chamber before, when the rest is one word or opens with
// a minor word, and for people.
func TestCountryBodies(t *testing.T) {
	for _, tt := range countryBodyCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// countryBodyCases are TestCountryBodies' corpora: the name alone in the
// articles "alone0" and "alone1", each with what it names beside (a
// country, a body of a country, a place), and the name with the country
// before it in "prefixed" (and, given, a second such name in "second"),
// which goes to the name alone, in more articles.
func countryBodyCases() []nodeCase {
	filler := firmsAlone(40)
	org := func(id, name string) extract.Entity { return at(id, name, extract.Org, false, 0) }
	us := at("country:US", "U.S.", extract.Country, false, 1)
	usBody := at("org:navy@US", "Navy", extract.Org, false, 1)
	town := at("location:dalmor", "Dalmor", extract.Location, false, 1)
	is := at("country:IS", "Iceland", extract.Country, false, 1)
	pair := func(name string, alone, prefixed extract.Entity, beside0, beside1 extract.Entity, second ...extract.Entity) nodeCase {
		docs := []*extract.Doc{
			doc("alone0", alone, beside0, at("person:ena-varga", "Ena Varga", extract.Person, false, 2)),
			doc("alone1", alone, beside1),
			doc("prefixed", prefixed, at("org:ostrel", "Ostrel Tavin Group", extract.Org, false, 1)),
		}
		for _, e := range second {
			docs = append(docs, doc("second", e))
		}
		return nodeCase{name, docs, "prefixed", prefixed.ID, alone.ID}
	}
	apart := func(c nodeCase) nodeCase { c.want = c.id; return c }
	return withFiller(filler, []nodeCase{
		pair("the country in every article", org("org:vardel-rescue-corps", "Vardel Rescue Corps"),
			org("org:us-vardel-rescue-corps", "U.S. Vardel Rescue Corps"), us, us),
		pair("a body of the country in one", org("org:vardel-rescue-corps", "Vardel Rescue Corps"),
			org("org:us-vardel-rescue-corps", "U.S. Vardel Rescue Corps"), us, usBody),
		pair("another country's name", org("org:ostra-fisheries-board", "Ostra Fisheries Board"),
			org("org:iceland-ostra-fisheries-board", "Iceland Ostra Fisheries Board"), is, is),
		pair("a chamber before a committee", org("org:ostra-and-commerce-committee", "Ostra and Commerce Committee"),
			org("org:house-ostra-and-commerce-committee", "House Ostra and Commerce Committee"), us, usBody),
		apart(pair("an article without the country", org("org:vardel-rescue-corps", "Vardel Rescue Corps"),
			org("org:us-vardel-rescue-corps", "U.S. Vardel Rescue Corps"), us, town)),
		apart(pair("the other country", org("org:ostra-fisheries-board", "Ostra Fisheries Board"),
			org("org:iceland-ostra-fisheries-board", "Iceland Ostra Fisheries Board"), us, is)),
		apart(pair("two chambers", org("org:ostra-committee", "Ostra Committee"),
			org("org:house-ostra-committee", "House Ostra Committee"), us, us,
			org("org:senate-ostra-committee", "Senate Ostra Committee"))),
		apart(pair("a chamber before no committee", org("org:ostra-board", "Ostra Board"),
			org("org:house-ostra-board", "House Ostra Board"), us, us)),
		apart(pair("one word after the country", org("org:vardels", "Vardels Inc"),
			org("org:us-vardels", "U.S. Vardels Inc"), us, us)),
		apart(pair("a minor word after the country", org("org:and-ostra-council", "and Ostra Council"),
			org("org:us-and-ostra-council", "U.S. and Ostra Council"), us, us)),
		apart(pair("people", at("person:ena-tel-ostra", "Ena Tel Ostra", extract.Person, false, 0),
			at("person:us-ena-tel-ostra", "U.S. Ena Tel Ostra", extract.Person, false, 0), us, us)),
	})
}
