package extract

import "testing"

// TestCrossCountryNoThe checks that a race whose name ends in "Cross
// Country" or "Cross-Country" is no entity with no "the" before it, while
// another event's word still asks for "the".
func TestCrossCountryNoThe(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a champion of a hyphenated race after and",
			marked: "Athletics\n\nHe is the Lemmo Inter-Counties and [[Quarbinshire Cross-Country|LOC]] champion.",
			want:   nil,
		},
		{
			name:   "a race after a sponsor's capitalized words",
			marked: "Athletics\n\nShe won the 8km race at the View From [[Great Tervane Cross Country|LOC]] on Sunday.",
			want:   nil,
		},
		{
			name:   "another event's word with no the",
			marked: "Racing\n\nHe rode for [[Lemmo Derby|PER]] last year.",
			want:   []string{`person:lemmo-derby PERSON "Lemmo Derby"`},
		},
	})
}
