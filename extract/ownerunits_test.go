package extract

import "testing"

// TestFirmOfOwner checks that a name taken for a person or a place between
// a firm's possessive and a unit's noun is a firm ([firmOfIts], [firmOwnerWords]), and the
// readings left: a person's possessive before, a known place, no unit's
// noun after.
func TestFirmOfOwner(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the company's division",
			marked: "Plants\n\nThe company's [[Quarbin|PER]] division makes blenders.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a firm's legal form's unit",
			marked: "Plants\n\nZorbit Corp's [[Lunmark Vell|LOC]] unit was sold.",
			want:   []string{`org:lunmark-vell ORG "Lunmark Vell"`},
		},
		{
			name:   "a known state's unit",
			marked: "Plants\n\nThe company's [[Texas|LOC]] division was sold.",
			want:   []string{`location:texas LOCATION "Texas" partial`},
		},
		{
			name:   "a person's possessive",
			marked: "Plants\n\nThe manager's [[Ann Vell|PER]] division won.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "no unit after",
			marked: "Plants\n\nThe company's [[Ann Vell|PER]] said so.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
	})
}
