package extract

import "testing"

// TestStaffOfFirm checks, on sentences of our own with made-up names, that
// a name of two words taken for a person is a firm by its staff before it
// ([staffOfFirm]): a staff noun and a full name before "of", "at" or
// "with", or "a" before it and a staff noun after; and the readings left:
// a full name with no staff noun before it, a staff noun after a name
// with no "a" before, a name of one word.
func TestStaffOfFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an analyst named in full and of",
			marked: "Stocks\n\nThe stock rose after analyst [[Charles Vell|PER]] of [[Tervane Lunmark|PER]] upgraded it.",
			want:   []string{`org:tervane-lunmark ORG "Tervane Lunmark"`, `person:charles-vell PERSON "Charles Vell"`},
		},
		{
			name:   "an economist named in full and at",
			marked: "Stocks\n\nIt was a small deal, said economist [[George Quenby|PER]] at [[Ostra Pellam|PER]].",
			want:   []string{`org:ostra-pellam ORG "Ostra Pellam"`, `person:george-quenby PERSON "George Quenby"`},
		},
		{
			name:   "a and a staff noun after",
			marked: "Stocks\n\nDavid Quenby, a [[Tervane Lunmark|PER]] analyst, said the sale was likely.",
			want:   []string{`org:tervane-lunmark ORG "Tervane Lunmark"`},
		},
		{
			name:   "no staff noun before the full name",
			marked: "Talks\n\nIt was a talk by [[Charles Vell|PER]] with [[Anna Lemmo|PER]] in May.",
			want:   []string{`person:anna-lemmo PERSON "Anna Lemmo"`, `person:charles-vell PERSON "Charles Vell"`},
		},
		{
			name:   "a staff noun with no a before",
			marked: "Talks\n\nThe [[Anna Lemmo|PER]] analyst team met.",
			want:   []string{`person:anna-lemmo PERSON "Anna Lemmo"`},
		},
		{
			name:   "a name of one word",
			marked: "Talks\n\nSaid analyst [[Charles Vell|PER]] of [[Lemmo|PER]] on Monday.",
			want:   []string{`person:charles-vell PERSON "Charles Vell"`, `person:lemmo PERSON "Lemmo" partial`},
		},
	})
}
