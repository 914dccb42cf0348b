package extract

import "testing"

// TestPossessiveStaffSpans checks, on sentences of our own, that a firm's
// span run on through a possessive into the surname of a person the
// article names in full is cut into the firm and the person, and that a
// person's span, a surname with no full name and a possessive with no
// firm before it are left.
func TestPossessiveStaffSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "plural firm's bare apostrophe",
			marked: "Bid\n\nThe bid is low, said [[Paul Quenby|PER]], who covers the stock for [[Harlow Securities|ORG]]. " +
				"Holders want more, said [[Harlow Securities' Quenby|ORG]].",
			want: []string{`org:harlow-securities ORG "Harlow Securities"`, `person:paul-quenby PERSON "Paul Quenby"`},
		},
		{
			name: "a firm's 's",
			marked: "Pound\n\nSterling rose, said [[Dora Vell|PER]], an economist. " +
				"The bank will wait, said [[Quarbin Tervane's Vell|ORG]].",
			want: []string{`org:quarbin-tervane ORG "Quarbin Tervane"`, `person:dora-vell PERSON "Dora Vell"`},
		},
		{
			name:   "no full name: left whole",
			marked: "Sales\n\nShoppers liked [[Quarbin Tervane's Vell|ORG]], the shop said.",
			want:   []string{`org:quarbin-tervanes-vell ORG "Quarbin Tervane's Vell"`},
		},
		{
			name:   "a person's span is left",
			marked: "Song\n\nThe singer [[Dora Vell|PER]] met [[Lil' Vell|PER]] in Varn.",
			want:   []string{`person:dora-vell PERSON "Dora Vell"`, `person:lil-vell PERSON "Lil' Vell"`},
		},
	})
}
