package extract

import "testing"

// TestMakerTails checks, on sentences of our own, that a maker's
// participle after a hyphen is cut off a mention's last word, and that a
// birth's or a prize's is not, nor a name of two hyphens.
func TestMakerTails(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a maker's participle after a firm",
			marked: "Space\n\nThe probe was put in orbit by a [[Quarbin Aero-designed|ORG]] rocket on Monday.",
			want:   []string{`org:quarbin-aero ORG "Quarbin Aero"`},
		},
		{
			name:   "a licence's participle after a body",
			marked: "Drugs\n\nThe firm sells a [[Drug Board of Tervane-licensed|ORG]] test kit.",
			want:   []string{`org:drug-board-of-tervane ORG "Drug Board of Tervane"`},
		},
		{
			name:   "a shape's participle is left",
			marked: "Sport\n\nThe club signed [[Quarbin Tervane-shaped|ORG]] on Monday.",
			want:   []string{`org:quarbin-tervane-shaped ORG "Quarbin Tervane-shaped"`},
		},
		{
			name:   "a name of two hyphens is left",
			marked: "Deals\n\nThe fund bought [[Quarbin Air-Sea-designed|ORG]] on Monday.",
			want:   []string{`org:quarbin-air-sea-designed ORG "Quarbin Air-Sea-designed"`},
		},
	})
}
