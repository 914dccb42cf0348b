package extract

import "testing"

// TestPairFirms checks on sentences of our own that a firm of two
// surnames joined by "and", without a suffix, is one ORG when the words
// around it say it is a firm, and that pairs of people, places and things
// stay apart.
func TestPairFirms(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "staff of the firm",
			marked: "Analyst [[Rosa Merlotti|PER]] of [[Ingalls|ORG]] and [[Snyder|PER]] said prices would rise.",
			want:   []string{`org:ingalls-and-snyder ORG "Ingalls and Snyder"`, `person:rosa-merlotti PERSON "Rosa Merlotti"`},
		},
		{
			name:   "said it, and the headline in capitals",
			marked: "BRANTLEY AND [[TRECKER|PER]] CUTS JOBS\n\nBrantley and [[Trecker|LOC]] said it would cut 200 jobs.",
			want:   []string{`org:brantley-and-trecker ORG "Brantley and Trecker"`}, // tail12u: the body's "and"
		},
		{
			name:   "a firm's kind before it",
			marked: "The Houston law firm of [[Fulworth|ORG]] and [[Jaworski|PER]] filed the suit.",
			want:   []string{`org:fulworth-and-jaworski ORG "Fulworth and Jaworski"`},
		},
		{
			name:   "two people named alone elsewhere",
			marked: "The talks of [[Reagan|PER]] and [[Shultz|PER]] ended. [[Shultz|PER]] flew home.",
			want:   []string{`person:reagan PERSON "Reagan" partial`, `person:shultz PERSON "Shultz" partial`},
		},
		{
			name:   "two places",
			marked: "Farmers of [[Kansas|LOC]] and [[Nebraska|LOC]] said it rained.",
			want:   []string{`location:kansas LOCATION "Kansas" partial`, `location:nebraska LOCATION "Nebraska" partial`},
		},
		{
			name:   "no cue",
			marked: "The songs of [[Tatovar|PER]] and [[Genosa|PER]] are sad.",
			want:   []string{`person:genosa PERSON "Genosa" partial`, `person:tatovar PERSON "Tatovar" partial`},
		},
		{
			name:   "a first name",
			marked: "A study of [[Jim|PER]] and [[Margaret Cuthbert|PER]] said it was wrong.",
			// tail10zv's sharedSurname gives Jim the surname he shares.
			want: []string{`person:jim-cuthbert PERSON "Jim Cuthbert"`, `person:margaret-cuthbert PERSON "Margaret Cuthbert"`},
		},
	})
}
