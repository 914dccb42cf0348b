package extract

import "testing"

// TestPartnerRunSpans checks, on sentences of our own with made-up names,
// that a firm named by three partners or more parted by commas is one span
// ([Resolver.partnerRunSpans]) when it ends in "and Co" or its staff
// stands before it, or of two partners and its staff; and the readings left: a list of three names with
// neither, a name that goes on after the last partner, two groups with no
// staff before them.
func TestPartnerRunSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "and Co at the end",
			marked: "Shares\n\nThe shares were sold through a group led by [[Tervane|PER]], [[Quarbin|PER]], [[Lunmark Ostra and Co Inc|ORG]] today.",
			want:   []string{`org:tervane-quarbin-lunmark-ostra ORG "Tervane, Quarbin, Lunmark Ostra and Co Inc"`},
		},
		{
			name:   "an analyst with the firm",
			marked: "Shares\n\nIt was cheap, said Ann Vell, analyst with [[Pellam Rusk|ORG]], [[Dorne|PER]], [[Fenwick|ORG]] and [[Tervane|PER]].",
			want:   []string{`org:pellam-rusk-dorne-fenwick-and-tervane ORG "Pellam Rusk, Dorne, Fenwick and Tervane"`},
		},
		{
			name:   "a full name and of before the firm",
			marked: "Shares\n\nPeter Quenby of [[Tervane|PER]], [[Quarbin|PER]], [[Lunmark Ostra|ORG]] and Fenwick said it fell.",
			want:   []string{`org:tervane-quarbin-lunmark-ostra-and-fenwick ORG "Tervane, Quarbin, Lunmark Ostra and Fenwick"`},
		},
		{
			name:   "a list with neither",
			marked: "Shares\n\nThe shares of [[Pellam|ORG]], [[Dorne|ORG]], [[Fenwick|ORG]] and [[Tervane|ORG]] rose.",
			want:   []string{`org:dorne ORG "Dorne" partial`, `org:fenwick ORG "Fenwick" partial`, `org:pellam ORG "Pellam" partial`, `org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a name that goes on",
			marked: "Shares\n\nAnn Vell of [[Pellam|ORG]], [[Dorne|ORG]], [[Fenwick|ORG]] and [[Tervane Motor Corp|ORG]] said so.",
			want:   []string{`org:dorne ORG "Dorne" partial`, `org:fenwick ORG "Fenwick" partial`, `org:pellam ORG "Pellam" partial`, `org:tervane-motor ORG "Tervane Motor Corp"`},
		},
		{
			name:   "two groups and the first unspanned after the staff",
			marked: "Shares\n\nIt is risky, said analyst Dan Rusk of Pellam, [[Dorne|LOC]] and [[Fenwick|LOC]], a brokerage.",
			want:   []string{`org:pellam-dorne-and-fenwick ORG "Pellam, Dorne and Fenwick"`},
		},
		{
			name:   "two groups and Co with no staff",
			marked: "Shares\n\nThe shares of [[Pellam Rusk|ORG]], [[Dorne and Co|ORG]] rose.",
			want:   []string{`org:dorne-and ORG "Dorne and Co"`, `org:pellam-rusk ORG "Pellam Rusk"`},
		},
	})
}
