package extract

import "testing"

// TestFirmPossessive checks, on sentences of our own, that a name taken
// for a person is a company where a possessive and what only a company has
// follow it, and that a person's shares and a titled name stay a person's.
func TestFirmPossessive(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a company's stock and board",
			marked: "Bids\n\n[[Quarbin|PER]]'s stock rose 2 dlrs. [[Quarbin|PER]] did not comment, and [[Quarbin|PER]]'s board met.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a person's shares",
			marked: "Bids\n\n[[Ann Tervane|PER]] sold [[Tervane|PER]]'s shares in the airline.",
			want:   []string{`person:ann-tervane PERSON "Ann Tervane"`},
		},
		{
			name:   "a titled name",
			marked: "Bids\n\nMr [[Zorbit|PER]]'s board seat is safe, [[Zorbit|PER]] said.",
			want:   []string{`person:zorbit PERSON "Zorbit" partial`},
		},
	})
}
