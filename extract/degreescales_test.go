package extract

import "testing"

// TestDegreeScale checks, on sentences of our own with made-up names, that
// a name after "degrees" every time is a scale of temperature
// ([degreeScale]), and the names left: the deviser named without
// "degrees" in the same article, a name of two words.
func TestDegreeScale(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a scale after degrees",
			marked: "Science\n\nThe metal carries current when cooled to 40 degrees [[Quandt|PER]], the lab said.",
			want:   nil,
		},
		{
			name:   "the deviser named too",
			marked: "Science\n\nThe metal was cooled to 40 degrees [[Quandt|PER]], a scale that [[Quandt|PER]] devised.",
			want:   []string{`person:quandt PERSON "Quandt" partial`},
		},
		{
			name:   "a name of two words",
			marked: "Weather\n\nIt was 40 degrees when [[Ann Quandt|PER]] arrived.",
			want:   []string{`person:ann-quandt PERSON "Ann Quandt"`},
		},
	})
}
