package extract

import "testing"

// TestSplitSlashPlaces checks, on sentences of our own, that two places
// joined by a slash in one span are two places, and the readings left
// whole: a longer name after the pair, a span cut from a place's name, a
// side that is no place.
func TestSplitSlashPlaces(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "two towns on a route",
			marked: "Flights\n\nFares on the [[Bombay/Delhi|PER]] route rose 10 pct, the airline said.",
			want:   []string{`location:bombay LOCATION "Bombay" partial`, `location:delhi LOCATION "Delhi" partial`},
		},
		{
			name:   "two countries in talks",
			marked: "Talks\n\nThe [[Japan/Canada|ORG]] talks on fish quotas ended today.",
			want:   []string{`country:CA COUNTRY "Canada"`, `country:JP COUNTRY "Japan"`},
		},
		{
			name:   "a longer name after the pair",
			marked: "Flights\n\nThe plane landed at [[Tervane/Quarbin International Airport|LOC]] today.",
			want:   []string{`location:tervane-quarbin-international-airport LOCATION "Tervane/Quarbin International Airport"`},
		},
		{
			name:   "a span cut from a place's name",
			marked: "Talks\n\nNEW [[YORK/CHICAGO|ORG]] - Prices of grain fell today.",
			want:   []string{`org:york-chicago ORG "YORK/CHICAGO"`},
		},
		{
			name:   "a side that is no place",
			marked: "Shares\n\nThe [[Tervane/Delhi|ORG]] venture made a profit.",
			want:   []string{`org:tervane-delhi ORG "Tervane/Delhi"`},
		},
	})
}
