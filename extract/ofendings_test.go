package extract

import "testing"

// TestOfEndings checks, on sentences of our own, that a span ending in "of",
// or in "of" and an amount, is no entity, and that a name with "of" inside
// or a year after it is kept.
func TestOfEndings(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a head word and of before an amount",
			marked: "Loans\n\nIt plans lending by the [[Bank of|ORG]] 12.5 billion dlrs, [[Quarbin Bank Corp|ORG]] said.",
			want:   []string{`org:quarbin-bank ORG "Quarbin Bank Corp"`},
		},
		{
			name:   "words, of and a figure",
			marked: "Plants\n\n[[Tervane Chemie AG|ORG]] expects a [[Canadian Outlay of 310|ORG]] mln dlrs this year.",
			want:   []string{`org:tervane-chemie ORG "Tervane Chemie AG"`},
		},
		{
			name:   "of inside a name",
			marked: "Loans\n\nThe [[Bank of Quarbinia|ORG]] lent 12 billion dlrs.",
			want:   []string{`org:bank-of-quarbinia ORG "Bank of Quarbinia"`},
		},
		{
			name:   "of and a year",
			marked: "Law\n\nThe [[Quarbin Trade Union of 1921|ORG]] met on Monday.",
			want:   []string{`org:quarbin-trade-union-of-1921 ORG "Quarbin Trade Union of 1921"`},
		},
	})
}
