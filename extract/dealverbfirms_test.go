package extract

import "testing"

// TestDealVerbFirm checks, on sentences of our own, that a name of one
// word taken for a person right after a buyer's verb is a company, and
// that a player's transfer ("from"), a person's possessive with its noun,
// a headline's capitals, a name the article writes as a person's and a
// name of two words are left.
func TestDealVerbFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "to acquire",
			marked: "Deals\n\nThe maker agreed to acquire [[Quarbin|PER]] in a stock deal worth 40 mln dlrs.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "bought, a full stop after",
			marked: "Deals\n\nThe group said last year it bought [[Velmora|PER]].",
			want:   []string{`org:velmora ORG "Velmora" partial`},
		},
		{
			name:   "a possessive that ends the name",
			marked: "Deals\n\nThe bank will purchase [[Oskel|PER]]'s for 12 mln dlrs.",
			want:   []string{`org:oskel ORG "Oskel" partial`},
		},
		{
			name:   "a player's transfer",
			marked: "Clubs\n\nThe Hawks acquired [[Tervane|PER]] from the Rams for two picks.",
			want:   []string{`person:tervane PERSON "Tervane" partial`},
		},
		{
			name:   "a person's possessive and its noun",
			marked: "Deals\n\nThe casino agreed to buy [[Tervane|PER]]'s remaining shares.",
			want:   []string{`person:tervane PERSON "Tervane" partial`},
		},
		{
			name:   "a person's title elsewhere",
			marked: "Deals\n\nMr [[Tervane|PER]] was sold. The club bought [[Tervane|PER]] last week.",
			want:   []string{`person:tervane PERSON "Tervane" partial`},
		},
		{
			name:   "a headline's capitals",
			marked: "HALVEX TO BUY [[TERVANE|PER]] UNIT\n\nThe unit makes pumps.",
			want:   []string{`person:tervane PERSON "Tervane" partial`},
		},
		{
			name:   "a name of two words",
			marked: "Deals\n\nThe maker agreed to acquire [[Ann Tervane|PER]] in a stock deal.",
			want:   []string{`person:ann-tervane PERSON "Ann Tervane"`},
		},
	})
}
