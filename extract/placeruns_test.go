package extract

import "testing"

// TestPlaceRun checks tail17c's [placeRun]: a name typed a person in a
// run of four names or more, three of them known places, is a place.
func TestPlaceRun(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a name among four cities",
			marked: "Tour\n\nStops in [[Paris|LOC]], [[Berlin|LOC]], [[Madrid|LOC]], [[Brennick Hay|PER]] and [[Lisbon|LOC]] are planned.",
			want: []string{`location:berlin LOCATION "Berlin" partial`, `location:brennick-hay LOCATION "Brennick Hay"`, `location:lisbon LOCATION "Lisbon" partial`,
				`location:madrid LOCATION "Madrid" partial`, `location:paris LOCATION "Paris" partial`},
		},
		{
			name:   "commas alone, a club's town left as it is",
			marked: "Tour\n\nStops in [[Paris|LOC]], [[Qorvane|ORG]], [[Upper Tervane|PER]], [[Berlin|LOC]], [[Madrid|LOC]] and later Rome are planned.",
			want: []string{`location:berlin LOCATION "Berlin" partial`, `location:madrid LOCATION "Madrid" partial`, `location:paris LOCATION "Paris" partial`,
				`location:upper-tervane LOCATION "Upper Tervane"`, `org:qorvane ORG "Qorvane" partial`},
		},
		{
			name:   "two known places only",
			marked: "Tour\n\nBuses ran to [[Paris|LOC]], [[Berlin|LOC]], [[Amlow Vale|LOC]], [[Brennick Hay|PER]], [[Quarbin Cross|LOC]] in May.",
			want: []string{`location:amlow-vale LOCATION "Amlow Vale"`, `location:berlin LOCATION "Berlin" partial`, `location:paris LOCATION "Paris" partial`,
				`location:quarbin-cross LOCATION "Quarbin Cross"`, `person:brennick-hay PERSON "Brennick Hay"`},
		},
		{
			name:   "a person's full name with a first name",
			marked: "Tour\n\nThe prize went to [[Paris|LOC]], [[Berlin|LOC]], [[Madrid|LOC]], [[John Tervane|PER]], none else.",
			want: []string{`location:berlin LOCATION "Berlin" partial`, `location:madrid LOCATION "Madrid" partial`, `location:paris LOCATION "Paris" partial`,
				`person:john-tervane PERSON "John Tervane"`},
		},
		{
			name:   "the short form of a longer name",
			marked: "Tour\n\n[[Brennick Hay Tours|ORG]] sold seats. Votes came from [[Paris|LOC]], [[Berlin|LOC]], [[Madrid|LOC]] and [[Brennick Hay|PER]] in May.",
			want: []string{`location:berlin LOCATION "Berlin" partial`, `location:madrid LOCATION "Madrid" partial`, `location:paris LOCATION "Paris" partial`,
				`org:brennick-hay-tours ORG "Brennick Hay Tours"`, `person:brennick-hay PERSON "Brennick Hay"`},
		},
		{
			name:   "a title before the name",
			marked: "Tour\n\nThanks went to [[Paris|LOC]], [[Berlin|LOC]], [[Madrid|LOC]] and [[Lord Brennick|PER]] for the loan.",
			want: []string{`location:berlin LOCATION "Berlin" partial`, `location:madrid LOCATION "Madrid" partial`, `location:paris LOCATION "Paris" partial`,
				`person:lord-brennick PERSON "Lord Brennick"`},
		},
		{
			name:   "firms and a person as many as the cities",
			marked: "Tour\n\nStops in [[Paris|LOC]], [[Zorbit Corp|ORG]], [[Berlin|LOC]], [[Qovix Ltd|ORG]], [[Madrid|LOC]] and [[Brennick Hay|PER]] are planned.",
			want: []string{`location:berlin LOCATION "Berlin" partial`, `location:madrid LOCATION "Madrid" partial`, `location:paris LOCATION "Paris" partial`,
				`org:qovix ORG "Qovix Ltd"`, `org:zorbit ORG "Zorbit Corp"`, `person:brennick-hay PERSON "Brennick Hay"`},
		},
	})
}
