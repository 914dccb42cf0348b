package extract

import "testing"

// TestWorkApposition checks, on sentences of our own, that a name with an
// apposition naming a kind of work after it is a work, not an entity, and
// that appositions about a person, or with "of", a possessive or a work
// noun that goes on, leave the name.
func TestWorkApposition(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a drama serial",
			marked: "Creator\n\n[[Ann Vell|PER]], who created [[Marlow Hill|PER]], the school-based drama serial, said she would leave. " +
				"Former [[Marlow Hill|PER]] actors agreed.",
			want: []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a comedy series before which",
			marked: "Awards\n\n[[Quarbin Nights|ORG]], a new comedy series which ran for two years, beat [[Marlow Lane|ORG]].",
			want:   []string{`location:marlow-lane LOCATION "Marlow Lane"`},
		},
		{
			name:   "a person's apposition",
			marked: "Awards\n\n[[Tom Lund|PER]], the film director, and [[Ann Vell|PER]], the director of the film, spoke.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`, `person:tom-lund PERSON "Tom Lund"`},
		},
		{
			name:   "a studio behind the film",
			marked: "Deal\n\n[[Marlow Pictures|ORG]], the studio behind the film, spoke.",
			want:   []string{`org:marlow-pictures ORG "Marlow Pictures"`},
		},
		{
			name:   "a possessive in the apposition",
			marked: "Awards\n\n[[Tom Lund|PER]], the film's star, spoke.",
			want:   []string{`person:tom-lund PERSON "Tom Lund"`},
		},
	})
}

// TestCastAfter checks, on sentences of our own, that a name before
// "actress" or "actor" is the work of its cast, and that a place before
// them and "actors" or "actorly" leave the name.
func TestCastAfter(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a series' actress",
			marked: "Jungle\n\nFormer [[Marlow Lane|LOC]] actress [[Ann Vell|PER]] left the show.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a place's actor",
			marked: "Jungle\n\nThe [[Hollywood|LOC]] actor [[Tom Lund|PER]] left the show.",
			want:   []string{`location:hollywood LOCATION "Hollywood" partial`, `person:tom-lund PERSON "Tom Lund"`},
		},
		{
			name:   "other words",
			marked: "Jungle\n\nThe [[Marlow Lane|ORG]] actors' union and [[Quarbin|ORG]] actorly types met.",
			want:   []string{`location:marlow-lane LOCATION "Marlow Lane"`, `org:quarbin ORG "Quarbin" partial`},
		},
	})
}
