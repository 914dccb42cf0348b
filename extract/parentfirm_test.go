package extract

import "testing"

// TestParentFirm checks, on sentences of our own, that a company name
// written with its own suffix stays apart from a longer name that begins
// with it ("Quarbin Energy Co" beside its subsidiary "Quarbin Energy
// Production Co", "Quarbin World Inc" beside "Quarbin World Casino"), and
// that a short form without a suffix still joins the longer name.
func TestParentFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "parent and subsidiary both with suffixes",
			marked: "Pact\n\n[[Quarbin Energy Co|ORG]] said it reached an agreement. " +
				"Gas owned by [[Quarbin Energy Production Co|ORG]] will be carried, [[Quarbin Energy|ORG]] said.",
			want: []string{`org:quarbin-energy ORG "Quarbin Energy Co"`, `org:quarbin-energy-production ORG "Quarbin Energy Production Co"`},
		},
		{
			name: "a parent with two suffixes",
			marked: "Plant\n\nCars will be built by [[Tervish Motor Manufacturing Corp|ORG]], a unit of " +
				"[[Tervish Motor Co Ltd|ORG]], the company said.",
			want: []string{`org:tervish-motor ORG "Tervish Motor Co Ltd"`, `org:tervish-motor-manufacturing ORG "Tervish Motor Manufacturing Corp"`},
		},
		{
			name: "the short form without a suffix is the long firm's",
			marked: "Plant\n\n[[Tervish Motor Manufacturing Corp|ORG]] will build a plant. " +
				"[[Tervish Motor|ORG]] said it would hire 300 people.",
			want: []string{`org:tervish-motor-manufacturing ORG "Tervish Motor Manufacturing Corp"`},
		},
		{
			name:   "a parent with its suffix beside a longer name without one",
			marked: "Plant\n\n[[Tervish Motor Co|ORG]] said [[Tervish Motor Manufacturing|ORG]] would hire 300 people.",
			want:   []string{`org:tervish-motor ORG "Tervish Motor Co"`, `org:tervish-motor-manufacturing ORG "Tervish Motor Manufacturing"`},
		},
		{
			name:   "a place of the firm is not the firm",
			marked: "Bid\n\n[[Quarbin World Inc|ORG]] said the [[Quarbin World Casino|ORG]] would stay open.",
			want:   []string{`org:quarbin-world ORG "Quarbin World Inc"`, `org:quarbin-world-casino ORG "Quarbin World Casino"`},
		},
		{
			name:   "a longer name that ends with the firm's",
			marked: "Units\n\n[[Quarbin Brands Inc|ORG]] said [[International Quarbin Brands|ORG]] would be sold.",
			want:   []string{`org:international-quarbin-brands ORG "International Quarbin Brands"`, `org:quarbin-brands ORG "Quarbin Brands Inc"`},
		},
	})
}
