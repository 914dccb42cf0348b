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
			name:   "a manager's title with an initial",
			marked: "Sales\n\nThe agency's [[Export Sales Manager Mary T. Quarbell|PER]] spoke.",
			want:   []string{`person:mary-t-quarbell PERSON "Mary T. Quarbell"`},
		},
		{
			name:   "one word after the title",
			marked: "Visit\n\n[[Export Sales Manager Quarbell|PER]] spoke.",
			want:   []string{`person:export-sales-manager-quarbell PERSON "Export Sales Manager Quarbell"`},
		},
	})
}
