package extract

import "testing"

// TestSuffixedApart checks, on sentences of our own, that a name joining
// at "and" two firms, the second written with the company suffix that
// closes the span, is cut when the article names both firms alone
// ([suffixedApart]), and that it stays whole when the article names the
// second firm only in the pair (the first firm's name then joins the
// pair's), when it names the first only there, when one word, a partner's
// surname, stands before "and", and when the words after "and" are a
// suffix alone.
func TestSuffixedApart(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "both firms named alone",
			marked: "Chemicals\n\nLoans were taken out when [[Tervane Chemical|ORG]] bought [[Quarbin|ORG]] last year. " +
				"Spending is close to the combined spending of [[Tervane Chemical and Quarbin Corp|ORG]] in 1986.",
			want: []string{`org:quarbin ORG "Quarbin Corp"`, `org:tervane-chemical ORG "Tervane Chemical"`},
		},
		{
			name: "the second firm named only in the pair",
			marked: "Chemicals\n\nLoans were taken out when [[Tervane Chemical|ORG]] bought a rival last year. " +
				"Spending is close to the combined spending of [[Tervane Chemical and Quarbin Corp|ORG]] in 1986.",
			want: []string{`org:tervane-chemical-and-quarbin ORG "Tervane Chemical and Quarbin Corp"`},
		},
		{
			name: "the first firm named only in the pair",
			marked: "Chemicals\n\nLoans were taken out when a rival bought [[Quarbin|ORG]] last year. " +
				"Spending is close to the combined spending of [[Tervane Chemical and Quarbin Corp|ORG]] in 1986.",
			want: []string{`org:tervane-chemical-and-quarbin ORG "Tervane Chemical and Quarbin Corp"`},
		},
		{
			name:   "a firm of two partners, each named alone",
			marked: "Ads\n\n[[Vell and Okafor Inc|ORG]] won the account. [[Vell|ORG]] said [[Okafor|ORG]] would run it.",
			want:   []string{`org:vell ORG "Vell" partial`, `org:vell-and-okafor ORG "Vell and Okafor Inc"`},
		},
		{
			name:   "a suffix alone after and",
			marked: "Banks\n\n[[Tervane|ORG]] hired [[Quarbin Lunmark and Co Inc|ORG]]. [[Quarbin Lunmark|ORG]] said so.",
			want:   []string{`org:quarbin-lunmark ORG "Quarbin Lunmark and Co Inc."`, `org:tervane ORG "Tervane" partial`},
		},
	})
}
