package extract

import "testing"

// TestTitleAlone checks, on sentences of our own, that a title of rank
// alone after "the" is no name, and that the person named with it stays.
func TestTitleAlone(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the Cardinal alone",
			marked: "Church\n\nCardinal [[Ann Lemmo|PER]] spoke. It was one of the issues the [[Cardinal|ORG]] raised.",
			want:   []string{`person:ann-lemmo PERSON "Ann Lemmo"`},
		},
		{
			name:   "without the article it stays",
			marked: "Church\n\n[[Cardinal|ORG]] said profits rose.",
			want:   []string{`org:cardinal ORG "Cardinal" partial`},
		},
	})
}
