package extract

import "testing"

// TestPoliceRankAbbrevs checks, on sentences of our own with made-up
// names, that a police rank written short ("Supt", "Insp") is a title and
// not part of the officer's name, and that the words that merely begin
// with those letters are left.
func TestPoliceRankAbbrevs(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a chief superintendent written short",
			marked: "Police\n\nChief [[Supt Quarn|PER]] went on to warn the public.",
			want:   []string{`person:quarn PERSON "Quarn" partial`},
		},
		{
			name:   "an inspector written short with his full name",
			marked: "Police\n\nDet [[Insp Tomas Quarn|PER]] said the car was found.",
			want:   []string{`person:tomas-quarn PERSON "Tomas Quarn"`},
		},
		{
			name:   "a name that begins so",
			marked: "Police\n\n[[Inspiro Quarn|PER]] said the car was found.",
			want:   []string{`person:inspiro-quarn PERSON "Inspiro Quarn"`},
		},
	})
}
