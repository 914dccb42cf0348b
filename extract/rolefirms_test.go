package extract

import "testing"

// TestRoleWithFirm checks, on sentences of our own with made-up names,
// that a working role and "with" or "at" before partners parted by commas
// make them one firm with no suffix ([roleWithBefore]), and the readings
// left: the same partners after a verb's "with", a role not of a firm's
// trade, and a role before two partners only.
func TestRoleWithFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an attorney with a law firm",
			marked: "Suit\n\nBut [[Ann Dorr|PER]], an attorney with [[Tervane|PER]], Quarbin, [[Lunmark|PER]] and [[Vell|PER]] in Yorvane, said the suit would fail.",
			want:   []string{`org:tervane-quarbin-lunmark-and-vell ORG "Tervane, Quarbin, Lunmark and Vell"`, `person:ann-dorr PERSON "Ann Dorr"`},
		},
		{
			name:   "an analyst at a brokerage",
			marked: "Shares\n\nSaid [[Tom Rigby|PER]], an analyst at [[Tervane|PER]], Quarbin and [[Lunmark|PER]]: \"It is cheap.\"",
			want:   []string{`org:tervane-quarbin-and-lunmark ORG "Tervane, Quarbin and Lunmark"`, `person:tom-rigby PERSON "Tom Rigby"`},
		},
		{
			name:   "people met with",
			marked: "Talks\n\nThe minister met with [[Tervane|PER]], Quarbin, [[Lunmark|PER]] and [[Vell|PER]] on Monday.",
			want:   []string{`person:lunmark PERSON "Lunmark" partial`, `person:tervane PERSON "Tervane" partial`, `person:vell PERSON "Vell" partial`},
		},
		{
			name:   "a role not of a firm's trade",
			marked: "Film\n\nShe is a singer with [[Tervane|PER]], Quarbin, [[Lunmark|PER]] and [[Vell|PER]] on the record.",
			want:   []string{`person:lunmark PERSON "Lunmark" partial`, `person:tervane PERSON "Tervane" partial`, `person:vell PERSON "Vell" partial`},
		},
	})
}
