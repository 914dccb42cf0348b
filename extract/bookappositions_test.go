package extract

import "testing"

// TestBookApposition checks, on sentences of our own, that a name in an
// apposition after a kind of book, film or play that its maker opens is a
// work (no node); and the readings left alone: a kind noun after a bare
// article, a person's apposition after the name.
func TestBookApposition(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a novel after its author's possessive, then in and a year",
			marked: "Books\n\nThe story became [[Ann Vell|PER]]'s first novel, [[Zorbit Quay|PER]] in 1958.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a play after a possessive pronoun",
			marked: "Film\n\nHe made a film he adapted from his own play, [[Quarbin Lane|ORG]].",
			want:   nil,
		},
		{
			name:   "a book after a bare article and new",
			marked: "Politics\n\nIn a new book, [[Lawless Tervane|ORG]], he says so.",
			want:   nil,
		},
		{
			name:   "a film after a bare article",
			marked: "Film\n\nThe director of the film, [[Vellon Quarb|PER]], says it is fine.",
			want:   []string{`person:vellon-quarb PERSON "Vellon Quarb"`},
		},
		{
			name:   "a person's apposition after the name",
			marked: "Film\n\nIn his new film, [[David Quarb|PER]], who is 41, plays a spy.",
			want:   []string{`person:david-quarb PERSON "David Quarb"`},
		},
	})
}
