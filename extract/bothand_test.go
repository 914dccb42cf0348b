package extract

import "testing"

// TestBothAndSpans checks, on sentences of our own with made-up names,
// that a person's span glued at "and" that "both" or "each" follows is
// two people ([bothAndSpans]), and the readings left: a firm's span with
// its own "and", the last name of a list, no count after.
func TestBothAndSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "two people who have both",
			marked: "Music\n\nHe turned his attention to [[Tomas Quarn and Velko|PER]], who have both sung with him.",
			want:   []string{`person:tomas-quarn PERSON "Tomas Quarn"`, `person:velko PERSON "Velko" partial`},
		},
		{
			name:   "two people each",
			marked: "Music\n\nSince then [[Ann Dorr and Tomas Quarn|PER]] each won a prize.",
			want:   []string{`person:ann-dorr PERSON "Ann Dorr"`, `person:tomas-quarn PERSON "Tomas Quarn"`},
		},
		{
			name:   "a firm with its own and",
			marked: "Shares\n\nThe two units of [[Tervane Light and Power Co|ORG]] each paid a dividend.",
			want:   []string{`org:tervane-light-and-power ORG "Tervane Light and Power Co"`},
		},
		{
			name:   "the last name of a list",
			marked: "Music\n\nVell, Ostra and [[Ann Dorr and Quarn|PER]] each sang.",
			want:   []string{`person:ann-dorr-and-quarn PERSON "Ann Dorr and Quarn"`},
		},
		{
			name:   "no count after",
			marked: "Music\n\nHe turned his attention to [[Tomas Quarn and Velko|PER]] last year.",
			want:   []string{`person:tomas-quarn-and-velko PERSON "Tomas Quarn and Velko"`},
		},
	})
}
