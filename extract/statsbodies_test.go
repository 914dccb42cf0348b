package extract

import "testing"

// TestStatisticsBodies checks, on sentences of our own, that a statistics
// agency named generically is its country's, so that two countries'
// agencies are never one node, and that a proper name stays a name.
func TestStatisticsBodies(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the dateline's country",
			marked: "Prices\n\n[[PARIS|LOC]], March 3 - Prices rose 0.2 pct, the [[National Statistics Institute|ORG]] said.",
			want:   []string{`location:paris LOCATION "Paris" partial`, `org:statistics-office@FR ORG "Statistics Office (France)"`},
		},
		{
			name:   "the country before it",
			marked: "Prices\n\n[[Portugal's|LOC]] [[National Statistics Institute|ORG]] said prices rose.",
			want:   []string{`country:PT COUNTRY "Portugal"`, `org:statistics-office@PT ORG "Statistics Office (Portugal)"`},
		},
		{
			name: "its short form in the article",
			marked: "Jobs\n\n[[BRUSSELS|LOC]], March 3 - Jobless fell, the [[National Statistics Office|ORG]] said. " +
				"The [[Statistics Office|ORG]] said the rate fell.",
			want: []string{`location:brussels LOCATION "Brussels" partial`, `org:statistics-office@BE ORG "Statistics Office (Belgium)"`},
		},
		{
			name:   "a proper name",
			marked: "Jobs\n\n[[Statistics Canada|ORG]] said jobs rose.",
			want:   []string{`org:statistics-canada ORG "Statistics Canada"`},
		},
	})
}
