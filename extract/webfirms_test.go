package extract

import "testing"

// TestWebFirm checks that a name written as a web address and typed a
// place or a person is a firm, and that an e-mail address and a place
// with a period inside stay as they were.
func TestWebFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a web firm typed a place",
			marked: "Web\n\nAnn Vell, chief revenue officer at [[Quarbin.com|LOC]], said sales rose.",
			want:   []string{`org:quarbincom ORG "Quarbin.com" partial`},
		},
		{
			name:   "a British web firm typed a person",
			marked: "Web\n\nShoppers went to [[Tervo.co.uk|PER]] for gifts.",
			want:   []string{`org:tervocouk ORG "Tervo.co.uk" partial`},
		},
		{
			name:   "an e-mail address that lost its at sign",
			marked: "Clubs\n\nWrite to [[Ann.Quarbinsun.com|LOC]] for details.",
			want:   nil,
		},
		{
			name:   "a town with a period stays a place",
			marked: "Towns\n\nThe plant is in [[St. Quarbin|LOC]] near the coast.",
			want:   []string{`location:st-quarbin LOCATION "St. Quarbin"`},
		},
	})
}
