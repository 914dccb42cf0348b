package extract

import "testing"

// TestFamilyAdjectiveLead checks [familyNames]'s lead of "the" and one
// lower-case word through the resolver ([familyAdjectiveLead]): "the
// founding Tervane family" drops the surname's mention.
func TestFamilyAdjectiveLead(t *testing.T) {
	checkSummaries(t, []markedCase{
		{
			name:   "the founding family",
			marked: "Heirs\n\n[[Kim Tervane|PERSON]] spoke. He is of the founding [[Tervane|PERSON]] family of the firm.",
			want:   []string{"person:kim-tervane 1"},
		},
		{
			name:   "a sentence's The and a word",
			marked: "Heirs\n\n[[Kim Tervane|PERSON]] spoke. The controlling [[Tervane|PERSON]] family owns 40% of the firm.",
			want:   []string{"person:kim-tervane 1"},
		},
		{
			name:   "a line break inside the lead",
			marked: "Heirs\n\n[[Kim Tervane|PERSON]] spoke for the wealthy\n[[Tervane|PERSON]] family on Monday.",
			want:   []string{"person:kim-tervane 1"},
		},
		// Negatives: a lead the rule does not take keeps the mention.
		{
			name:   "a word without the before it",
			marked: "Heirs\n\n[[Ann Quell|PERSON]] met her own [[Quell|PERSON]] family at home.",
			want:   []string{"person:ann-quell 2"},
		},
		{
			name:   "two words between the and the name",
			marked: "Heirs\n\n[[Ann Quell|PERSON]] met the very old [[Quell|PERSON]] family at home.",
			want:   []string{"person:ann-quell 2"},
		},
		{
			name:   "a word ending in the",
			marked: "Heirs\n\n[[Ann Quell|PERSON]] will bathe happy [[Quell|PERSON]] family dogs.",
			want:   []string{"person:ann-quell 2"},
		},
	}, mentionCounts)
}
