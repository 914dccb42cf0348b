package extract

import "testing"

// TestDisasterTown checks, on sentences of our own, that a one-word name
// GeoNames knows as a town, typed a person, is a place when a disaster's
// noun follows it every time the article writes it; and the cases left
// alone: a person's cue in the article, a mention with no disaster's noun,
// a name GeoNames does not know.
func TestDisasterTown(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "victims and an air crash",
			marked: "Talks\n\nThe deal will compensate [[Aberfan|PER]] victims. " +
				"The 1966 [[Aberfan|PER]] air crash was the worst in its history.",
			want: []string{`location:aberfan LOCATION "Aberfan" partial`},
		},
		{
			name: "a title makes the name a person's",
			marked: "Talks\n\nThe deal will compensate [[Aberfan|PER]] victims, " +
				"Mr [[Aberfan|PER]] said.",
			want: []string{`person:aberfan PERSON "Aberfan" partial`},
		},
		{
			name: "a mention with no disaster's noun",
			marked: "Talks\n\nThe deal will compensate [[Aberfan|PER]] victims. " +
				"[[Aberfan|PER]] signed it on Monday.",
			want: []string{`person:aberfan PERSON "Aberfan" partial`},
		},
		{
			name:   "no town of GeoNames",
			marked: "Talks\n\nThe deal will compensate [[Zorvaquin|PER]] victims.",
			want:   []string{`person:zorvaquin PERSON "Zorvaquin" partial`},
		},
	})
}
