package extract

import "testing"

// TestWorksSiteAfter checks, on sentences of our own with made-up names,
// that a works' noun after a name taken for a person makes it a site
// ([worksSiteAfter]), and the names left: an owner the article names as a
// person, a noun an owner's name comes before, no determiner.
func TestWorksSiteAfter(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a sawmill after the and an adjective",
			marked: "Timber\n\nThe group offered to buy the bankrupt [[Quarbin Pine|PER]] sawmill in the valley.",
			want:   []string{`location:quarbin-pine LOCATION "Quarbin Pine"`},
		},
		{
			name:   "a gold mine after its",
			marked: "Mining\n\nThe company said its [[Lemmo Vale|PER]] gold mine produced more ore.",
			want:   []string{`location:lemmo-vale LOCATION "Lemmo Vale"`},
		},
		{
			name:   "the owner named as a person",
			marked: "Mining\n\nThe miner [[Ann Tervane|PER]] said the [[Tervane|PER]] mine would close.",
			want:   []string{`person:ann-tervane PERSON "Ann Tervane"`},
		},
		{
			name:   "an owner's plant",
			marked: "Cars\n\nWorkers at the [[Zorbit Vell|PER]] plant went on strike.",
			want:   []string{`person:zorbit-vell PERSON "Zorbit Vell"`},
		},
		{
			name:   "no determiner",
			marked: "Mining\n\nThe banker arranged money for [[Quarbin Vell|PER]] mine work.",
			want:   []string{`person:quarbin-vell PERSON "Quarbin Vell"`},
		},
	})
}
