package extract

import "testing"

// TestEventName checks, on sentences of our own with made-up names, that
// a sporting event's name after "the" that ends in an event's word is no
// organization, place or person, with a sponsor's or a body's words in
// it, while the sponsor named alone stays a firm; and the cases left
// alone: a person's surname, no "the" before the name, a company's
// suffix, one word alone.
func TestEventName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a race after wins in the, and its sponsor alone",
			marked: "Athletics\n\n[[Ann Rigby|PER]] completed a hat-trick of wins in the [[Quarbin Lemmo Cross Challenge|ORG]] on Sunday. " +
				"[[Quarbin|ORG]] said it would pay again.",
			want: []string{`org:quarbin ORG "Quarbin" partial`, `person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "a tournament typed as a place",
			marked: "Tennis\n\nShe lost in the second round at the [[Tervane Masters|LOC]] on Monday.",
			want:   nil,
		},
		{
			name:   "trials cut after Indoor, with a body's word",
			marked: "Athletics\n\nHe won the 60m at the [[Lemmo Union Indoor|ORG]] trials.",
			want:   nil,
		},
		{
			name:   "a cross country race",
			marked: "Athletics\n\nShe will run the [[Great Zorbit Cross Country|ORG]] in January.",
			want:   nil,
		},
		{
			name:   "a person's surname",
			marked: "Golf\n\n[[Ann Masters|PER]] said she would play.",
			want:   []string{`person:ann-masters PERSON "Ann Masters"`},
		},
		{
			name:   "no the before it",
			marked: "Football\n\nFans of [[Lemmo Derby|ORG]] were angry.",
			want:   []string{`org:lemmo-derby ORG "Lemmo Derby"`},
		},
		{
			name:   "an event's word before a company's suffix",
			marked: "Firms\n\nShares in the [[Quarbin Challenge Ltd|ORG]] rose.",
			want:   []string{`org:quarbin-challenge ORG "Quarbin Challenge Ltd"`},
		},
	})
}
