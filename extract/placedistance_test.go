package extract

import "testing"

// TestPlaceByBearing checks, on sentences of our own with made-up towns and
// bodies, that a town ending a body's name after "of" is the place, not the
// body's short name, when a distance before "from" or a bearing before
// "of" names it; and the cases left alone: "from" with no distance before
// it, a capitalized "Miles", a bearing that is no word of its own.
func TestPlaceByBearing(t *testing.T) {
	const uni = "Lectures\n\nA lecturer at the [[University of Quarnby|ORG]] said students were back. "
	checkMarked(t, []markedCase{
		{
			name:   "miles from",
			marked: uni + "The plant is about 30 miles from [[Quarnby|LOC]], she said.",
			want:   []string{`location:quarnby LOCATION "Quarnby" partial`, `org:university-of-quarnby ORG "University of Quarnby"`},
		},
		{
			name:   "a number glued to km, away from",
			marked: uni + "The plant is 45km away from [[Quarnby|LOC]], she said.",
			want:   []string{`location:quarnby LOCATION "Quarnby" partial`, `org:university-of-quarnby ORG "University of Quarnby"`},
		},
		{
			name:   "north of",
			marked: uni + "The plant is just north of [[Quarnby|ORG]] on the coast.",
			want:   []string{`location:quarnby LOCATION "Quarnby" partial`, `org:university-of-quarnby ORG "University of Quarnby"`},
		},
		{
			name:   "the outskirts of",
			marked: uni + "The plant stands on the outskirts of [[Quarnby|ORG]].",
			want:   []string{`location:quarnby LOCATION "Quarnby" partial`, `org:university-of-quarnby ORG "University of Quarnby"`},
		},
		{
			name:   "from with no distance",
			marked: uni + "A team from [[Quarnby|ORG]] will join the study.",
			want:   []string{`org:university-of-quarnby ORG "University of Quarnby"`},
		},
		{
			name:   "a capitalized Miles",
			marked: uni + "The grant came to Dean Miles from [[Quarnby|ORG]] last week.",
			want:   []string{`org:university-of-quarnby ORG "University of Quarnby"`},
		},
		{
			name:   "a capitalized bearing",
			marked: uni + "The grant came from the North of [[Quarnby|ORG]] fund.",
			want:   []string{`org:university-of-quarnby ORG "University of Quarnby"`},
		},
	})
}
