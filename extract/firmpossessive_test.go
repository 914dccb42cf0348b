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

// TestFirmWhich checks, on sentences of our own, that a name taken for a
// person that begins its sentence with ", which" and a lower-case word
// after it is a company, and that "which" after a name in the middle of a
// sentence (a clause's "which") and "who" leave a person.
func TestFirmWhich(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a company's which",
			marked: "Retail\n\n[[Mara Quillfeather|PER]] is parting company with its chief. [[Mara Quillfeather|PER]], which floated in 1995, said sales fell.",
			want:   []string{`org:mara-quillfeather ORG "Mara Quillfeather"`},
		},
		{
			name:   "a clause's which",
			marked: "Talks\n\nThe minister met [[Mara Quillfeather|PER]], which surprised many.",
			want:   []string{`person:mara-quillfeather PERSON "Mara Quillfeather"`},
		},
		{
			name:   "a person's who",
			marked: "Talks\n\n[[Mara Quillfeather|PER]], who founded the firm, said sales fell.",
			want:   []string{`person:mara-quillfeather PERSON "Mara Quillfeather"`},
		},
		{
			name:   "a wrapped line's first name",
			marked: "Talks\n\nThe advice of analyst\n[[Mara Quillfeather|PER]], which focused on costs, lifted the stock.",
			want:   []string{`person:mara-quillfeather PERSON "Mara Quillfeather"`},
		},
		{
			name:   "a titled name",
			marked: "Talks\n\nThey met Mr. [[Quillfeather|PER]], which is odd, and left.",
			want:   []string{`person:quillfeather PERSON "Quillfeather" partial`},
		},
	})
}
