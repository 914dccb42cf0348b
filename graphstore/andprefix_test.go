package graphstore

import (
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestAndPrefixes checks that the words before the "and" of an
// organization's full name, given alone in another article, go to that
// name; and that a name with a legal form of its own, plain words, the first of two firms glued at an "and",
// a piece in more articles than the name, a piece that begins two names,
// articles of two countries, a name that is a person's too and a piece
// of one word stay apart.
func TestAndPrefixes(t *testing.T) {
	for _, tt := range andPrefixCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// andPrefixCases are TestAndPrefixes' corpora: the full name in two
// articles ("main0", "main1") and the piece in the story "other".
func andPrefixCases() []nodeCase {
	filler := firmsAlone(40)
	pair, org, apart, inCountries := orgPair, orgNamed, apartCase, orgPairIn
	toType := func(c nodeCase, id string) nodeCase { c.want = id; return c }
	// with adds an article that names es.
	with := func(c nodeCase, id string, es ...extract.Entity) nodeCase {
		c.docs = append(c.docs, doc(id, es...))
		return c
	}
	valve := org("org:tarsel-valve-and-gauge", "Tarsel Valve and Gauge Co")
	piece := org("org:tarsel-valve", "Tarsel Valve")
	return withFiller(filler, []nodeCase{
		pair("a firm's name cut at its and", valve, piece),
		apart(pair("a name with a legal form of its own", valve, org("org:tarsel-valve", "Tarsel Valve Inc"))),
		pair("a body's name cut at its and", org("org:office-of-quotas-and-budget", "Office of Quotas and Budget"),
			org("org:office-of-quotas", "Office of Quotas")),
		apart(pair("plain words", org("org:computer-systems-and-consultants", "Computer Systems and Consultants Ltd"),
			org("org:computer-systems", "Computer Systems"))),
		apart(with(pair("two firms glued", org("org:ardel-mining-and-tavin-oil", "Ardel Mining and Tavin Oil Corp"),
			org("org:ardel-mining", "Ardel Mining")), "tavin", org("org:tavin-oil", "Tavin Oil Corp"))),
		apart(with(with(pair("the piece in more articles", valve, piece), "more0", piece), "more1", piece)),
		apart(with(pair("a piece of two names", valve, piece), "pump", org("org:tarsel-valve-and-pump", "Tarsel Valve and Pump Co"))),
		apart(inCountries("articles of two countries", valve, piece, "IS", "NO")),
		// Left to the type vote, which joins the two of one name.
		toType(with(pair("a name that is a person's too", valve, piece), "person",
			at("person:tarsel-valve", "Tarsel Valve", extract.Person, false, 0)), "person:tarsel-valve"),
		apart(pair("a piece of one word", org("org:tarsel-and-gauge", "Tarsel and Gauge Co"), org("org:tarsel", "Tarsel"))),
	})
}
