package extract

import "testing"

// TestLineGap checks [lineGap]: a space or a lone line break parts two
// words of one paragraph; a blank line or another byte does not.
func TestLineGap(t *testing.T) {
	tests := []struct {
		text string
		i    int
		want bool
	}{
		{"Quarbin Hut stores", 11, true},
		{"Quarbin Hut\nstores", 11, true},
		{"Quarbin Hut\n\nStores", 11, false},
		{"Quarbin Hut,", 11, false},
		{"Quarbin Hut", 11, false},
	}
	for _, tt := range tests {
		if got := lineGap(tt.text, tt.i); got != tt.want {
			t.Errorf("lineGap(%q, %d) = %v, want %v", tt.text, tt.i, got, tt.want)
		}
	}
}

// TestOutletChainLineBreak checks [outletChain] across a line's end and
// with "drugstores".
func TestOutletChainLineBreak(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the outlets on the next line",
			marked: "Deal\n\nThe shops bought will be turned into [[Quarbin Hut|LOC]]\nrestaurants, it said.",
			want:   []string{`org:quarbin-hut ORG "Quarbin Hut"`},
		},
		{
			name:   "drugstores",
			marked: "Sales\n\nSales include 40 [[Tervane Mart|PERSON]] drugstores bought in June.",
			want:   []string{`org:tervane-mart ORG "Tervane Mart"`},
		},
		{
			name:   "a blank line after the name",
			marked: "Sales\n\nSales rose at [[Tervane Mart|PERSON]]\n\nrestaurants are next.",
			want:   []string{`person:tervane-mart PERSON "Tervane Mart"`},
		},
	})
}

// TestNamedUnit checks [namedUnit]: a name typed a person or a place
// before a unit's head, or a place's before a deal or "joint venture",
// is a firm's.
func TestNamedUnit(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a unit after a list's and",
			marked: "Plan\n\nThe group joins Lemmo's Vell Research Co and [[Tervane Electro Works|LOC]] unit.",
			want:   []string{`org:tervane-electro-works ORG "Tervane Electro Works"`},
		},
		{
			name:   "an acquired business",
			marked: "Outlook\n\nCosts fall as its newly acquired [[Amlow Quarbin|PERSON]] business is merged.",
			want:   []string{`org:amlow-quarbin ORG "Amlow Quarbin"`},
		},
		{
			name:   "a place's name before a takeover",
			marked: "Deal\n\nIts [[Tervane Coast|LOC]] takeover is for 12 dlrs a share.",
			want:   []string{`org:tervane-coast ORG "Tervane Coast"`},
		},
		{
			name:   "a joint venture across a line's end",
			marked: "Deal\n\nIt sold its half of the [[Quarbin/Vell Video|LOC]]\njoint venture to Lemmo Inc.",
			want:   []string{`org:quarbin-vell-video ORG "Quarbin/Vell Video"`},
		},
		{
			name:   "a noun after business",
			marked: "Parks\n\nIt will enlarge its [[Zorbit|PERSON]] business park.", // tail16e: "business jet" is [ownedCraft]'s
			want:   []string{`person:zorbit PERSON "Zorbit" partial`},
		},
		{
			name:   "a number after unit",
			marked: "Power\n\nIts [[Tervane Bluff|LOC]] unit 2 was shut.",
			want:   []string{`location:tervane-bluff LOCATION "Tervane Bluff"`},
		},
		{
			name:   "the before unit",
			marked: "Oil\n\nIt sold its interest in the [[Amlow Ditch|LOC]] unit in Vell County.",
			want:   []string{`location:amlow-ditch LOCATION "Amlow Ditch"`},
		},
		{
			name:   "a person's name before a takeover",
			marked: "Bid\n\nThe board fought its [[Amlow Quarbin|PERSON]] takeover.",
			want:   []string{`person:amlow-quarbin PERSON "Amlow Quarbin"`},
		},
		{
			name:   "a known place before unit",
			marked: "Sales\n\nSales rose at its [[Ohio|LOC]] unit.",
			want:   []string{`location:ohio LOCATION "Ohio" partial`},
		},
	})
}

// TestPlaceListMember checks [placeListMember]: a name typed a person
// between two known places of a list is a place.
func TestPlaceListMember(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "between two cities, and after",
			marked: "Network\n\nThe line will link San Antonio, [[Quarbinville|PERSON]], Dallas and Houston, Texas.",
			want:   []string{`location:quarbinville LOCATION "Quarbinville" partial`},
		},
		{
			name:   "across a line's end, and before the next place",
			marked: "Network\n\nThe line will reach Boston,\n[[Quarbinville|PERSON]] and Chicago.",
			want:   []string{`location:quarbinville LOCATION "Quarbinville" partial`},
		},
		{
			name:   "a known place on one side only",
			marked: "Network\n\nThe line will reach Boston, [[Ann Quarbin|PERSON]], Lemmo Tervane and others.",
			want:   []string{`person:ann-quarbin PERSON "Ann Quarbin"`},
		},
		{
			name:   "the place after runs on into a longer name",
			marked: "Team\n\nIt signed Boston, [[Ann Quarbin|PERSON]], Dallas Tervane and others.",
			want:   []string{`person:ann-quarbin PERSON "Ann Quarbin"`},
		},
	})
}
