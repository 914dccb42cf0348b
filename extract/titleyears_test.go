package extract

import "testing"

func TestTitleYears(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "novels with their years in a list",
			marked: "Books\n\n[[Zorbit Wheels|ORG]] (1971), The [[Quarvellers|PER]] (1975) and [[Lemmoway|LOC]] (1979) followed.",
			want:   nil,
		},
		{
			name:   "a film after a number",
			marked: "Film\n\nHe starred in 12 [[Quarbin Men|PER]] (1957) and others.",
			want:   nil,
		},
		{
			name:   "a person's year of birth",
			marked: "Sport\n\n[[Tervo Quarvell|PER]] (1980), of Greece, won.",
			want:   []string{`country:GR COUNTRY "Greece"`, `person:tervo-quarvell PERSON "Tervo Quarvell"`},
		},
		{
			name:   "a person's dates are a span",
			marked: "Art\n\nThe painter [[Zorva|PER]] (1901-1977) is shown.",
			want:   []string{`person:zorva PERSON "Zorva" partial`},
		},
		{
			name:   "a firm's year goes on with its legal form",
			marked: "Business\n\nShares of [[Quarbin|ORG]] (1962) Ltd rose.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "an organization's word",
			marked: "Business\n\nThe [[Quarbin Foundation|ORG]] (1990) gave money.",
			want:   []string{`org:quarbin-foundation ORG "Quarbin Foundation"`},
		},
	})
}
