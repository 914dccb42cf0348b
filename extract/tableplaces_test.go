package extract

import "testing"

// TestTablePlaceByWords checks, on sentences of our own, that a place the
// tables hold whose last word is a body's head word stays a place, and
// that a bank's name the tables do not hold stays a bank.
func TestTablePlaceByWords(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a territory ending in Bank",
			marked: "Mideast\n\nSoldiers searched two villages in the [[West Bank|ORG]] on Monday.",
			want:   []string{`location:west-bank LOCATION "West Bank"`},
		},
		{
			name:   "a bank the tables do not hold",
			marked: "Banks\n\n[[Tervane Bank|ORG]] raised its prime rate.",
			want:   []string{`org:tervane-bank ORG "Tervane Bank"`},
		},
	})
}
