package graphstore

import (
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestMisspeltShort checks that a one-word name left alone in its article
// goes to the article's one name of its type whose head word it misspells,
// and only there.
func TestMisspeltShort(t *testing.T) {
	for _, tt := range misspeltShortCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// misspeltShortCases are TestMisspeltShort's corpora: the short name stands
// in the article "typo" beside the names given.
func misspeltShortCases() []nodeCase {
	filler := firmsAlone(40)
	person := func(id, name string) extract.Entity { return at(id, name, extract.Person, false, 0) }
	org := func(id, name string) extract.Entity { return at(id, name, extract.Org, false, 0) }
	short := func(id, name string, typ extract.Type) extract.Entity { return at(id, name, typ, true, 3) }
	kolmar := person("person:trevan-kolmar", "Trevan Kolmar")
	vardel := org("org:vardel", "Vardel Corp")
	// typo: the short name s in one article with the others.
	typo := func(name string, s extract.Entity, want string, others ...extract.Entity) nodeCase {
		return nodeCase{name, []*extract.Doc{doc("typo", append([]extract.Entity{s}, others...)...)}, "typo", s.ID, want}
	}
	stays := func(name string, s extract.Entity, others ...extract.Entity) nodeCase {
		return typo(name, s, s.ID, others...)
	}
	often := short("org:quendrax", "Quendrax", extract.Org)
	often.Mentions = append(often.Mentions, often.Mentions[0], often.Mentions[0])
	// A team sheet of four surnames, one a letter from a player named in
	// full in the report.
	match := sheet("typo", "Harrowgate", "Pellan", "Astorre", "Brumley", "Corvino")
	match.Entities = append(match.Entities, person("person:dario-pellen", "Dario Pellen"))
	sheetCase := nodeCase{"a team sheet's surname", []*extract.Doc{match}, "typo", "person:Pellan", "person:Pellan"}
	cases := []nodeCase{
		typo("a surname with a letter changed", short("person:kolmer", "Kolmer", extract.Person), kolmar.ID, kolmar),
		typo("a firm's first word with a letter put in", short("org:vardell", "Vardell", extract.Org), vardel.ID, vardel),
		typo("two letters swapped", short("person:lanhtorp", "Lanhtorp", extract.Person), "person:idris-lanthorp",
			person("person:idris-lanthorp", "Idris Lanthorp")),
		typo("two short names: the one written less goes", short("org:quendrix", "Quendrix", extract.Org), often.ID, often),
		stays("two short names: the one written more stays", often, short("org:quendrix", "Quendrix", extract.Org)),
		stays("the first letter changed", short("person:bolmar", "Bolmar", extract.Person), kolmar),
		stays("one letter from two names", short("person:kolmer", "Kolmer", extract.Person), kolmar,
			person("person:ines-kolmor", "Ines Kolmor")),
		stays("a name of another type one letter away", short("org:vardell", "Vardell", extract.Org), vardel,
			person("person:hugo-vardel", "Hugo Vardel")),
		stays("a people's name beside its place", short("org:ostrans", "Ostrans", extract.Org),
			org("org:ostras-trading-league", "Ostras Trading League"), at("location:ostras", "Ostras", extract.Location, false, 1)),
		stays("a short word", short("person:kelm", "Kelm", extract.Person), person("person:ivo-kelmo", "Ivo Kelmo")),
		stays("a plural s", short("org:vardels", "Vardels", extract.Org), vardel),
		stays("not the head word", short("person:trevon", "Trevon", extract.Person), kolmar),
		sheetCase,
	}
	// A word some full name of the corpus holds as its own is a name, not
	// a misspelling.
	named := typo("a word another name holds", short("person:kolmer", "Kolmer", extract.Person), "person:kolmer", kolmar)
	named.docs = append(named.docs, doc("other", org("org:kolmer-holdings", "Kolmer Holdings Inc")))
	return withFiller(filler, append(cases, named))
}
