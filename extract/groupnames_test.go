package extract

import "testing"

// TestGroupNames checks [groupNames] through the resolver: a surname
// before "group" is the group, no mention of the man whose full name ends
// in it.
func TestGroupNames(t *testing.T) {
	checkSummaries(t, []markedCase{
		{
			name:   "the group beside the man's full name",
			marked: "Stake\n\nA group led by [[Kim Tervane|PERSON]] bought shares. The [[Tervane|PERSON]] group now holds 5 pct.",
			want:   []string{"person:kim-tervane 1"},
		},
		{
			name:   "a headline in capitals",
			marked: "[[TERVANE|PERSON]] GROUP BUYS SHARES\n\nA group led by [[Kim Tervane|PERSON]] bought shares.",
			want:   []string{"person:kim-tervane 1"},
		},
		// Negatives: the surname alone, or before another word, stays the man's.
		{
			name:   "the surname alone",
			marked: "Stake\n\n[[Kim Tervane|PERSON]] bought shares. [[Tervane|PERSON]] now holds 5 pct.",
			want:   []string{"person:kim-tervane 2"},
		},
		{
			name:   "a word that begins with group",
			marked: "Stake\n\n[[Kim Tervane|PERSON]] bought shares. [[Tervane|PERSON]] grouped them.",
			want:   []string{"person:kim-tervane 2"},
		},
		{
			name:   "no full name ending in the word",
			marked: "Stake\n\nThe [[Tervane|PERSON]] group bought shares. [[Ann Quell|PERSON]] sold.",
			want:   []string{"person:ann-quell 1", "person:tervane 1"},
		},
		{
			name:   "a firm's name beginning with the word",
			marked: "Stake\n\n[[Kim Tervane|PERSON]] runs [[Tervane Corp|ORG]]. The [[Tervane|ORG]] group bought shares.",
			want:   []string{"org:tervane 2", "person:kim-tervane 1"},
		},
		{
			name:   "a full name before group",
			marked: "Stake\n\nThe [[Kim Tervane|PERSON]] group bought shares.",
			want:   []string{"person:kim-tervane 1"},
		},
	}, mentionCounts)
}
