package extract

import "testing"

// TestProductNames checks, on sentences of our own, that a maker's product
// typed as an organization is no entity where the article writes it
// before a kind of device, and that makers, and companies whose names
// begin with a common word, stay.
func TestProductNames(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a maker's handheld named in full and alone",
			marked: "Games\n\n[[Quarbin|ORG]] will launch its [[QX9|ORG]] handheld in May. The [[Quarbin QX9|ORG]] costs less " +
				"than rivals, and the [[QX9|ORG]] plays films, [[Quarbin|ORG]] said.",
			want: []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a maker's possessive before the product",
			marked: "Chips\n\n[[Tervane|ORG]] said [[Tervane|ORG]]'s [[Zelox|ORG]] processor is faster; the [[Zelox|ORG]] ships in June.",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "the maker's own devices",
			marked: "Computers\n\nSales of the [[Quarbin|ORG]] laptop rose, and [[Quarbin|ORG]] computers sold well.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a company's name that begins with a common word",
			marked: "Chips\n\n[[Advanced Zelox|ORG]] chip sets will be used in phones, [[Advanced Zelox|ORG]] said.",
			want:   []string{`org:advanced-zelox ORG "Advanced Zelox"`},
		},
		{
			name:   "a maker's regional arm",
			marked: "Games\n\n[[Quarbin|ORG]] and [[Quarbin Europe|ORG]] said the [[Quarbin Europe|ORG]] handheld team grew.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `org:quarbin-europe ORG "Quarbin Europe"`},
		},
	})
}
