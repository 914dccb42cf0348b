package extract

import "testing"

// TestAndJoinSpans checks, on sentences of our own, that two spans parted
// by "and" join into one firm when the article names the pair whole, when
// one word and a firm with a suffix follow "the", and when a firm's staff
// stand before the firm and one word, and that two firms stay apart.
func TestAndJoinSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "the pair named whole elsewhere",
			marked: "Deal\n\nA group led by [[Tervane and Quarbin Group|ORG]] bought it. The partner of " +
				"[[Tervane|ORG]] and [[Quarbin Venture Partners|ORG]] was named chairman.",
			want: []string{`org:tervane-and-quarbin-group ORG "Tervane and Quarbin Group"`, `org:tervane-and-quarbin-venture-partners ORG "Tervane and Quarbin Venture Partners"`},
		},
		{
			name: "the pair named whole with an ampersand",
			marked: "Show\n\nThe [[Tervane & Quarbin|ORG]] effect sold books. [[Tervane|PER]] and [[Quarbin|PER]] executive producer " +
				"[[Ann Vell|PER]] spoke.",
			want: []string{`org:tervane-and-quarbin ORG "Tervane & Quarbin"`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "one word and a building society",
			marked: "Bonds\n\nThe [[Marlow|MISC]] and [[Tansey Building Society|ORG]] is issuing a bond.",
			want:   []string{`org:marlow-and-tansey-building-society ORG "Marlow and Tansey Building Society"`},
		},
		{
			name:   "two places and a utility",
			marked: "Debt\n\n[[Quarbin Power Co|ORG]]'s [[Ohio|LOC]] and [[Michigan Quarbin Co|ORG]] said it will redeem debt.",
			want:   []string{`org:ohio-and-michigan-quarbin ORG "Ohio and Michigan Quarbin Co"`, `org:quarbin-power ORG "Quarbin Power Co"`},
		},
		{
			name:   "a firm and one word after its staff",
			marked: "Rates\n\n[[Ann Vell|PER]], economist at [[Tervane Quarbin|ORG]] and [[Marlow|PER]], said rates would fall.",
			want:   []string{`org:tervane-quarbin-and-marlow ORG "Tervane Quarbin and Marlow"`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a professional corporation",
			marked: "Suit\n\nThe only opposition came from [[Tervane|PER]] and [[Quarbin P.C.|PER]], counsel for the plaintiffs.",
			want:   []string{`org:tervane-and-quarbin-pc ORG "Tervane and Quarbin P.C."`},
		},
		{
			name:   "at the start of a sentence, one firm",
			marked: "Units\n\n[[Marlow|ORG]] and [[Quarbin Energy Co|ORG]], a partnership, said it sold units.",
			want:   []string{`org:marlow-and-quarbin-energy ORG "Marlow and Quarbin Energy Co"`},
		},
		{
			name:   "at the start of a sentence, two firms",
			marked: "Units\n\n[[Marlow|ORG]] and [[Quarbin Energy Co|ORG]] are said to bid.",
			want:   []string{`org:marlow ORG "Marlow" partial`, `org:quarbin-energy ORG "Quarbin Energy Co"`},
		},
		{
			name:   "a firm of its own before and",
			marked: "Bids\n\nTervane's [[Marlow|ORG]] and [[Quarbin Oil Co|ORG]] may bid.",
			want:   []string{`org:marlow ORG "Marlow" partial`, `org:quarbin-oil ORG "Quarbin Oil Co"`},
		},
		{
			name:   "the word named alone",
			marked: "Bids\n\nThe [[Marlow|MISC]] and [[Quarbin Oil Co|ORG]] bids rose. [[Marlow|ORG]] said so.",
			want:   []string{`org:marlow ORG "Marlow" partial`, `org:quarbin-oil ORG "Quarbin Oil Co"`},
		},
	})
}
