package extract

import "testing"

// TestGrainLine checks, on lines of our own written as grain tables, that
// spans of grains, grades and columns are dropped, that a town among them
// is kept as a place, and that names holding a grain word keep their own.
func TestGrainLine(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a grade and a column letter",
			marked: "Grain\n\n1 [[Hard Amber Durum Milling M|ORG]] 395-400, said [[Quarbin Grain Co|ORG]].",
			want:   []string{`org:quarbin-grain ORG "Quarbin Grain Co."`},
		},
		{
			name:   "wheat classes joined by a slash",
			marked: "Grain\n\nShipments of [[NS/DNS|ORG]] wheat rose, [[Tervane Mills Inc|ORG]] said.",
			want:   []string{`org:tervane-mills ORG "Tervane Mills Inc"`},
		},
		{
			name:   "a lone grain",
			marked: "Grain\n\nThe [[Soybean|ORG]] price rose, [[Lunmark Feeds Inc|ORG]] said.",
			want:   []string{`org:lunmark-feeds ORG "Lunmark Feeds Inc"`},
		},
		{
			name:   "a town before a grain",
			marked: "Grain\n\nThe [[Chicago Deliverable Corn|LOC]] price rose 1.52 cents.",
			want:   []string{`location:chicago LOCATION "Chicago" partial`},
		},
		{
			name:   "a body named by its grain",
			marked: "Grain\n\nThe [[Lunmark Wheat Board|ORG]] and the [[Corn Belt|LOC]] growers.",
			want:   []string{`location:corn-belt LOCATION "Corn Belt"`, `org:lunmark-wheat-board ORG "Lunmark Wheat Board"`},
		},
		{
			name:   "a region's own word after a grain",
			marked: "Grain\n\nRain fell on the [[Maize Triangle|LOC]] of Lunmark.",
			want:   []string{`location:maize-triangle LOCATION "Maize Triangle"`},
		},
		{
			name:   "an abbreviation with periods",
			marked: "Films\n\n[[Quarbin Studios Inc|ORG]] said. [[H.R.S.|ORG]] shares rose.",
			want:   []string{`org:hrs ORG "H.R.S." partial`, `org:quarbin-studios ORG "Quarbin Studios Inc"`},
		},
	})
}
