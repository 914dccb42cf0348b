package graphstore

import (
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestGroupShorts checks that a firm's name of two words or more written
// without a legal form goes to its group's name, the name and "Group", in
// as many articles at least; and that it stays apart when written with a
// legal form, when more common than the group's name, when its words are
// all the trade's or a unit's, when fewer than two are its own and no
// common words and its articles share nothing with the group's, and for
// people.
func TestGroupShorts(t *testing.T) {
	for _, tt := range groupShortCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// groupShortCases are TestGroupShorts' corpora: the group's name in the
// articles "group0" and "group1", the short name in "short" (and, more
// common, in "short1" and "short2").
func groupShortCases() []nodeCase {
	filler := firmsAlone(40)
	org := func(id, name string) extract.Entity { return at(id, name, extract.Org, false, 0) }
	pair := func(name string, group, short extract.Entity, shortArts int) nodeCase {
		docs := []*extract.Doc{
			doc("group0", group, at("location:dalmor", "Dalmor", extract.Location, false, 1)),
			doc("group1", group, at("person:ena-varga", "Ena Varga", extract.Person, false, 1)),
			doc("short", short, at("org:ostrel", "Ostrel Tavin Group", extract.Org, false, 1)),
		}
		for i := 1; i < shortArts; i++ {
			docs = append(docs, doc("short"+string(rune('0'+i)), short))
		}
		return nodeCase{name, docs, "short", short.ID, group.ID}
	}
	apart := func(c nodeCase) nodeCase { c.want = c.id; return c }
	// shared names Ena Varga of "group1" in "short" too.
	shared := func(c nodeCase) nodeCase {
		for _, d := range c.docs {
			if d.Article.ID == "short" {
				d.Entities = append(d.Entities, at("person:ena-varga", "Ena Varga", extract.Person, false, 1))
			}
		}
		return c
	}
	return withFiller(filler, []nodeCase{
		pair("the name alone", org("org:vardel-kestrel-group", "Vardel Kestrel Group Plc"),
			org("org:vardel-kestrel", "Vardel Kestrel"), 1),
		pair("as many articles", org("org:vardel-kestrel-group", "Vardel Kestrel Group"),
			org("org:vardel-kestrel", "Vardel Kestrel"), 2),
		apart(pair("a legal form written", org("org:vardel-kestrel-group", "Vardel Kestrel Group Plc"),
			org("org:vardel-kestrel", "Vardel Kestrel Inc"), 1)),
		apart(pair("more common than the group", org("org:vardel-kestrel-group", "Vardel Kestrel Group Plc"),
			org("org:vardel-kestrel", "Vardel Kestrel"), 3)),
		apart(pair("words of the trade", org("org:federal-systems-group", "Federal Systems Group"),
			org("org:federal-systems", "Federal Systems"), 1)),
		apart(pair("one word of its own sharing nothing", org("org:vardel-field-group", "Vardel Field Group"),
			org("org:vardel-field", "Vardel Field"), 1)),
		shared(pair("one word of its own sharing a thing", org("org:vardel-field-group", "Vardel Field Group"),
			org("org:vardel-field", "Vardel Field"), 1)),
		apart(pair("common words sharing nothing", org("org:silver-field-group", "Silver Field Group"),
			org("org:silver-field", "Silver Field"), 1)),
		apart(pair("one word", org("org:vardel-group", "Vardel Group"),
			org("org:vardel", "Vardel"), 1)),
		apart(pair("people", at("person:ena-vardel-group", "Ena Vardel Group", extract.Person, false, 0),
			at("person:ena-vardel", "Ena Vardel", extract.Person, false, 0), 1)),
	})
}
