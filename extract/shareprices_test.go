package extract

import "testing"

// TestSharePriceAfter checks, on sentences of our own with made-up names,
// that a price in eighths after a name taken for a person or a place makes
// it a firm ([sharePriceAfter]), and the readings left: a person's age or a
// plain number after "to", a price in decimals, a place the tables know.
func TestSharePriceAfter(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm taken for a person rose to a price",
			marked: "Stocks\n\nTop active Zorbit Corp edged down 1/8 to 24-7/8, while [[Quarbin Vell|PER]] rose 1/4 to 16-1/2.",
			want:   []string{`org:quarbin-vell ORG "Quarbin Vell"`},
		},
		{
			name:   "a firm taken for a place at a price",
			marked: "Stocks\n\nDrug stocks rose, as seen in Zorbit Corp at 65-3/4 and [[Tervane|LOC]] at 99-1/4.",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a person's sentence cut to a number",
			marked: "Court\n\nThe judge sentenced [[Ann Vell|PER]] to 12 years in prison.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a person with a score in fractions of no price",
			marked: "Golf\n\n[[Ann Vell|PER]] went to 3/4 of the course.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a price in decimals",
			marked: "Stocks\n\nLater [[Tom Rigby|PER]] said it fell to 16.50.",
			want:   []string{`person:tom-rigby PERSON "Tom Rigby"`},
		},
		{
			name:   "a known city",
			marked: "Wheat\n\nCash wheat in [[Chicago|LOC]] at 2-3/4 over the May future.",
			want:   []string{`location:chicago LOCATION "Chicago" partial`},
		},
	})
}
