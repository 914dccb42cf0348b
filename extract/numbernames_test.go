package extract

import "testing"

// TestNumberName checks, on sentences of our own, that a name beginning
// with a word of digits (a model's number, a clock time) is no entity, and
// that a firm named by a number with its company suffix and an address are
// left alone.
func TestNumberName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a model's number",
			marked: "Prices\n\n[[Tervane|ORG]] raised the price of its [[4410 Roadster|ORG]] to 30,000 dlrs.",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a clock time",
			marked: "Exchange\n\n[[Quarbin|ORG]] said trading will begin at [[0715 Lunmark Standard Time|ORG]] tomorrow.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a firm named by a number, with its suffix",
			marked: "Banks\n\nThe bank said [[418 Holding Co|ORG]] will buy it.",
			want:   []string{`org:418-holding ORG "418 Holding Co"`},
		},
		{
			name:   "an address",
			marked: "Offices\n\nThe firm moved to [[12 Lunmark Street|LOC]] in May.",
			want:   []string{`location:12-lunmark-street LOCATION "12 Lunmark Street"`},
		},
	})
}
