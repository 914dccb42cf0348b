package extract

import "testing"

// TestMonthTypo checks, on sentences of our own, that misspelled months,
// alone or before a day, are no entities, and that names a letter away
// from a short month are kept.
func TestMonthTypo(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "two letters swapped",
			marked: "Trade\n\nExports fell in [[Ocotber|LOC]] while [[Quarbin Steel Co|ORG]] hired.",
			want:   []string{`org:quarbin-steel ORG "Quarbin Steel Co"`},
		},
		{
			name:   "a letter dropped, before a day",
			marked: "Trade\n\nIt ends by [[Novmber 12|ORG]], [[Quarbin Steel Co|ORG]] said.",
			want:   []string{`org:quarbin-steel ORG "Quarbin Steel Co"`},
		},
		{
			name:   "swapped before a day and a month",
			marked: "Grain\n\nShipment [[Apirl 10/May|ORG]] 5, [[Tervane Mills Inc|ORG]] said.",
			want:   []string{`org:tervane-mills ORG "Tervane Mills Inc"`},
		},
		{
			name:   "a letter added to a short month's name",
			marked: "Travel\n\nShe flew to [[Augusta|LOC]] and met [[Lena Marchi|PER]]. [[Marchi|PER]] said so.",
			want:   []string{`location:augusta LOCATION "Augusta" partial`, `person:lena-marchi PERSON "Lena Marchi"`},
		},
	})
}
