package extract

import "testing"

// TestAndCommonTailSpans checks, on sentences and names of our own, that a
// body's name cut before its own "and" gets back the common words after
// it, and that two bodies, two units, a person's pair, a title after
// "and", a list's "said" and a headline are left.
func TestAndCommonTailSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a unit's name after its, the far side a span",
			marked: "Sale\n\nQuarbin Corp said its [[Tervane Fabrics|ORG]] and [[Supplies|ORG]] unit will be sold.",
			want:   []string{`org:tervane-fabrics-and-supplies ORG "Tervane Fabrics and Supplies"`},
		},
		{
			name:   "an institute after the, the far side typed a person",
			marked: "Trial\n\nAnn Vell, who heads the [[Institute of Hearing|ORG]] and [[Inner Ear Disease|PER]], said tests begin soon.",
			want:   []string{`org:institute-of-hearing-and-inner-ear-disease ORG "Institute of Hearing and Inner Ear Disease"`},
		},
		{
			name:   "the far side in no span, at a stop",
			marked: "Unit\n\nQuarbin Corp said it set up a new division [[Lemmox Corporate|ORG]] and Finance.",
			want:   []string{`org:lemmox-corporate-and-finance ORG "Lemmox Corporate and Finance"`},
		},
		{
			name:   "two units before a plural",
			marked: "Sale\n\nQuarbin Corp said its [[Tervane Paper|ORG]] and Supplies divisions will be sold.",
			want:   []string{`org:tervane-paper ORG "Tervane Paper"`},
		},
		{
			name:   "a title after and",
			marked: "Talks\n\nHe told the [[Tervane Farmers League|ORG]] and Finance Minister Ann Vell that prices rose.",
			want:   []string{`org:tervane-farmers-league ORG "Tervane Farmers League"`},
		},
		{
			name:   "a body's head ends the first name",
			marked: "Talks\n\nHe told the [[Tervane Trade Council|ORG]] and Housing officials that prices rose.",
			want:   []string{`org:housing ORG "Housing" partial`, `org:tervane-trade-council ORG "Tervane Trade Council"`},
		},
		{
			name:   "a second body's head after and",
			marked: "Talks\n\nHe told the [[Tervane Farming|ORG]] and Housing Council that prices rose.",
			want:   []string{`org:tervane-farming ORG "Tervane Farming"`},
		},
		{
			name:   "a long run of capitalized words",
			marked: "Talks\n\nHe read the [[Tervane Farming|ORG]] and Fish Oil Supplies Vellmark Report today.",
			want:   []string{`org:tervane-farming ORG "Tervane Farming"`},
		},
		{
			name:   "a far side that opens with a name",
			marked: "Cars\n\nPrices of the [[Lemmox Grand Tourer|ORG]] and [[Vellmark Diplomat|PER]] will not change.",
			want:   []string{`org:lemmox-grand-tourer ORG "Lemmox Grand Tourer"`, `person:vellmark-diplomat PERSON "Vellmark Diplomat"`},
		},
		{
			name:   "a person's pair",
			marked: "Talks\n\nShe said the [[Ann Vell|PER]] and Supplies deal was off.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a firm named whole across its and",
			marked: "Deal\n\nShe said the [[Lemmox and Lemmox|ORG]] unit was sold.",
			want:   []string{`org:lemmox-and-lemmox ORG "Lemmox and Lemmox"`},
		},
		{
			name:   "no opener before the name",
			marked: "Deal\n\nShe said [[Tervane Fabrics|ORG]] and Supplies were sold.",
			want:   []string{`org:tervane-fabrics ORG "Tervane Fabrics"`},
		},
		{
			name:   "a far side that is no common word",
			marked: "Deal\n\nShe said the [[Tervane Fabrics|ORG]] and Quarbin deal was off.",
			want:   []string{`org:tervane-fabrics ORG "Tervane Fabrics"`},
		},
		{
			name:   "a headline",
			marked: "The Tervane Fabrics And Supplies Sale\n\nThe two sides met on Monday.",
			want:   nil,
		},
	})
}
