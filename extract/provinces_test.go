package extract

import "testing"

// TestProvinceSide checks, on sentences of our own, that an Irish
// province's bare name in a rugby report is its side, an organization,
// and that it stays a place outside rugby reports and after "in".
func TestProvinceSide(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a province's side in a rugby report",
			marked: "Cup win\n\n[[Connacht|LOC]] beat the visitors in the Celtic League and the coach praised the scrum. " +
				"[[Connacht|LOC]] scored three tries and the referee sent the flanker [[Ivor Lenn|PER]] off.",
			want: []string{`org:connacht ORG "Connacht" partial`, `person:ivor-lenn PERSON "Ivor Lenn"`},
		},
		{
			name:   "the province in a story of farming",
			marked: "Farms\n\nMilk output in [[Munster|LOC]] rose, and [[Munster|LOC]] farmers want new roads.",
			want:   []string{`location:munster LOCATION "Munster" partial`},
		},
		{
			name: "the province after in, in a rugby report",
			marked: "Cup win\n\nThe fly-half grew up in [[Munster|LOC]] and scored two tries in the rugby league " +
				"game for the squad.",
			want: []string{`location:munster LOCATION "Munster" partial`},
		},
	})
}
