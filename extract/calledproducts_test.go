package extract

import "testing"

// TestCalledProducts checks, on sentences of our own, that a name after a
// kind of product ([calledProductKinds]) and "called" or "named", maybe
// with "the" and a quote between, is no entity; and that a body's kind,
// "the" with no kind of thing before the naming word, and a kind with
// no naming word leave the name alone.
func TestCalledProducts(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "products called",
			marked: "Launch\n\nThe firm sold a brand of cigarettes called [[Lemmo|ORG]] and a new product, named " +
				"[[Zorbaline|PER]]. Its drug called [[Quarvex|PER]] passed a trial, and the mint struck a gold coin " +
				"called the \"[[Tervane|ORG]]\". A computer called the [[Halvex Desk|ORG]] sold well.",
			want: []string{},
		},
		{
			name: "bodies, no kind, no naming word",
			marked: "Deal\n\nA chain called [[Dorvane|ORG]] and a fund called the [[Marlo Trust|ORG]] bought shares, " +
				"and the board it called the [[Velle Group|ORG]] met. The drug maker [[Quarbin|ORG]] grew.",
			want: []string{`org:dorvane ORG "Dorvane" partial`, `org:marlo-trust ORG "Marlo Trust"`,
				`org:quarbin ORG "Quarbin" partial`, `org:velle-group ORG "Velle Group"`},
		},
	})
}
