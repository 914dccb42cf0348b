package extract

import "testing"

// TestSurnameOfFirm checks, on sentences of our own, that a speaker's
// surname glued to his firm at "of" is cut from it when the article names
// him whole elsewhere, and left when it does not or when the surname is
// no speaker's.
func TestSurnameOfFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "the speaker named whole before",
			marked: "Homes\n\nSales fell, said [[Ann Quarbin|PER]], an economist with [[Tervane Research|ORG]].\n" +
				"    [[Quarbin of Tervane Research|ORG]] said condominium sales held up.",
			want: []string{`org:tervane-research ORG "Tervane Research"`, `person:ann-quarbin PERSON "Ann Quarbin"`},
		},
		// Left alone.
		{
			name:   "no whole name elsewhere",
			marked: "Homes\n\nSales fell.\n    [[Quarbin of Tervane Research|ORG]] said condominium sales held up.",
			want:   []string{`org:quarbin-of-tervane-research ORG "Quarbin of Tervane Research"`},
		},
		{
			name: "no speaker",
			marked: "Homes\n\nSales fell, said [[Ann Quarbin|PER]].\n" +
				"    The bank bought [[Quarbin of Tervane Research|ORG]] last year.",
			want: []string{`org:quarbin-of-tervane-research ORG "Quarbin of Tervane Research"`, `person:ann-quarbin PERSON "Ann Quarbin"`},
		},
	})
}
