package extract

import "testing"

// TestClosedPlace checks [Resolver.closedPlace] through
// [Resolver.placePairFirm]: a known place of two words written as one,
// before "and" and a firm opening with a place, completes the firm.
func TestClosedPlace(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a country of two words written as one",
			marked: "Loans\n\nThe loan is led by [[Srilanka|ORG]] and [[Malaysia Trading Group Ltd|ORG]], it said.",
			want:   []string{`org:srilanka-and-malaysia-trading-group ORG "Srilanka and Malaysia Trading Group Ltd"`},
		},
		{
			name:   "an inner capital",
			marked: "Loans\n\nThe loan is led by [[SriLanka|ORG]] and [[Malaysia Trading Group Ltd|ORG]], it said.",
			want:   []string{`org:srilanka-and-malaysia-trading-group ORG "SriLanka and Malaysia Trading Group Ltd"`},
		},
		{
			name:   "a word no place splits into",
			marked: "Loans\n\nThe loan is led by [[Quarbinton|ORG]] and [[Malaysia Trading Group Ltd|ORG]], it said.",
			want:   []string{`org:malaysia-trading-group ORG "Malaysia Trading Group Ltd"`, `org:quarbinton ORG "Quarbinton" partial`},
		},
	})
}

// TestSuffixOwnerUnit checks [suffixOwnerUnit]: a name typed a place
// after a firm's legal form and its possessive is the firm's unit.
func TestSuffixOwnerUnit(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "at the end of the sentence",
			marked: "Branches\n\nIt bought 12 branches from Quarbin Holdings Corp's [[Tervane Vell Savings|LOC]].",
			want:   []string{`org:tervane-vell-savings ORG "Tervane Vell Savings"`},
		},
		{
			name:   "before and, the possessive apart",
			marked: "Suit\n\nThe suit names Lemmo Inc 's [[Vell Pumps|LOC]] and two others.",
			want:   []string{`org:vell-pumps ORG "Vell Pumps"`},
		},
		{
			name:   "a noun after the name",
			marked: "Oil\n\nQuarbin Corp's [[Tervane Vell|LOC]] refinery was shut.",
			want:   []string{`location:tervane-vell LOCATION "Tervane Vell"`},
		},
		{
			name:   "no legal form before the possessive",
			marked: "Branches\n\nIt bought 12 branches from Quarbin's [[Tervane Vell|LOC]].",
			want:   []string{`location:tervane-vell LOCATION "Tervane Vell"`},
		},
	})
}

// TestOfficerApposition checks [officerApposition]: a name typed a place
// in an apposition of an office is a person.
func TestOfficerApposition(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the office after the name",
			marked: "Plans\n\n[[Glen Quarbin|LOC]], executive vice president for Lemmo, said sales rose.",
			want:   []string{`person:glen-quarbin PERSON "Glen Quarbin"`},
		},
		{
			name:   "the office before the name, initials",
			marked: "Board\n\nLemmo Co said its chairman, [[R.T. Lane|LOC]], has resigned.",
			want:   []string{`person:rt-lane PERSON "R.T. Lane"`},
		},
		{
			name:   "typed a person, a place's last word",
			marked: "Board\n\nLemmo Co said its president,\n[[R.T. Lane|PERSON]], has resigned.",
			want:   []string{`person:rt-lane PERSON "R.T. Lane"`},
		},
		{
			name:   "named again with no cue",
			marked: "Board\n\nLemmo Co said its chairman, [[R.T. Lane|LOC]], has resigned. [[R.T. Lane|LOC]] then held 4 pct of its stock.",
			want:   []string{`person:rt-lane PERSON "R.T. Lane"`},
		},
		{
			name:   "no office",
			marked: "Plans\n\n[[Glen Quarbin|LOC]], a town near Lemmo, grew.",
			want:   []string{`location:glen-quarbin LOCATION "Glen Quarbin"`},
		},
		{
			name:   "no given name first",
			marked: "Plans\n\n[[Quarbin Lane|LOC]], vice president for Lemmo, said sales rose.",
			want:   []string{`location:quarbin-lane LOCATION "Quarbin Lane"`},
		},
	})
}
