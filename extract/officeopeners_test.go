package extract

import "testing"

// TestOfficeOpeners checks, on sentences of our own, that the end of a
// job title glued before a person's full name is cut, after "Chief" and
// alone; and that a title before one word stays whole.
func TestOfficeOpeners(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the end of a chief's title",
			marked: "Results\n\nQuarbin Chief [[Financial Officer Edward Okafor|PER]] said profits rose.",
			want:   []string{`person:edward-okafor PERSON "Edward Okafor"`},
		},
		{
			name:   "a representative's title",
			marked: "Trade\n\nTalks were led by Deputy [[Trade Representative Mary Quarbell|PER]] this week.",
			want:   []string{`person:mary-quarbell PERSON "Mary Quarbell"`},
		},
		{
			name:   "one word after the title",
			marked: "Visit\n\n[[Export Sales Manager Quarbell|PER]] spoke.",
			want:   []string{`person:export-sales-manager-quarbell PERSON "Export Sales Manager Quarbell"`},
		},
	})
}
