package extract

import "testing"

// TestFamilyNamesWrapped checks [familyNames] through the resolver on
// text wrapped as the wire wraps it: a surname between "the" and "family"
// with a line break on either side of it is a family's name still, no
// mention of the person or firm of that name; a paragraph's break, or no
// "the", leaves the surname a mention.
func TestFamilyNamesWrapped(t *testing.T) {
	checkSummaries(t, []markedCase{
		{
			name:   "a line break before family",
			marked: "Votes\n\nThe shares are held by the [[Tervane|PERSON]]\nfamily. [[Kim Tervane|PERSON]] said so.",
			want:   []string{"person:kim-tervane 1"},
		},
		{
			name:   "a line break after the",
			marked: "Votes\n\nThe shares are held by the\n[[Quell|PERSON]] family, said [[Ann Quell|PERSON]].",
			want:   []string{"person:ann-quell 1"},
		},
		{
			name:   "a firm with a surname inside, its family wrapped",
			marked: "Casinos\n\n[[Ardmoor Tervane Group Plc|ORG]] said [[Hollin Walk Ltd|ORG]], run by the [[Tervane|PERSON]]\nfamily, owns shares.",
			want:   []string{"org:ardmoor-tervane-group 1", "org:hollin-walk 1"},
		},
		{
			name:   "a paragraph's break is no wrapped line",
			marked: "Votes\n\nIt was sold to the [[Quell|PERSON]]\n\nfamily trust said [[Ann Quell|PERSON]].",
			want:   []string{"person:ann-quell 2"},
		},
		{
			name:   "no the before the wrapped surname",
			marked: "Votes\n\n[[Ann Quell|PERSON]] spoke. Later [[Quell|PERSON]]\nfamily members came.",
			want:   []string{"person:ann-quell 2"},
		},
	}, mentionCounts)
}
