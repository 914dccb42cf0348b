package extract

import "testing"

// TestFirmPossessiveSaid checks, on sentences of our own, that a name of
// one word taken for a person whose "'s" comes before "said" or "reported
// net" is a company, and that a contraction before "he", a possessive
// before its noun or an adjective, a name the article writes as a
// person's and a name of two words are left.
func TestFirmPossessiveSaid(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "'s said it",
			marked: "Shops\n\nSales fell. [[Quarbin|PER]]'s said it would close two stores.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "'s also said",
			marked: "Shops\n\nSales fell. [[Velmora|PER]]'s also said the chain had no debt.",
			want:   []string{`org:velmora ORG "Velmora" partial`},
		},
		{
			name:   "'s reported net",
			marked: "Shops\n\nIn the half [[Oskel|PER]]'s reported net income of two mln dlrs.",
			want:   []string{`org:oskel ORG "Oskel" partial`},
		},
		{
			name:   "'s said across a line's end",
			marked: "Shops\n\nSales fell. [[Quarbin|PER]]'s\nsaid it would close two stores.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a contraction before he",
			marked: "Clubs\n\n\"[[Tervane|PER]]'s said he will stay,\" the coach told reporters.",
			want:   []string{`person:tervane PERSON "Tervane" partial`},
		},
		{
			name:   "a possessive's adjective",
			marked: "Talks\n\n[[Tervane|PER]]'s reported remarks angered the union.",
			want:   []string{`person:tervane PERSON "Tervane" partial`},
		},
		{
			name:   "a possessive's noun",
			marked: "Talks\n\n[[Tervane|PER]]'s aide said the talks went well.",
			want:   []string{`person:tervane PERSON "Tervane" partial`},
		},
		{
			name:   "a person's title elsewhere",
			marked: "Clubs\n\nMr [[Tervane|PER]] left. [[Tervane|PER]]'s said that the club was wrong.",
			want:   []string{`person:tervane PERSON "Tervane" partial`},
		},
		{
			name:   "a name of two words",
			marked: "Talks\n\nSales fell. [[Ann Tervane|PER]]'s said it would close.",
			want:   []string{`person:ann-tervane PERSON "Ann Tervane"`},
		},
	})
}
