package extract

import "testing"

// TestAndTitleSpans checks tail14k's body cut at its "and" before one
// officer's title and name: joined, and left where the word before "and"
// is a name of its own or no title follows.
func TestAndTitleSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a chairman after the name",
			marked: "Shares\n\nThe plan was backed by Tervane and [[Quarbin|ORG]] chairman [[Dan Vell|PER]], who spoke today.",
			want:   []string{`org:tervane-and-quarbin ORG "Tervane and Quarbin"`, `person:dan-vell PERSON "Dan Vell"`},
		},
		{
			name:   "a capitalized title",
			marked: "Shares\n\nElected were Tervane and [[Quarbin|ORG]] Chairman [[Dan Vell|PER]] and others.",
			want:   []string{`org:tervane-and-quarbin ORG "Tervane and Quarbin"`, `person:dan-vell PERSON "Dan Vell"`},
		},
		{
			name:   "no title after",
			marked: "Shares\n\nThe plan was backed by Tervane and [[Quarbin|ORG]] today.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a president after two people",
			marked: "Shares\n\nIt was agreed by Tervane and [[Bundesquarb|ORG]] President [[Dan Vell|PER]] today.",
			want:   []string{`org:bundesquarb ORG "Bundesquarb" partial`, `person:dan-vell PERSON "Dan Vell"`},
		},
		{
			name:   "a given name before and",
			marked: "Shares\n\nIt was agreed by Peter and [[Quarbin|ORG]] analyst [[Dan Vell|PER]] today.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `person:dan-vell PERSON "Dan Vell"`},
		},
		{
			name:   "a place before and",
			marked: "Shares\n\nIt was agreed by Texas and [[Quarbin|ORG]] chairman [[Dan Vell|PER]] today.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `person:dan-vell PERSON "Dan Vell"`},
		},
	})
}
