package extract

import "testing"

// TestApostropheSurnameSpans checks, on sentences of our own, that a
// person's span cut at the "O" of a surname written with a space after
// its apostrophe takes the surname, and the spans left: an apostrophe
// with a space before it, a lower-case word after it, a lone "O", a
// span of another type.
func TestApostropheSurnameSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a given name and O",
			marked: "Union\n\n[[Tam O|PER]]' Vell, editor of a magazine, said so.",
			want:   []string{`person:tam-o-vell PERSON "Tam O' Vell"`},
		},
		{
			name:   "a given name and D",
			marked: "Union\n\nThe goal came from [[Luca D|PER]]' Marle in the last minute.",
			want:   []string{`person:luca-d-marle PERSON "Luca D' Marle"`},
		},
		{
			name:   "a space before the apostrophe",
			marked: "Union\n\nThe letter was signed [[Tam O|PER]] 'Vell' by its writer.",
			want:   []string{`org:tam-o ORG "Tam O"`},
		},
		{
			name:   "a lower-case word after the apostrophe",
			marked: "Union\n\nThey called [[Tam O|PER]]' clock the best of the year.",
			want:   []string{`person:tam-o PERSON "Tam O"`},
		},
		{
			name:   "a lone O",
			marked: "Union\n\nThe sign read [[O|PER]]' Vell in red.",
			want:   []string{`person:o PERSON "O" partial`},
		},
		{
			name:   "an organization",
			marked: "Union\n\nShares of [[Chock Full O|ORG]]' Nuts rose.",
			want:   []string{`org:chock-full-o ORG "Chock Full O"`},
		},
	})
}
