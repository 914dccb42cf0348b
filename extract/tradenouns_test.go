package extract

import "testing"

// TestTradeNouns checks, on sentences of our own, tail10yj's common nouns
// of trade and tax: the high street as the shops of the land and National
// Insurance, the tax, are no entity; a town's High Street and a firm
// called National Insurance Co stay.
func TestTradeNouns(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the high street as the shops",
			marked: "Sales\n\nShoppers deserted the [[High Street|LOCATION]] in the last week.",
		},
		{
			name:   "the high street before a retailer",
			marked: "Sales\n\nThe [[High Street|LOCATION]] chain Quarbin said sales fell.",
		},
		{
			name:   "the country's high street",
			marked: "Sales\n\nDiscounts failed to help the [[UK High Street|LOCATION]] recover.",
		},
		{
			name:   "a town's high street",
			marked: "Traffic\n\nThe road is shut on the [[High Street|LOCATION]] in Tervane until May.",
			want:   []string{`location:high-street LOCATION "High Street"`},
		},
		{
			name:   "a town's possessive before the street",
			marked: "Traffic\n\nThe road is shut on Lunmark's [[High Street|LOCATION]] until May.",
			want:   []string{`location:high-street LOCATION "High Street"`},
		},
		{
			name:   "the tax",
			marked: "Tax\n\nThe party would raise [[National Insurance|ORG]] contributions.",
		},
		{
			name:   "the tax cut short in a headline",
			marked: "[[Nat Insurance|ORG]] to rise, say Quarbs\n\nThe party said so.",
		},
		{
			name:   "a firm called National Insurance",
			marked: "Deals\n\nQuarbin bought [[National Insurance Co|ORG]] for 5 mln dlrs.",
			want:   []string{`org:national-insurance ORG "National Insurance Co"`},
		},
		{
			name:   "ultraviolet",
			marked: "Ink\n\nThe ink shows under a [[UV|ORG]] lamp.",
		},
	})
}
