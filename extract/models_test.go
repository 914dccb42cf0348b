package extract

import "testing"

// TestModelProduct checks, on sentences of our own with made-up names,
// that a name typed as an organization before a model number and a kind
// of product, or ending in the number, is a product (MISC, no entity),
// and the cases left: a firm's word before the number, no kind of product, a
// phrase that ends, a name the article writes without a number too.
func TestModelProduct(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "model numbers before a kind of product",
			marked: "Computers\n\n[[Halvex Corp|ORG]] said its machine is twice as fast as the [[Quarbin|ORG]] 4120 series. " +
				"It also sells the [[Tervane|ORG]] 2080 coaxial switch, the [[Tervane 386|ORG]]-B motherboard, " +
				"and resells the [[Lemmo 5000|ORG]] and 7000 series of minicomputers and the [[QVX|MISC]] 3120 series.",
			want: []string{`org:halvex ORG "Halvex Corp"`},
		},
		{
			name: "firms' words, no kind of product",
			marked: "Computers\n\n[[Quarbin Group|ORG]] 44 security systems rose. " +
				"[[Tervane|ORG]] 400 said sales rose, its [[Velle|ORG]] 500 models sold and [[Velle|ORG]]'s profit grew, and [[Lemmo|ORG]] 300, the maker, and the [[Dorn|ORG]] 250 for the system grew.",
			want: []string{`org:dorn ORG "Dorn" partial`, `org:lemmo ORG "Lemmo" partial`, `org:quarbin-group ORG "Quarbin Group"`,
				`org:tervane ORG "Tervane" partial`, `org:velle ORG "Velle" partial`},
		},
	})
}
