package extract

import "testing"

// TestPriceRowLabel checks that the row labels of a price list typed a firm
// or a person ([priceRowLabel]) are dropped, and the readings left: a firm
// posting its own price, a firm in a sentence that gives a range, a town of
// a heading's move, a firm's letters in capitals.
func TestPriceRowLabel(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a metal's grade and a unit",
			marked: "METAL SPOTS\n\n [[Quarbium Cathode|ORG]], prod 66.00/69.00 cts/lb\n [[Electrovell|ORG]], grade a, fob dlrs/ton 3.20/3.29\n [[Zorb Lor|PER]], ton unq",
			want:   nil,
		},
		{
			name:   "a firm's posted price",
			marked: "GOLD PRICES\n\n [[Zorbit Vell|ORG]] (bullion) 418.50 (421.45)\n Krugerrand 424.20/424.90",
			want:   []string{`org:zorbit-vell ORG "Zorbit Vell"`},
		},
		{
			name:   "a firm in a sentence",
			marked: "Rates\n\n[[Zorbit Vell|ORG]] said rates rose to 13.75/14.00 pct.",
			want:   []string{`org:zorbit-vell ORG "Zorbit Vell"`},
		},
		{
			name:   "a heading's move",
			marked: "[[TERVANE FALLS|ORG]] HOGS UP 1.00/1.50 DLR\n\nHogs rose.",
			want:   []string{`org:tervane-falls ORG "Tervane Falls"`},
		},
		{
			name:   "a firm's letters",
			marked: "Prices\n\n Palladium, [[ZVQ|ORG]] base, troy oz/dlr 130.00n",
			want:   []string{`org:zvq ORG "ZVQ" partial`},
		},
		{
			name:   "a firm's base price",
			marked: "Prices\n\n Palladium, [[Zorbit Vell|ORG]] base, troy oz/dlr 130.00n",
			want:   []string{`org:zorbit-vell ORG "Zorbit Vell"`},
		},
	})
}
