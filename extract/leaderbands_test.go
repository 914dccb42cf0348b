package extract

import "testing"

// TestLeaderOrBandBefore checks, on sentences of our own with made-up
// names, that a name the recognizer took for a person or a place is an
// organization right after "sector leader", "market leader", a
// housebuilder's noun, or, typed a place, a band's noun after a lower-case
// word; and the cases left alone: a party's leader, a builder (a person),
// a band's possessive before a person, a leader of another field.
func TestLeaderOrBandBefore(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "sector leader",
			marked: "Ads\n\nThe merger makes a rival to sector leader [[Quarbin|PER]] this year.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "market leader with two words",
			marked: "Milk\n\nIts rivals are market leader [[Zorbit Dairy|PER]] and others.",
			want:   []string{`org:zorbit-dairy ORG "Zorbit Dairy"`},
		},
		{
			name: "a housebuilder named after its founder, and its short name",
			marked: "Homes\n\nPrices rose, said housebuilder [[Tom Lemmo|PER]]. [[Lemmo|PER]] reported higher profits. " +
				"Shares in [[Lemmo|PER]] rose.",
			want: []string{`org:tom-lemmo ORG "Tom Lemmo"`},
		},
		{
			name:   "a band typed as a place",
			marked: "Music\n\nThe show starred Swedish pop quartet [[Tervane|LOC]] last night.",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a party's leader",
			marked: "Politics\n\nThe bill was opposed by opposition leader [[Ann Vell|PER]] today.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a builder is a person",
			marked: "Homes\n\nThe house was built by builder [[Tom Lemmo|PER]] last year.",
			want:   []string{`person:tom-lemmo PERSON "Tom Lemmo"`},
		},
		{
			name:   "a band's possessive before a person",
			marked: "Music\n\nThe band's [[Ann Vell|PER]] sang two songs.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a leader of another field",
			marked: "Talks\n\nThe deal was backed by team leader [[Ann Vell|PER]] on Monday.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
	})
}
