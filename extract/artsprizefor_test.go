package extract

import "testing"

// TestArtsPrizeFor checks, on sentences of our own with made-up names,
// that a name typed as a firm or a place after a prize of the arts, a few
// lower-case words and "for" is the work the prize is for
// ([artsPrizeFor]), and the readings left: a name of a firm's words, a
// prize that is not only the arts', too many words or a comma between, a
// person after "for".
func TestArtsPrizeFor(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an Oscar some months ago for a film typed a firm",
			marked: "Film\n\nThe director [[Ann Vell|PER]] won an Oscar earlier this year for [[Zorbit Nights|ORG]], her first.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a Grammy for an album typed a place",
			marked: "Music\n\nThe band took a Grammy for [[Lemmo Road|LOC]] in March.",
			want:   nil,
		},
		{
			name:   "a firm's words after for",
			marked: "Music\n\nThe band took a Grammy for [[Quarbin Records|ORG]] in March.",
			want:   []string{`org:quarbin-records ORG "Quarbin Records"`},
		},
		{
			name:   "a prize not only the arts'",
			marked: "Awards\n\nThe firm won a prize earlier this year for [[Zorbit|ORG]] staff.",
			want:   []string{`org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "a comma between",
			marked: "Film\n\nShe has an Oscar, and she plays for [[Zorbit|ORG]] on Sundays.",
			want:   []string{`org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "too many words between",
			marked: "Film\n\nShe has an Oscar and now she also works hard for [[Zorbit|ORG]] on Sundays.",
			want:   []string{`org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "a person after for",
			marked: "Film\n\nThe film won an Oscar for [[Ann Vell|PER]] last year.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
	})
}
