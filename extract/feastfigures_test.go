package extract

import "testing"

// TestFeastFigure covers a feast's name after the title "Father"
// ([feastFigure]).
func TestFeastFigure(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a feast after Father",
			marked: "Film\n\nThe actor plays the boy, the conductor and Father [[Christmas|PER]] in the film by [[Ann Vell|PER]].",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		// Negatives: what the rule must leave.
		{
			name:   "a surname after Father, no feast",
			marked: "Church\n\nThe service was led by Father [[Okafor|PER]] on Sunday.",
			want:   []string{`person:okafor PERSON "Okafor" partial`},
		},
		{
			name:   "a feast's name as a surname after Mr",
			marked: "Council\n\nThe plan was put forward by Mr [[Easter|PER]] at the meeting.",
			want:   []string{`person:easter PERSON "Easter" partial`},
		},
	})
}
