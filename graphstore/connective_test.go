package graphstore

import (
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestConnectiveNames checks that an organization's full name written
// without an "and", with "of" for "for", with its legal form before it,
// with its acronym within it or a national bank's "N.A." goes to the name
// written the other way in more articles; and that "and Associates", a
// bank's holding company, a name's "and" at its end, an "NA" after no
// bank, names whose articles name two countries and a name that is also
// a person's stay apart.
func TestConnectiveNames(t *testing.T) {
	for _, tt := range connectiveCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// connectiveCases are TestConnectiveNames' corpora: the name of two
// articles ("main0", "main1") and the other spelling in the story
// "other".
func connectiveCases() []nodeCase {
	filler := firmsAlone(40)
	pair, org, apart, inCountries := orgPair, orgNamed, apartCase, orgPairIn
	toType := func(c nodeCase, id string) nodeCase { c.want = id; return c }
	// holding names main in main0 with a legal form: the holding
	// company's name, and "Vantor Trust Bank" in main1 its short name.
	holding := func(c nodeCase, name string) nodeCase {
		c.docs[0].Entities[0].Name = name
		return c
	}
	alsoPerson := func(c nodeCase, id, name string) nodeCase {
		c.docs = append(c.docs, doc("person", at(id, name, extract.Person, false, 0),
			at("location:dalmor", "Dalmor", extract.Location, false, 1)))
		return c
	}
	return withFiller(filler, []nodeCase{
		pair("an and left out", org("org:dunmore-kell-and-varga-securities", "Dunmore, Kell and Varga Securities Corp"),
			org("org:dunmore-kell-varga-securities", "Dunmore Kell Varga Securities")),
		pair("an and put in", org("org:dunmore-kell-varga-securities", "Dunmore Kell Varga Securities Corp"),
			org("org:dunmore-kell-and-varga-securities", "Dunmore Kell and Varga Securities")),
		pair("for and of", org("org:society-for-coastal-research", "Society for Coastal Research"),
			org("org:society-of-coastal-research", "Society of Coastal Research")),
		pair("a legal form before the name", org("org:holtema-lampworks", "Holtema Lampworks NV"),
			org("org:nv-holtema-lampworks", "NV Holtema Lampworks")),
		pair("its acronym within", org("org:guild-of-fine-weavers-union", "Guild of Fine Weavers Union"),
			org("org:guild-of-fine-weavers-gfw-union", "Guild of Fine Weavers (GFW) Union")),
		pair("a bank's N.A.", org("org:vantor-trust-bank", "Vantor Trust Bank"),
			org("org:vantor-trust-bank-na", "Vantor Trust Bank N.A.")),
		apart(pair("and Associates", org("org:corlin-associates", "Corlin Associates Inc"),
			org("org:corlin-and-associates", "Corlin and Associates"))),
		apart(holding(pair("a bank's holding company", org("org:vantor-trust-bank", "Vantor Trust Bank"),
			org("org:vantor-trust-bank-na", "Vantor Trust Bank N.A.")), "Vantor Trust Bank Corp")),
		apart(pair("an NA after no bank", org("org:tavin-petroleum", "Tavin Petroleum Co"),
			org("org:tavin-petroleum-na", "Tavin Petroleum NA"))),
		apart(pair("an and at the end", org("org:alder-tavin", "Alder Tavin Inc"),
			org("org:alder-tavin-and", "Alder Tavin and Co"))),
		apart(inCountries("articles of two countries", org("org:institute-for-tidal-research", "Institute for Tidal Research"),
			org("org:institute-of-tidal-research", "Institute of Tidal Research"), "IS", "NO")),
		inCountries("articles of one country", org("org:institute-for-tidal-research", "Institute for Tidal Research"),
			org("org:institute-of-tidal-research", "Institute of Tidal Research"), "IS", "IS"),
		// Left to the type vote, which joins the two of one name (here
		// the person's, of the two in as many articles).
		toType(alsoPerson(pair("a name that is a person's too", org("org:dunmore-kell-and-varga", "Dunmore Kell and Varga Inc"),
			org("org:dunmore-kell-varga", "Dunmore Kell Varga")), "person:dunmore-kell-varga", "Dunmore Kell Varga"), "person:dunmore-kell-varga"),
	})
}
