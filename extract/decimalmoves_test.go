package extract

import "testing"

// TestDecimalMoveFirm checks, on sentences of our own with made-up names,
// that a move and a price in decimals after a name taken for a person or a
// place make it a firm ([decimalMoveFirm]), and the readings left: a
// person's said price, a clock's time, a bare number, a place the tables
// know.
func TestDecimalMoveFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm taken for a person added to a price",
			marked: "Shares\n\nMiners were firm in Sydney and [[Quarbin Vell|PER]] added 30 to 6.40 in late trade.",
			want:   []string{`org:quarbin-vell ORG "Quarbin Vell"`},
		},
		{
			name:   "a firm taken for a person eased cents at a price",
			marked: "Shares\n\nGold stocks were mixed, but [[Tervane|PER]] eased 15 cents at 12.85 rand.",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a firm taken for a place closed up at a price",
			marked: "Shares\n\nAmong the leaders [[Lemmo Vale|LOC]] closed 20 up at 3.10.",
			want:   []string{`org:lemmo-vale ORG "Lemmo Vale"`},
		},
		{
			name:   "a person who said a price",
			marked: "Shares\n\nLater [[Tom Rigby|PER]] said it fell 20 to 16.50.",
			want:   []string{`person:tom-rigby PERSON "Tom Rigby"`},
		},
		{
			name:   "a clock's time",
			marked: "Race\n\nThe runner [[Ann Vell|PER]] finished 12 at 3.10 pm on Sunday.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a bare number after to",
			marked: "Cricket\n\nThe opener [[Ann Vell|PER]] added 30 to 640 for the side.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a known city",
			marked: "Shares\n\nIn the dealers' list [[Chicago|LOC]] rose 20 to 3.40.",
			want:   []string{`location:chicago LOCATION "Chicago" partial`},
		},
	})
}
