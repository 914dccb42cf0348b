package extract

import "testing"

// TestLetterPairStops checks, on sentences of our own with made-up names,
// that a short form of two letters joined by "and" ends at its full stop,
// and that a name's initials with dots and a short form inside its
// sentence are left.
func TestLetterPairStops(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the next sentence's first word glued on",
			marked: "The notes were rated A by [[Q and T. Dealers|ORG]] said the notes sold well.\n",
			want:   []string{`org:q-and-t ORG "Q&T" partial`},
		},
		{
			name:   "an ampersand",
			marked: "The notes were not rated by [[Q & T. About|ORG]] ten mln dlrs is affected.\n",
			want:   []string{`org:q-and-t ORG "Q&T" partial`},
		},
		{
			name:   "not a name's initials with dots",
			marked: "The broker [[Q.R. and T. Vell Ltd|ORG]] said it sold the notes.\n",
			want:   []string{`org:qr-and-t-vell ORG "Q.R. and T. Vell Ltd"`},
		},
		{
			name:   "not the first letter dotted too",
			marked: "The broker [[Q. and T. Vell Plc|ORG]] said it sold the notes.\n",
			want:   []string{`org:q-and-t-vell ORG "Q. and T. Vell Plc"`},
		},
		{
			name:   "not a short form inside its sentence",
			marked: "The broker [[Q and T Vell Inc|ORG]] said it sold the notes.\n",
			want:   []string{`org:q-and-t-vell ORG "Q and T Vell Inc"`},
		},
	})
}
