package extract

import "testing"

// TestPortfolioNames checks, on sentences of our own, that a minister's
// portfolio is cut from the person's span after "for" or "of", and that
// a portfolio of words joined by "and" before or after a minister's title
// is no body; and the readings left alone: a person's span after "for"
// that no portfolio opens, a ministry named by its portfolio.
func TestPortfolioNames(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a portfolio after for, in the person's span",
			marked: "Budget\n\nMinister of State for [[Finance Ann Vell|PER]] said the budget would pass.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "two portfolio words after of, in the person's span",
			marked: "Budget\n\nThe undersecretary of [[Economic Affairs Tom Quarbin|PER]] said the budget would pass.",
			want:   []string{`person:tom-quarbin PERSON "Tom Quarbin"`},
		},
		{
			name:   "a portfolio and its tail after for",
			marked: "Talks\n\nMinister for [[Trade Negotiations Tom Quarbin|PER]] said the talks would end.",
			want:   []string{`person:tom-quarbin PERSON "Tom Quarbin"`},
		},
		{
			name:   "a person's span after for that no portfolio opens",
			marked: "Budget\n\nThe prize went for [[Ann Vell Quarbin|PER]] last year.",
			want:   []string{`person:ann-vell-quarbin PERSON "Ann Vell Quarbin"`},
		},
		{
			name:   "a portfolio before a minister's title",
			marked: "Oil\n\nTervane's [[Mines and Energy|ORG]] Minister [[Lunmark|PER]] said output would rise.",
			want:   []string{`person:lunmark PERSON "Lunmark" partial`},
		},
		{
			name:   "a portfolio after a minister's title and of",
			marked: "Oil\n\nThe Minister of [[Energy and Mines|ORG]] [[Tom Quarbin|PER]] said output would rise.",
			want:   []string{`person:tom-quarbin PERSON "Tom Quarbin"`},
		},
		{
			name:   "a ministry named by its portfolio",
			marked: "Oil\n\nOfficials of the [[Energy and Mines|ORG]] Ministry said output would rise.",
			want:   []string{`org:energy-and-mines-ministry ORG "Energy and Mines Ministry"`},
		},
	})
}
