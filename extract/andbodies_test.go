package extract

import "testing"

// TestBodyBeforeBare covers a body's name cut at its "and" after common
// words in no span ([Resolver.bodyBeforeBare]).
func TestBodyBeforeBare(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a common word before a ministry's last words",
			marked: "Visit\n\nHe spoke for the Foreign and [[Quarbin Affairs Office|ORG]] on Monday.",
			want:   []string{`org:foreign-and-quarbin-affairs-office ORG "Foreign and Quarbin Affairs Office"`},
		},
		{
			name:   "two common words before a committee",
			marked: "Bank\n\nShe will sit on its Money and [[Loan Tervane Committee|ORG]] this year.",
			want:   []string{`org:money-and-loan-tervane-committee ORG "Money and Loan Tervane Committee"`},
		},
		// Negatives: spans the rule leaves apart.
		{
			name:   "a list before and",
			marked: "Shops\n\nIt sells gaming, Hard Rock and [[Quarbin Films|ORG]] products.",
			want:   []string{`org:quarbin-films ORG "Quarbin Films"`},
		},
		{
			name:   "a name of its own before and",
			marked: "Loans\n\nThe lenders were the Zorbitbank and [[Quarbin Credit Trust|ORG]] this year.",
			want:   []string{`org:quarbin-credit-trust ORG "Quarbin Credit Trust"`},
		},
		{
			name:   "a demonym before and",
			marked: "Rugby\n\nHe hopes to join the British and [[Tervane Lions|ORG]] next year.",
			want:   []string{`org:tervane-lions ORG "Tervane Lions"`},
		},
		{
			name:   "a title before and",
			marked: "Resign\n\nHe resigned as a Director and [[Vice Chairman of Quarbin Inc|ORG]] last week.",
			want:   []string{`org:vice-chairman-of-quarbin ORG "Vice Chairman of Quarbin Inc"`},
		},
		{
			name:   "a sentence's first word before and",
			marked: "Markets\n\nShares fell. Foreign and [[Quarbin Trade Office|ORG]] staff left.",
			want:   []string{`org:quarbin-trade-office ORG "Quarbin Trade Office"`},
		},
	})
}
