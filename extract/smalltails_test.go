package extract

import "testing"

// TestCutSmallTail checks, on sentences of our own, that a small word
// left at the end of a span by a member's office cut after it goes too,
// and the spans it leaves: a small word inside a name, a person's span.
func TestCutSmallTail(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a conjunction before MPs",
			marked: "Roads\n\nThe report is published by the [[Quarbin Council for Road Safety as MPs|ORG]] are due to vote.",
			want:   []string{`org:quarbin-council-for-road-safety ORG "Quarbin Council for Road Safety"`},
		},
		{
			name:   "a preposition before a deputy",
			marked: "Roads\n\nThe [[Tervane Road Board for Deputy|ORG]] chairman spoke.",
			want:   []string{`org:tervane-road-board ORG "Tervane Road Board"`},
		},
		{
			name:   "a small word inside the name",
			marked: "Roads\n\nThe [[Quarbin Council for Road Safety MPs|ORG]] group met.",
			want:   []string{`org:quarbin-council-for-road-safety ORG "Quarbin Council for Road Safety"`},
		},
	})
}
