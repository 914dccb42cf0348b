package graphstore

import (
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestMisspelt checks that an organization's name spelled with one letter
// left out, put in or two swapped goes into the name spelled right when
// one article gives both or, in a story of its own, when the two share
// rare context; and that it stays apart when its first letter or two
// letters differ, when the two are written with different legal forms,
// when a one-word name stands in other articles, when a plural stands in
// another article or goes into the name without its "s", when the word is
// short, and when the name is one letter from two others.
func TestMisspelt(t *testing.T) {
	for _, tt := range misspeltCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// misspeltCases are TestMisspelt's corpora: the name spelled right in the
// articles "right0" and "right1" and, unless the case is a story of its
// own, in "typo", where the misspelt name stands.
func misspeltCases() []nodeCase {
	filler := firmsAlone(40)
	org := func(id, name string) extract.Entity { return at(id, name, extract.Org, false, 0) }
	brel := at("person:ena-brel", "Ena Brel", extract.Person, false, 1)
	dalmor := at("location:dalmor", "Dalmor", extract.Location, false, 1)
	quarbin := org("org:quarbin", "Quarbin Corp")
	rights := func(right extract.Entity) []*extract.Doc {
		return []*extract.Doc{doc("right0", right, brel, dalmor, quarbin), doc("right1", right, brel, dalmor, quarbin)}
	}
	// pair: the misspelt name in the article of the right one.
	pair := func(name string, right, typo extract.Entity, more ...extract.Entity) nodeCase {
		docs := append(rights(right), doc("typo", append([]extract.Entity{right, typo}, more...)...))
		return nodeCase{name, docs, "typo", typo.ID, right.ID}
	}
	// own: the misspelt name in a story of its own that shares the right
	// one's rare context.
	own := func(name string, right, typo extract.Entity) nodeCase {
		docs := append(rights(right), doc("typo", typo, brel, dalmor, quarbin))
		return nodeCase{name, docs, "typo", typo.ID, right.ID}
	}
	apart := func(c nodeCase) nodeCase { c.want = c.id; return c }
	right := org("org:ostrava-kelling", "Ostrava Kelling Corp")
	return withFiller(filler, []nodeCase{
		pair("a letter put in", right, org("org:ostrava-kellling", "Ostrava Kellling Corp")),
		pair("a letter left out", right, org("org:ostrava-keling", "Ostrava Keling")),
		pair("two letters swapped", right, org("org:ostrava-kelilng", "Ostrava Kelilng Corp")),
		own("a story of its own", right, org("org:ostrava-kellimg", "Ostrava Kellimg Corp")),
		pair("a plural's name without its s, one article", org("org:ostrava-kellings", "Ostrava Kellings"),
			org("org:ostrava-kelling", "Ostrava Kelling")),
		apart(pair("the first letter changed", right, org("org:ostrava-belling", "Ostrava Belling Corp"))),
		apart(pair("two letters changed", right, org("org:ostrava-kolleng", "Ostrava Kolleng Corp"))),
		apart(pair("two legal forms", right, org("org:ostrava-kellling", "Ostrava Kellling Ltd"))),
		apart(own("one word in other articles", org("org:ostravel", "Ostravel Corp"), org("org:ostravell", "Ostravell Corp"))),
		apart(pair("one word with a plural s", org("org:ostravel", "Ostravel Corp"), org("org:ostravels", "Ostravels Corp"))),
		apart(own("a plural in another article", right, org("org:ostrava-kellings", "Ostrava Kellings Corp"))),
		apart(pair("a plural into the name without its s", org("org:ostrava-kelling", "Ostrava Kelling"),
			org("org:ostrava-kellings", "Ostrava Kellings"))),
		apart(pair("a short word", org("org:ostrava-kelm", "Ostrava Kelm Corp"), org("org:ostrava-kelmo", "Ostrava Kelmo Corp"))),
		apart(pair("one letter from two names", right, org("org:ostrava-keling", "Ostrava Keling Corp"),
			org("org:ostrava-keeling", "Ostrava Keeling Corp"))),
	})
}
