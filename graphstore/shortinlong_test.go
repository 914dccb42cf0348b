package graphstore

import (
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestShortsInLong checks that a firm's short form of two words or more,
// written without a legal form in articles that all give the whole name
// with its legal form, goes to the whole name when the words it lacks
// complete a firm's name; and that it stays apart when they name an arm
// of the firm, a place or an "of", when the short form is written with a
// legal form, when one of its articles lacks the whole name, when two
// longer names begin with it, when the whole name has no legal form, and
// when it is one word.
func TestShortsInLong(t *testing.T) {
	for _, tt := range shortInLongCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// shortInLongCases are TestShortsInLong's corpora: the whole name in the
// articles "long0" and "long1" and in "short", the short form in "short"
// (and in "short2" when lone).
func shortInLongCases() []nodeCase {
	filler := firmsAlone(40)
	org := func(id, name string) extract.Entity { return at(id, name, extract.Org, false, 0) }
	pair := func(name string, long, short extract.Entity, more ...extract.Entity) nodeCase {
		docs := []*extract.Doc{
			doc("long0", long, at("location:dalmor", "Dalmor", extract.Location, false, 1)),
			doc("long1", long, at("person:ena-varga", "Ena Varga", extract.Person, false, 1)),
			doc("short", append([]extract.Entity{long, short}, more...)...),
		}
		return nodeCase{name, docs, "short", short.ID, long.ID}
	}
	apart := func(c nodeCase) nodeCase { c.want = c.id; return c }
	lone := func(c nodeCase) nodeCase {
		for _, e := range c.docs[len(c.docs)-1].Entities {
			if e.ID == c.id {
				c.docs = append(c.docs, doc("short2", e))
			}
		}
		return c
	}
	return withFiller(filler, []nodeCase{
		pair("the whole name's unit word cut", org("org:vardel-tavin-international", "Vardel Tavin International Inc"),
			org("org:vardel-tavin", "Vardel Tavin")),
		pair("a life insurer", org("org:orsk-mutual-life-insurance", "Orsk Mutual Life Insurance Co"),
			org("org:orsk-mutual-life", "Orsk Mutual Life")),
		apart(pair("an arm of the firm", org("org:vardel-tavin-securities", "Vardel Tavin Securities Ltd"),
			org("org:vardel-tavin", "Vardel Tavin"))),
		apart(pair("an arm's words", org("org:vardel-tavin-capital-markets", "Vardel Tavin Capital Markets Ltd"),
			org("org:vardel-tavin", "Vardel Tavin"))),
		apart(pair("a place after", org("org:vardel-tavin-canada", "Vardel Tavin Canada Inc"),
			org("org:vardel-tavin", "Vardel Tavin"))),
		apart(pair("of after", org("org:vardel-tavin-bank-of-korvia", "Vardel Tavin Bank of Korvia Ltd"),
			org("org:vardel-tavin", "Vardel Tavin"))),
		apart(pair("the short form with a legal form", org("org:vardel-tavin-international", "Vardel Tavin International Inc"),
			org("org:vardel-tavin", "Vardel Tavin Corp"))),
		apart(lone(pair("an article without the whole name", org("org:vardel-tavin-international", "Vardel Tavin International Inc"),
			org("org:vardel-tavin", "Vardel Tavin")))),
		apart(pair("two longer names", org("org:vardel-tavin-international", "Vardel Tavin International Inc"),
			org("org:vardel-tavin", "Vardel Tavin"), org("org:vardel-tavin-bank", "Vardel Tavin Bank Ltd"))),
		apart(pair("no legal form in the whole name", org("org:vardel-tavin-international", "Vardel Tavin International"),
			org("org:vardel-tavin", "Vardel Tavin"))),
		apart(pair("one word", org("org:vardel-international", "Vardel International Inc"),
			org("org:vardel", "Vardel"))),
	})
}
