package extract

import "testing"

// TestFamilyLead checks [familyNames]'s wider leads through the resolver
// ([familyLead]): a sentence's "The" before a family's name drops the
// surname's mention.
func TestFamilyLead(t *testing.T) {
	checkSummaries(t, []markedCase{
		{
			name:   "a sentence's The before the family",
			marked: "Votes\n\n[[Kim Tervane|PERSON]] spoke. The [[Tervane|PERSON]] family owns 40% of the firm.",
			want:   []string{"person:kim-tervane 1"},
		},
		// Negatives: a lead the rule does not take keeps the mention.
		{
			name:   "The inside a line, no sentence's start",
			marked: "Votes\n\n[[Kim Tervane|PERSON]] said The [[Tervane|PERSON]] family owns 40%.",
			want:   []string{"person:kim-tervane 2"},
		},
		{
			name:   "a lower-case word without the before it",
			marked: "Votes\n\n[[Ann Quell|PERSON]] met her own [[Quell|PERSON]] family at home.",
			want:   []string{"person:ann-quell 2"},
		},
	}, mentionCounts)
}
