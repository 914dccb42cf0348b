package extract

import "testing"

// TestBasedFirm checks, on sentences of our own with made-up names, that a
// name taken for a person or a place right after "-based" is a firm
// ([basedFirm]), and the readings left: a people's adjective after it, a
// kind noun between, a place the tables know.
func TestBasedFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm taken for a place",
			marked: "Deal\n\nZorbit Corp agreed to acquire Tervane-based [[Quarbin Point|LOC]] for five mln dlrs.",
			want:   []string{`org:quarbin-point ORG "Quarbin Point"`},
		},
		{
			name:   "a firm taken for a person",
			marked: "Deal\n\nIt bought Ore.-based [[Lunmark Vell|PER]] last year.",
			want:   []string{`org:lunmark-vell ORG "Lunmark Vell"`},
		},
		{
			name:   "a kind noun between",
			marked: "Deal\n\nSaid Tervane-based analyst [[Ann Vell|PER]] of the bid.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a known city",
			marked: "Deal\n\nThe Tervane-based [[Chicago|LOC]] office closed.",
			want:   []string{`location:chicago LOCATION "Chicago" partial`},
		},
	})
}
