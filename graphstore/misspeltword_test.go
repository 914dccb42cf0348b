package graphstore

import (
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestCommonWordTypo checks that an organization's name in a story of its
// own, with no context shared, goes into the name of the same words but
// one when that word is written by no other name and is one letter from a
// word five names write (three suffice); and that it stays apart when the
// right word is rare (one name, two names), when another name writes the
// slip too, when the slip's name is in more articles, when the name is of
// one word, and when the two words are a plural "s" apart.
func TestCommonWordTypo(t *testing.T) {
	for _, tt := range commonWordTypoCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// commonWordTypoCases are TestCommonWordTypo's corpora: four firms whose
// names write "International" in articles of their own, the right name in
// "right0" and "right1", the slip in "typo", a story that shares nothing
// with them.
func commonWordTypoCases() []nodeCase {
	org := func(id, name string) extract.Entity { return at(id, name, extract.Org, false, 0) }
	person := func(id, name string) extract.Entity { return at(id, name, extract.Person, false, 1) }
	commons := []*extract.Doc{
		doc("common0", org("org:belmar-international", "Belmar International Corp"), person("person:ena-brel", "Ena Brel")),
		doc("common1", org("org:quendo-international", "Quendo International Inc"), person("person:ilo-sarva", "Ilo Sarva")),
		doc("common2", org("org:tarvis-international", "Tarvis International"), person("person:ute-manel", "Ute Manel")),
		doc("common3", org("org:holm-international", "Holm International Ltd"), person("person:ado-keln", "Ado Keln")),
	}
	brel := person("person:oren-dalt", "Oren Dalt")
	// story: the right name in two articles, the slip in a story of its
	// own, and more articles after.
	story := func(name string, right, typo extract.Entity, more ...*extract.Doc) nodeCase {
		docs := append(append([]*extract.Doc{}, commons...), doc("right0", right, brel), doc("right1", right, brel),
			doc("typo", typo, person("person:pia-worn", "Pia Worn")))
		return nodeCase{name, append(docs, more...), "typo", typo.ID, right.ID}
	}
	apart := func(c nodeCase) nodeCase { c.want = c.id; return c }
	right := org("org:ostrava-international", "Ostrava International Corp")
	slip := org("org:ostrava-interntional", "Ostrava Interntional Corp")
	return withFiller(firmsAlone(40), []nodeCase{
		story("a common word with a letter left out", right, slip),
		story("a common word with two letters swapped", right, org("org:ostrava-internaitonal", "Ostrava Internaitonal Corp")),
		apart(story("a rare word with a letter changed", org("org:ostrava-kelling", "Ostrava Kelling Corp"),
			org("org:ostrava-kellimg", "Ostrava Kellimg Corp"))),
		apart(story("a word two names write", org("org:ostrava-kelling", "Ostrava Kelling Corp"),
			org("org:ostrava-kellimg", "Ostrava Kellimg Corp"), doc("kelling", org("org:belmar-kelling", "Belmar Kelling Inc")))),
		apart(story("a slip another name writes", right, slip,
			doc("other", org("org:quendo-interntional", "Quendo Interntional Inc")))),
		apart(story("the slip's name in more articles", right, slip,
			doc("typo2", slip), doc("typo3", slip))),
		apart(story("a name of one word", org("org:tarvel", "Tarvel Corp"), org("org:tarevl", "Tarevl Corp"),
			doc("tarvel0", org("org:tarvel-mining", "Tarvel Mining Corp")), doc("tarvel1", org("org:tarvel-oil", "Tarvel Oil Inc")),
			doc("tarvel2", org("org:tarvel-steel", "Tarvel Steel Ltd")), doc("tarvel3", org("org:tarvel-foods", "Tarvel Foods Corp")))),
		apart(story("a plural s", right, org("org:ostrava-internationals", "Ostrava Internationals Corp"))),
	})
}
