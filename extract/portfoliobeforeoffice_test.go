package extract

import "testing"

// TestPortfolioBeforeOffice checks, on sentences of our own, that a
// portfolio of two words or more before "minister", "ministry" or
// "department" in lower case is no organization ([portfolioBeforeOffice]);
// and the readings left alone: one word (a party's minister may be meant),
// a name that is no common word, a body's last word, an office word
// written capitalized, another word after it.
func TestPortfolioBeforeOffice(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a plural portfolio before ministry",
			marked: "Cabinet\n\n[[Tom Vell|PER]] has been moved to the [[Heavy Works|ORG]] ministry, the agency said.",
			want:   []string{`person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name:   "a portfolio before minister and the holder",
			marked: "Strike\n\nLate last month [[Social Welfare|ORG]] minister [[Ann Vell|PER]] said the talks would go on.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "two portfolios joined by and before ministries",
			marked: "Aid\n\nThe project is backed by the [[Health and Housing|ORG]] ministries and by donors.",
			want:   nil,
		},
		{
			name:   "a portfolio before a wrapped department",
			marked: "Mills\n\n[[Tom Vell|PER]], an official of the [[Rural Planning|ORG]]\ndepartment, said mills buy scrap.",
			want:   []string{`person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name:   "one word before minister",
			marked: "Vote\n\nThe former [[Labour|ORG]] minister [[Tom Vell|PER]] said so.",
			want:   []string{`org:labour-party ORG "Labour Party"`, `person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name:   "a name that is no common word",
			marked: "Trade\n\nFigures from the [[Quarbin Trade|ORG]] ministry show a rise.",
			want:   []string{`org:quarbin-trade ORG "Quarbin Trade"`},
		},
		{
			name:   "a body's last word",
			marked: "Vote\n\n[[Home Office|ORG]] minister [[Ann Vell|PER]] said so.",
			want:   []string{`org:home-office ORG "Home Office"`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "other words after it",
			marked: "Trade\n\n[[Heavy Works|ORG]] officials said output fell.",
			want:   []string{`org:heavy-works ORG "Heavy Works"`},
		},
	})
}
