package extract

import "testing"

// TestForeignBodies checks, on sentences of our own with made-up names,
// that a name the recognizer took for a person or a place is a body's by
// its first word in another language, and that one such word alone is
// left.
func TestForeignBodies(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an Italian institute typed as a person",
			marked: "Banks\n\nThe loan came from [[Istituto Zorbit Italiano|PER]], bankers said.",
			want:   []string{`org:istituto-zorbit-italiano ORG "Istituto Zorbit Italiano"`},
		},
		{
			name:   "a Spanish news agency typed as a person",
			marked: "Sugar\n\nThe mill will open next year, [[Prensa Quarbina|PER]] said.",
			want:   []string{`org:prensa-quarbina ORG "Prensa Quarbina"`},
		},
		{
			name:   "a savings bank typed as a place",
			marked: "Banks\n\nThe office of [[Cassa di Risparmio di Tervane|LOC]] opened.",
			want:   []string{`org:cassa-di-risparmio-di-tervane ORG "Cassa di Risparmio di Tervane"`},
		},
		{
			name:   "one word alone",
			marked: "Banks\n\nHe met [[Prensa|PER]] on Monday.",
			want:   []string{`person:prensa PERSON "Prensa" partial`},
		},
	})
}
