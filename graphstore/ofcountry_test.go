package graphstore

import (
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestOfCountry checks that a firm's name with its legal form and its
// country after "of" goes to the same name without the country when that
// country is the one the other name's articles name most; and that it stays
// apart when they name another country more (an arm abroad), none, or
// when no legal form stands before "of", or the name holds no word of its
// own.
func TestOfCountry(t *testing.T) {
	for _, tt := range ofCountryCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// ofCountryCases are TestOfCountry's corpora: the firm's name without its
// country in "home0" and "home1", each naming the countries given, and the
// name with it in "of".
func ofCountryCases() []nodeCase {
	filler := firmsAlone(40)
	org := func(id, name string) extract.Entity { return at(id, name, extract.Org, false, 0) }
	country := func(id, name string) extract.Entity { return at(id, name, extract.Country, false, 1) }
	jp, nz := country("country:JP", "Japan"), country("country:NZ", "New Zealand")
	us, ca := country("country:US", "United States"), country("country:CA", "Canada")
	pair := func(name string, home, of extract.Entity, home0, home1 []extract.Entity) nodeCase {
		docs := []*extract.Doc{
			doc("home0", append([]extract.Entity{home}, home0...)...),
			doc("home1", append([]extract.Entity{home}, home1...)...),
			doc("of", of, at("person:ena-varga", "Ena Varga", extract.Person, false, 1)),
		}
		return nodeCase{name, docs, "of", of.ID, home.ID}
	}
	apart := func(c nodeCase) nodeCase { c.want = c.id; return c }
	return withFiller(filler, []nodeCase{
		pair("the home country", org("org:varnel-steel", "Varnel Steel Corp"),
			org("org:varnel-steel-co-of-japan", "Varnel Steel Co of Japan"), []extract.Entity{jp}, []extract.Entity{jp, us}),
		pair("a country of two words, named once", org("org:ostrel-tavin", "Ostrel Tavin Ltd"),
			org("org:ostrel-tavin-corp-of-new-zealand", "Ostrel Tavin Corp of New Zealand"), []extract.Entity{nz}, nil),
		apart(pair("an arm abroad", org("org:varnel-motor", "Varnel Motor Co"),
			org("org:varnel-motor-co-of-canada", "Varnel Motor Co of Canada"), []extract.Entity{us, ca}, []extract.Entity{us})),
		apart(pair("the country not named", org("org:varnel-steel", "Varnel Steel Corp"),
			org("org:varnel-steel-co-of-japan", "Varnel Steel Co of Japan"), nil, nil)),
		apart(pair("no legal form", org("org:varnel-bank", "Varnel Bank"),
			org("org:varnel-bank-of-japan", "Varnel Bank of Japan"), []extract.Entity{jp}, []extract.Entity{jp})),
		apart(pair("no word of its own", org("org:development", "Development Corp"),
			org("org:development-corp-of-america", "Development Corp of America"), []extract.Entity{us}, []extract.Entity{us})),
	})
}
