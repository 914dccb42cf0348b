package extract

import "testing"

// TestStationAndEpithetSpans checks, on sentences of our own, that a
// station named by a broadcaster, a number and a word is one name
// ("QBC" is made up; "BBC" is the broadcaster the rule reads), that a
// person's epithet after "the" stays on the name; and the readings left
// alone: a number before a word no station's, an epithet word without
// "the".
func TestStationAndEpithetSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a broadcaster, a number and a station's word",
			marked: "Radio\n\nThe DJ joined [[BBC|ORG]] 6 [[Music|ORG]] in May.",
			want:   []string{`org:bbc-6-music ORG "BBC 6 Music"`},
		},
		{
			name:   "a number and a station's word after a lower-case word",
			marked: "Radio\n\nThe DJ joined station 5 [[Live|ORG]] in May.",
			want:   nil,
		},
		{
			name:   "a number before a word no station's",
			marked: "Radio\n\nThe DJ joined [[QBC|ORG]] 6 [[Tervane|ORG]] in May.",
			want:   []string{`org:qbc ORG "QBC" partial`, `org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "an epithet after the",
			marked: "Books\n\nShe wrote a life of [[Tom Quarbin|PER]] the [[Younger|PER]] last year.",
			want:   []string{`person:tom-quarbin-the-younger PERSON "Tom Quarbin the Younger"`},
		},
		{
			name:   "an epithet's word without the",
			marked: "Books\n\nShe met [[Tom Quarbin|PER]] and [[Younger|PER]] last year.",
			want:   []string{`person:tom-quarbin PERSON "Tom Quarbin"`, `person:younger PERSON "Younger" partial`},
		},
	})
}
