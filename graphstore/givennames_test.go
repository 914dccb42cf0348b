package graphstore

import (
	"fmt"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestGivenNames checks that a person's name with a short given name goes
// to the same name with the given name in full, and a name with "III"
// after it to the same name without, in more articles, when
// their articles name the same things; and that it stays apart when they
// share nothing, when the corpus has two full forms of the short name,
// when many people of the corpus bear the surname, when the name opens a
// firm's name, and for organizations.
func TestGivenNames(t *testing.T) {
	for _, tt := range givenNameCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// givenNameCases are TestGivenNames' corpora: the full name in the
// articles "full0" and "full1", the short one in "short", which names
// what "full0" names (a firm and a town) or, sharing nothing, another
// firm.
func givenNameCases() []nodeCase {
	filler := firmsAlone(40)
	person, pair, apart := personAt, namePairCase, apartCase
	firm, town, other := pairFirm, pairTown, pairOther
	// with adds an article of its own for each of es, naming the firm
	// and the town too.
	with := func(c nodeCase, es ...extract.Entity) nodeCase {
		for i, e := range es {
			c.docs = append(c.docs, doc(fmt.Sprintf("with%02d", i), e, firm, town))
		}
		return c
	}
	// second asks for the node of the name with's first article adds.
	second := func(c nodeCase) nodeCase {
		d := c.docs[len(c.docs)-1]
		c.art, c.id, c.want = d.Article.ID, d.Entities[0].ID, d.Entities[0].ID
		return c
	}
	// withAlone adds an article of its own for each of es, naming nothing
	// else.
	withAlone := func(c nodeCase, es ...extract.Entity) nodeCase {
		for i, e := range es {
			c.docs = append(c.docs, doc(fmt.Sprintf("alone%02d", i), e))
		}
		return c
	}
	var namesakes []extract.Entity // ten people of the surname Tarvel
	for _, g := range []string{"Ena", "Oda", "Ivo", "Uma", "Tiber", "Lorne", "Mags", "Pim", "Quill", "Rafe"} {
		namesakes = append(namesakes, person("person:"+g+"-tarvel", g+" Tarvel"))
	}
	// alone adds an article "lone" of the surname alone beside three
	// things only "short" names too: it goes where Bob Tarvel went.
	alone := func(c nodeCase) nodeCase {
		things := []extract.Entity{other, at("location:brenna", "Brenna", extract.Location, false, 1),
			at("person:ivo-pell", "Ivo Pell", extract.Person, false, 1)}
		for _, d := range c.docs {
			if d.Article.ID == "short" {
				d.Entities = append(d.Entities, things...)
			}
		}
		c.docs = append(c.docs, doc("lone", append([]extract.Entity{at("person:tarvel", "Tarvel", extract.Person, true, 0)}, things...)...))
		c.art, c.id = "lone", "person:tarvel"
		return c
	}
	return withFiller(filler, []nodeCase{
		alone(pair("the surname alone beside the short name's things", person("person:robert-tarvel", "Robert Tarvel"),
			person("person:bob-tarvel", "Bob Tarvel"), firm, town)),
		pair("a short form", person("person:robert-tarvel", "Robert Tarvel"),
			person("person:bob-tarvel", "Bob Tarvel"), firm, town),
		pair("another short form", person("person:michael-orrin-tarvel", "Michael Orrin Tarvel"),
			person("person:mike-orrin-tarvel", "Mike Orrin Tarvel"), firm, town),
		pair("a generation's suffix", person("person:orrin-tarvel", "Orrin Tarvel"),
			person("person:orrin-tarvel-iii", "Orrin Tarvel III"), firm, town),
		apart(pair("sharing nothing", person("person:robert-tarvel", "Robert Tarvel"),
			person("person:bob-tarvel", "Bob Tarvel"), other)),
		apart(with(pair("two full forms", person("person:stephen-tarvel", "Stephen Tarvel"),
			person("person:steve-tarvel", "Steve Tarvel"), firm, town),
			person("person:steven-tarvel", "Steven Tarvel"))),
		second(with(pair("two full forms, the second", person("person:stephen-tarvel", "Stephen Tarvel"),
			person("person:steve-tarvel", "Steve Tarvel"), firm, town),
			person("person:steven-tarvel", "Steven Tarvel"))),
		apart(withAlone(pair("a common surname", person("person:robert-tarvel", "Robert Tarvel"),
			person("person:bob-tarvel", "Bob Tarvel"), firm, town), namesakes...)),
		apart(with(pair("a name that opens a firm's", person("person:orrin-tarvel", "Orrin Tarvel"),
			person("person:orrin-tarvel-iii", "Orrin Tarvel III"), firm, town),
			at("org:orrin-tarvel-associates", "Orrin Tarvel Associates Inc", extract.Org, false, 0))),
		apart(pair("organizations", at("org:robert-tarvel", "Robert Tarvel", extract.Org, false, 0),
			at("org:bob-tarvel", "Bob Tarvel", extract.Org, false, 0), firm, town)),
	})
}

// The frame of the name-pair corpora (givenNameCases, particleCases): a
// firm and a town that the name of more articles is named beside, and
// another firm that shares nothing with it.
var (
	pairFirm  = at("org:ostrel", "Ostrel Tavin", extract.Org, false, 1)
	pairTown  = at("location:dalmor", "Dalmor", extract.Location, false, 1)
	pairOther = at("org:kestrel", "Kestrel Vane", extract.Org, false, 1)
)

// personAt is a person's entity of id and name at offset 0.
func personAt(id, name string) extract.Entity { return at(id, name, extract.Person, false, 0) }

// namePairCase is a case of the name full in the articles "full0" (with
// pairFirm and pairTown) and "full1" (with pairFirm) and the name short in
// "short" beside the entities beside; short's node there must be full's.
func namePairCase(name string, full, short extract.Entity, beside ...extract.Entity) nodeCase {
	docs := []*extract.Doc{
		doc("full0", full, pairFirm, pairTown),
		doc("full1", full, pairFirm),
		doc("short", append([]extract.Entity{short}, beside...)...),
	}
	return nodeCase{name, docs, "short", short.ID, full.ID}
}

// apartCase is c with its name wanted in a node of its own.
func apartCase(c nodeCase) nodeCase { c.want = c.id; return c }
