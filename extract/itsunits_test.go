package extract

import "testing"

// TestItsUnits checks, on sentences of our own, that a name the
// recognizer took for a person is a firm before ", its ... subsidiary",
// and that one before ", its" and other words is not.
func TestItsUnits(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "its owned subsidiary",
			marked: "Deals\n\nQuarbin SpA and [[Zorbit Lemmo Vell|PER]], its 75 pct owned subsidiary, bought a plant.",
			want:   []string{`org:zorbit-lemmo-vell ORG "Zorbit Lemmo Vell"`},
		},
		{
			name:   "its largest unit",
			marked: "Deals\n\nThe group sold [[Tervane Orme|PER]], its largest unit, on Monday.",
			want:   []string{`org:tervane-orme ORG "Tervane Orme"`},
		},
		{
			name:   "its and a capitalized word",
			marked: "Sport\n\nThe club thanked [[Tervane Orme|PER]], its Quarbin unit head, on Monday.",
			want:   []string{`person:tervane-orme PERSON "Tervane Orme"`},
		},
		{
			name:   "its and no unit",
			marked: "Sport\n\nThe club thanked [[Tervane Orme|PER]], its longest serving coach, on Monday.",
			want:   []string{`person:tervane-orme PERSON "Tervane Orme"`},
		},
	})
}
