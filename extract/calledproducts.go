package extract

import "github.com/nergraph/nergraph/internal/names"

// calledProductKinds are kinds of product, bought or taken, whose name
// may follow "called" or kin in [thingCalled] beside its [thingKinds]:
// "a new product called Zorbaline", "a drug called Quarvex", "a brand of
// cigarettes called Lemmo", "a gold coin called the Tervane". A body's
// kind (a firm, a fund, a service, a chain) stays out: its name is the
// body's.
var calledProductKinds = names.Set{"product": true, "products": true, "drug": true, "drugs": true,
	"vaccine": true, "hormone": true, "enzyme": true, "coin": true, "coins": true, "database": true,
	"printer": true, "microprocessor": true, "cigarette": true, "cigarettes": true, "missile": true,
	"perfume": true}

// calledThe steps back over a lower-case "the" between a naming word and
// a name ("a gold coin called the 'Tervane'", "a computer called the
// Quarbin Desk"): p is the word before the name (after its quote) and ps
// where it starts.
func calledThe(text, p string, ps int) (string, int) {
	if p != "the" {
		return p, ps
	}
	return prevWordFast(text, ps)
}
