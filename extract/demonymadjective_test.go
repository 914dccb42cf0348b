package extract

import "testing"

// TestDemonymAdjective checks that a demonym the recognizer took for an
// organization is no entity before its noun.
func TestDemonymAdjective(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "before a noun",
			marked: "Bonds\n\nThe fall hit [[Japanese|ORG]] investors hard, and [[Japanese|ORG]] buying of bonds slowed.",
			want:   nil,
		},
	})
}
