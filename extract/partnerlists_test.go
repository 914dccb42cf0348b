package extract

import "testing"

// TestPartnerListSpans checks, on sentences of our own, that a firm of
// three partners or more cut at its commas, its first partner one word, is
// one firm, and the readings left: a list of firms whose first the article
// names with a suffix of its own, a well-known pair of partners, two
// partners and Co, a list of names with no firm's noun before.
func TestPartnerListSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a first partner typed a person",
			marked: "Shares\n\nThe offering is led by [[Tervane|PER]], [[Quarbin and Lunmark Inc|ORG]] and others.",
			want:   []string{`org:tervane-quarbin-and-lunmark ORG "Tervane, Quarbin and Lunmark Inc"`},
		},
		{
			name:   "four partners, the first of two words",
			marked: "Shares\n\nAn analyst at [[Ostra Tervane|ORG]], [[Quarbin|PER]], [[Lunmark and Vell Inc|ORG]] said so.",
			want:   []string{`org:ostra-tervane-quarbin-lunmark-and-vell ORG "Ostra Tervane, Quarbin, Lunmark and Vell Inc"`},
		},
		{
			name:   "a law firm with no suffix",
			marked: "Suit\n\nThe suit names the law firm Tervane, [[Quarbin|PER]], Lunmark and [[Vell|PER]] as a defendant.",
			want:   []string{`org:tervane-quarbin-lunmark-and-vell ORG "Tervane, Quarbin, Lunmark and Vell"`},
		},
		{
			name:   "a first firm named with a suffix of its own",
			marked: "Shares\n\n[[Tervane Inc|ORG]] rose. The venture of [[Tervane|ORG]], [[Quarbin and Lunmark Inc|ORG]] ended.",
			want:   []string{`org:quarbin-and-lunmark ORG "Quarbin and Lunmark Inc"`, `org:tervane ORG "Tervane Inc"`},
		},
		{
			name:   "a well-known pair after the comma",
			marked: "Shares\n\nThe venture of [[Tervane|ORG]], [[Procter and Gamble Co|ORG]] ended.",
			want:   []string{`org:procter-and-gamble ORG "Procter and Gamble Co"`, `org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a list of names with no firm's noun",
			marked: "Suit\n\nThe suit names [[Tervane|PER]], [[Quarbin|PER]], Lunmark and [[Vell|PER]] as defendants.",
			want:   []string{`person:quarbin PERSON "Quarbin" partial`, `person:tervane PERSON "Tervane" partial`, `person:vell PERSON "Vell" partial`},
		},
	})
}
