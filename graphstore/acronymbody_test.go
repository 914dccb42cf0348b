package graphstore

import (
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestAcronymBodies checks that two full names of an organization that
// define one acronym in their articles, one the other less a word the
// acronym spells, go to the one in more articles; and that names a word
// apart that define no acronym, or whose extra word is a place or a minor
// word, or whose longer name does not spell the acronym, or of people,
// stay apart.
func TestAcronymBodies(t *testing.T) {
	for _, tt := range acronymBodyCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// acronymBodyCases are TestAcronymBodies' corpora: the name main of two
// articles ("main0", "main1") and the other in the story "other", each
// with the acronym among its mentions when given.
func acronymBodyCases() []nodeCase {
	filler := firmsAlone(40)
	named := func(id, name, acronym string, typ extract.Type) extract.Entity {
		e := at(id, name, typ, false, 0)
		if acronym != "" {
			e.Mentions = append(e.Mentions, extract.Mention{Text: acronym, Name: acronym, Sentence: 0})
		}
		return e
	}
	org := func(id, name, acronym string) extract.Entity { return named(id, name, acronym, extract.Org) }
	pair := func(name string, main, other extract.Entity) nodeCase {
		return nodeCase{name, []*extract.Doc{
			doc("main0", main, at("org:ostrel", "Ostrel Tavin Group", extract.Org, false, 1)),
			doc("main1", main, at("location:dalmor", "Dalmor", extract.Location, false, 1)),
			doc("other", other, at("person:ena-varga", "Ena Varga", extract.Person, false, 1)),
		}, "other", other.ID, main.ID}
	}
	apart := func(c nodeCase) nodeCase { c.want = c.id; return c }
	return withFiller(filler, []nodeCase{
		pair("a middle word less", org("org:vardel-natural-timber-council", "Vardel Natural Timber Council", "VNTC"),
			org("org:vardel-timber-council", "Vardel Timber Council", "VNTC")),
		pair("a word less and -isation", org("org:quarbin-marine-research-organization", "Quarbin Marine Research Organization", "QMRO"),
			org("org:quarbin-research-organisation", "Quarbin Research Organisation", "QMRO")),
		pair("the longer name in the story", org("org:dellan-wool-board", "Dellan Wool Board", "DMWB"),
			org("org:dellan-merino-wool-board", "Dellan Merino Wool Board", "DMWB")),
		apart(pair("no acronym", org("org:vardel-natural-timber-council", "Vardel Natural Timber Council", ""),
			org("org:vardel-timber-council", "Vardel Timber Council", ""))),
		apart(pair("two acronyms", org("org:vardel-natural-timber-council", "Vardel Natural Timber Council", "VNTC"),
			org("org:vardel-timber-council", "Vardel Timber Council", "VTC"))),
		apart(pair("the extra word a place", org("org:vardel-london-timber-council", "Vardel London Timber Council", "VLTC"),
			org("org:vardel-timber-council", "Vardel Timber Council", "VLTC"))),
		apart(pair("a firm's ticker its names do not spell", org("org:ostra-petroleum-drilling", "Ostra Petroleum Drilling Corp", "OPX"),
			org("org:ostra-drilling", "Ostra Drilling Corp", "OPX"))),
		apart(pair("two words less", org("org:vardel-natural-hard-timber-council", "Vardel Natural Hard Timber Council", "VNHTC"),
			org("org:vardel-timber-council", "Vardel Timber Council", "VNHTC"))),
		apart(pair("people", named("person:vana-tel-ostra", "Vana Tel Ostra", "VTO", extract.Person),
			named("person:vana-ostra", "Vana Ostra", "VTO", extract.Person))),
	})
}
