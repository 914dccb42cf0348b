package extract

import "testing"

// TestSuffixStops: a span cut at a company suffix with its period before a
// capitalized word that is no suffix (tail12j, suffixstops.go).
func TestSuffixStops(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a suffix opening the span",
			marked: "Shares\n\nPrices rose, said Ann Vell of Tervane Fry [[Ltd. Quarbin Lemmox|ORG]] is building a plant in the port.",
			want:   []string{`org:quarbin-lemmox ORG "Quarbin Lemmox"`, `org:tervane-fry ORG "Tervane Fry Ltd."`},
		},
		{
			name:   "a common word after a suffix alone",
			marked: "Shares\n\nPrices rose, said Ann Vell of Tervane (Asia) [[Ltd. Industry|ORG]] analysts said sales fell.",
			want:   nil,
		},
		{
			name:   "another word after a suffix alone",
			marked: "Shares\n\nPrices rose, said Ann Vell of Tervane (Asia) [[Ltd. Quarbin|ORG]] is building a plant in the port.",
			want:   []string{`org:ltd-quarbin ORG "Ltd. Quarbin"`},
		},
		{
			name:   "a firm before the stop",
			marked: "Shares\n\nTalks were held with [[Tervane Fry Ltd. Lemmox Dorran|ORG]] chairman Bo Vell said.",
			want:   []string{`org:lemmox-dorran ORG "Lemmox Dorran"`, `org:tervane-fry ORG "Tervane Fry Ltd."`},
		},
		{
			name:   "a second suffix is the same name's",
			marked: "Shares\n\nThe notes were placed by [[Quarbin Securities Co. Ltd.|ORG]] in the port.",
			want:   []string{`org:quarbin-securities ORG "Quarbin Securities Co. Ltd."`},
		},
		{
			name:   "a firm's international arm is no second name",
			marked: "Shares\n\nShe is a director of [[Quarbin Securities Co. International|ORG]] in the port.",
			want:   []string{`org:quarbin-securities ORG "Quarbin Securities Co."`},
		},
		{
			name:   "a dotted suffix is left",
			marked: "Shares\n\nThe notes were placed by [[N.V. Quarbin Lemmox|ORG]] in the port.",
			want:   []string{`org:nv-quarbin-lemmox ORG "N.V. Quarbin Lemmox"`},
		},
	})
}

// TestCoNameTails: "X and Co" kept with the firm's words after it (tail12j,
// cotails.go).
func TestCoNameTails(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a company's word after and Co",
			marked: "Offer\n\nLead underwriter [[Dorran and Co Investments Inc|ORG]] said an offering was underway.",
			want:   []string{`org:dorran-and-co-investments ORG "Dorran and Co Investments Inc"`},
		},
		{
			name:   "a place after and Co",
			marked: "Offer\n\nIts unit [[Quarbin and Co Canada Ltd|ORG]] bought two mln shares.",
			want:   []string{`org:quarbin-and-co-canada ORG "Quarbin and Co Canada Ltd"`},
		},
		{
			name:   "another firm after and Co",
			marked: "Offer\n\nThe group was led by [[Dorran and Co Tervane Department Stores Inc|ORG]] on Monday.",
			want:   []string{`org:dorran-and ORG "Dorran and Co"`, `org:tervane-department-stores ORG "Tervane Department Stores Inc"`},
		},
		{
			name:   "Co with its period",
			marked: "Offer\n\nThe group was led by [[Dorran and Co. Investments Inc|ORG]] on Monday.",
			want:   []string{`org:dorran-and ORG "Dorran and Co."`, `org:investments ORG "Investments Inc"`},
		},
	})
}

// TestCommonPossessors: a common word's possessive opens the firm's name
// after it (tail12j, possessivewords.go).
func TestCommonPossessors(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a common word before a firm",
			marked: "Suit\n\nThe group sued Harvest's [[Tervane Products Inc|ORG]] over its label.",
			want:   []string{`org:harvests-tervane-products ORG "Harvest's Tervane Products Inc"`},
		},
		{
			name:   "the word taken alone for a firm",
			marked: "Suit\n\nThe group sued [[Harvest|ORG]]'s [[Tervane Products Inc|ORG]] over its label.",
			want:   []string{`org:harvests-tervane-products ORG "Harvest's Tervane Products Inc"`},
		},
		{
			name:   "a firm's head is an owner",
			marked: "Suit\n\nThe group sued Company's [[Tervane Products Inc|ORG]] over its label.",
			want:   []string{`org:tervane-products ORG "Tervane Products Inc"`},
		},
		{
			name:   "after a determiner",
			marked: "Suit\n\nThe group sued the Harvest's [[Tervane Products Inc|ORG]] over its label.",
			want:   []string{`org:tervane-products ORG "Tervane Products Inc"`},
		},
		{
			name:   "the word names an owner in the article",
			marked: "Suit\n\n[[Harvest Corp|ORG]] said Harvest's [[Tervane Products Inc|ORG]] unit sold a plant.",
			want:   []string{`org:harvest ORG "Harvest Corp"`, `org:tervane-products ORG "Tervane Products Inc"`},
		},
		{
			name:   "no company suffix",
			marked: "Suit\n\nThe group sued Harvest's [[Tervane Products|ORG]] over its label.",
			want:   []string{`org:tervane-products ORG "Tervane Products"`},
		},
	})
}
