package extract

import "testing"

// TestLoneTownGrade checks, on sentences of our own, that a one-word
// place the tables know, typed ORG before "crude", is a grade (no node)
// ([loneTownGrade]), and what it leaves: a region of two words, a
// person's type, a terminal after "crude", a place typed as a place.
func TestLoneTownGrade(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a town typed ORG before crude",
			marked: "Oil\n\n[[Leeds|ORG]] crude rose 20 cents to 31 dollars a barrel.",
			want:   nil,
		},
		{
			name:   "a town typed ORG before crudes, a firm kept",
			marked: "Oil\n\n[[Zentor Corp|ORG]] bought [[Leeds|ORG]] crudes for its plant.",
			want:   []string{`org:zentor ORG "Zentor Corp"`},
		},
		{
			name:   "a region of two words keeps its node",
			marked: "Oil\n\n[[New Orleans|ORG]] crude rose 20 cents.",
			want:   []string{`location:new-orleans LOCATION "New Orleans"`},
		},
		{
			name:   "a town typed PER before crude",
			marked: "Oil\n\n[[Leeds|PER]] crude rose 20 cents.",
			want:   []string{`person:leeds PERSON "Leeds" partial`},
		},
		{
			name:   "a town's crude terminal",
			marked: "Oil\n\nThe oil is landed at the [[Leeds|ORG]] crude terminal.",
			want:   []string{`location:leeds LOCATION "Leeds" partial`},
		},
		{
			name:   "a town typed as a place",
			marked: "Oil\n\n[[Leeds|LOC]] crude rose 20 cents.",
			want:   []string{`location:leeds LOCATION "Leeds" partial`},
		},
	})
}
