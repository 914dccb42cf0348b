package graphstore

import (
	"fmt"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestParticleNames checks that a person's name with a surname's particle
// goes to the same name without it or with another particle, in more
// articles, when their articles name the same things or no other person
// bears the surname; and that it stays apart when they share nothing and
// another person bears the surname, when three names share the core, when
// the surname is short, and for organizations.
func TestParticleNames(t *testing.T) {
	for _, tt := range particleCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// particleCases are TestParticleNames' corpora: the name of more articles
// in "full0" and "full1", the other in "short", which names what "full0"
// names (a firm and a town) or, sharing nothing, another firm.
func particleCases() []nodeCase {
	filler := firmsAlone(40)
	person, pair, apart := personAt, namePairCase, apartCase
	firm, town, other := pairFirm, pairTown, pairOther
	// with adds an article of its own for each of es, naming nothing else.
	with := func(c nodeCase, es ...extract.Entity) nodeCase {
		for i, e := range es {
			c.docs = append(c.docs, doc(fmt.Sprintf("with%02d", i), e))
		}
		return c
	}
	// third adds an article "third" of e beside the firm and the town, and
	// asks for e's node there.
	third := func(c nodeCase, e extract.Entity) nodeCase {
		c.docs = append(c.docs, doc("third", e, firm, town))
		c.art, c.id = "third", e.ID
		return c
	}
	return withFiller(filler, []nodeCase{
		pair("a particle left out", person("person:elena-marvaz", "Elena Marvaz"),
			person("person:elena-de-marvaz", "Elena de Marvaz"), firm, town),
		pair("a particle written", person("person:elena-de-marvaz", "Elena de Marvaz"),
			person("person:elena-marvaz", "Elena Marvaz"), firm, town),
		pair("another particle", person("person:paolo-de-venturo", "Paolo De Venturo"),
			person("person:paolo-di-venturo", "Paolo di Venturo"), firm, town),
		pair("a particle moved", person("person:tiago-ruas-de-pelmo", "Tiago Ruas de Pelmo"),
			person("person:tiago-de-ruas-pelmo", "Tiago de Ruas Pelmo"), firm, town),
		pair("sharing nothing, the surname theirs alone", person("person:anton-von-kessel", "Anton von Kessel"),
			person("person:anton-kessel", "Anton Kessel"), other),
		apart(with(pair("sharing nothing, another of the surname", person("person:anton-von-kessel", "Anton von Kessel"),
			person("person:anton-kessel", "Anton Kessel"), other),
			person("person:maria-kessel", "Maria Kessel"))),
		apart(third(pair("three of the core", person("person:elena-de-marvaz", "Elena de Marvaz"),
			person("person:elena-marvaz", "Elena Marvaz"), firm, town),
			person("person:elena-van-marvaz", "Elena van Marvaz"))),
		apart(pair("a short surname, sharing nothing", person("person:anton-von-kes", "Anton von Kes"),
			person("person:anton-kes", "Anton Kes"), other)),
		apart(pair("organizations", at("org:elena-marvaz", "Elena Marvaz", extract.Org, false, 0),
			at("org:elena-de-marvaz", "Elena de Marvaz", extract.Org, false, 0), firm, town)),
	})
}
