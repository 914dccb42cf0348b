package extract

import "testing"

// TestBasedFirm checks, on sentences of our own with made-up names, that a
// name taken for a person or a place right after "-based" is a firm
// ([basedFirm]), and the readings left: a kind noun between, a place the
// tables know, a thing's platform before "-based" ("Web-based"), a name cut
// at "and".
func TestBasedFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm taken for a place",
			marked: "Deal\n\nZorbit Corp agreed to acquire Denver-based [[Quarbin Point|LOC]] for five mln dlrs.",
			want:   []string{`org:quarbin-point ORG "Quarbin Point"`},
		},
		{
			name:   "a firm taken for a person",
			marked: "Deal\n\nIt bought Ore.-based [[Lunmark Vell|PER]] last year.",
			want:   []string{`org:lunmark-vell ORG "Lunmark Vell"`},
		},
		{
			name:   "a kind noun between",
			marked: "Deal\n\nSaid Denver-based analyst [[Ann Vell|PER]] of the bid.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a known city",
			marked: "Deal\n\nThe Denver-based [[Chicago|LOC]] office closed.",
			want:   []string{`location:chicago LOCATION "Chicago" partial`},
		},
		{
			name:   "what a thing runs on",
			marked: "Deal\n\nThe Web-based [[Quarbin Point|LOC]] opened in May.",
			want:   []string{`location:quarbin-point LOCATION "Quarbin Point"`},
		},
		{
			name:   "a firm's name cut at and",
			marked: "Deal\n\nIt bought Denver-based [[Lunmark|PER]] and [[Vell|PER]] last year.",
			want:   []string{`person:lunmark PERSON "Lunmark" partial`, `person:vell PERSON "Vell" partial`},
		},
	})
}
