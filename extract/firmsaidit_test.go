package extract

import "testing"

// TestFirmSaidIt checks, on sentences of our own, that a name taken for a
// person that opens its clause and says "it" did a body's deed is a
// company, and that a full name, a speaker's impersonal "it", a titled
// name, and a role word or a lead-in before the name leave a person.
func TestFirmSaidIt(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a deed after said it",
			marked: "Deals\n\nShares rose. [[Quarbin|PER]] said it acquired a small maker of valves.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a deed after had, across a line's end",
			marked: "Deals\n\nIn a statement, [[Velmora|PER]] said\nit had agreed to sell two mills.",
			want:   []string{`org:velmora ORG "Velmora" partial`},
		},
		{
			name:   "a full name",
			marked: "Deals\n\nThe stock rose. [[Ann Tervane|PER]] said it bought 5 pct of the firm.",
			want:   []string{`person:ann-tervane PERSON "Ann Tervane"`},
		},
		{
			name:   "an impersonal it",
			marked: "Talks\n\nThe talks ended. [[Ann Tervane|PER]] said it was too early to judge.",
			want:   []string{`person:ann-tervane PERSON "Ann Tervane"`},
		},
		{
			name:   "a titled speaker",
			marked: "Deals\n\nThe firm grew. Mr. [[Zorbit|PER]] said it acquired two plants.",
			want:   []string{`person:zorbit PERSON "Zorbit" partial`},
		},
		{
			name:   "a role word before the name",
			marked: "Deals\n\nQuarbin Corp spokesman [[Tervane|PER]] said it had bought two plants.",
			want:   []string{`person:tervane PERSON "Tervane" partial`},
		},
		{
			name:   "a group's leader",
			marked: "Deals\n\nA group led by investor [[Tervane|PER]] said it bought 5 pct of the firm.",
			want:   []string{`person:tervane PERSON "Tervane" partial`},
		},
	})
}
