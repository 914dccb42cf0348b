package extract

import "testing"

// The cases of tail14a's rules, on sentences and names of our own. Each
// test holds the positives of one rule and the negatives that guard what
// it must not take; the want lines were read and judged one by one.

// TestShipTonnage checks [shipTonnage]: a name after "the", a tonnage
// figure and a singular unit is a ship's, no entity.
func TestShipTonnage(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the figure, dwt and the name",
			marked: "Shipping\n\nThe new vessel will replace the 41,250 dwt [[Quelby Star|ORG]] next year.",
			want:   nil,
		},
		{
			name:   "a hyphened unit",
			marked: "Shipping\n\nThe 12,400-tonne [[Marrow Vane|PERSON]] sailed on Tuesday.",
			want:   nil,
		},
		{
			name:   "a cargo in tonnes, plural",
			marked: "Shipping\n\nTraders took 25,000 tonnes [[Quelby Vale|LOCATION]] to Tarrow in May.",
			want:   []string{`location:quelby-vale LOCATION "Quelby Vale"`},
		},
		{
			name:   "no tonnage figure",
			marked: "Shipping\n\nThe dwt [[Quelby Star|ORG]] said rates rose.",
			want:   []string{`org:quelby-star ORG "Quelby Star"`},
		},
	})
}

// TestSeePageCode checks [seePageCode]: a name in capitals in a bracket
// that holds "see" is a page code, no entity.
func TestSeePageCode(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "see page",
			marked: "Markets\n\nPrices rose.\n    (See Monitor page [[QRBX|ORG]] for the index)\n",
			want:   nil,
		},
		{
			name:   "see, the bracket over a line",
			marked: "Markets\n\nPrices rose.\n    (Index of the spotlights,\nsee page [[QRBX|ORG]])\n",
			want:   nil,
		},
		{
			name:   "no see in the bracket",
			marked: "Markets\n\nThe fund (run by [[QRBX|ORG]]) rose.",
			want:   []string{`org:qrbx ORG "QRBX" partial`},
		},
		{
			name:   "the bracket closed before the name",
			marked: "Markets\n\nPrices rose (see below) and [[QRBX|ORG]] fell.",
			want:   []string{`org:qrbx ORG "QRBX" partial`},
		},
	})
}

// TestPersonDo checks [personDo]: a person's span, "do" and a person's
// span are one name.
func TestPersonDo(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "two people's spans about do",
			marked: "Trade\n\nThe head of the department, [[Anselmo|PERSON]] do [[Quelho Varra|PERSON]], said talks went well.",
			want:   []string{`person:anselmo-do-quelho-varra PERSON "Anselmo do Quelho Varra"`},
		},
		{
			name:   "a firm's span after do",
			marked: "Trade\n\nWhat would [[Anselmo|PERSON]] do [[Quelho Varra Corp|ORG]] work for?",
			want:   []string{`org:quelho-varra ORG "Quelho Varra Corp"`, `person:anselmo PERSON "Anselmo" partial`},
		},
	})
}

// TestWiscState checks the state abbreviation "Wisc." after a town.
func TestWiscState(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "Wisc. after a town",
			marked: "Autos\n\nThe plant in [[Quelbury|LOCATION]], [[Wisc|LOCATION]]. will close.",
			want:   []string{`location:quelbury LOCATION "Quelbury" partial`, `location:wisconsin LOCATION "Wisconsin"`},
		},
	})
}

// TestFirmTrustJoin checks [firmTrustJoin] and [trustTail]: a firm's name
// ending in its legal form and a trust's kind words right after it are one
// name.
func TestFirmTrustJoin(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm's liquidating trust",
			marked: "Payout\n\n[[Quelby Tarrow Co|ORG]] [[Liquidating Trust|ORG]] said it will pay 20 cts a unit.",
			want:   []string{`org:quelby-tarrow-co-liquidating-trust ORG "Quelby Tarrow Co Liquidating Trust"`},
		},
		{
			name:   "a firm's pension fund over a line",
			marked: "Payout\n\nShares went to the [[Marrow Vane Corp|ORG]]\n[[Pension Fund|ORG]], it said.",
			want:   []string{`org:marrow-vane-corp-pension-fund ORG "Marrow Vane Corp Pension Fund"`},
		},
		{
			name:   "one span over the suffix, kept whole",
			marked: "Payout\n\n[[Quelby Tarrow Co Liquidating Trust|ORG]] said it will pay 20 cts a unit.",
			want:   []string{`org:quelby-tarrow-co-liquidating-trust ORG "Quelby Tarrow Co Liquidating Trust"`},
		},
		{
			name:   "one span, a firm's name after the suffix",
			marked: "Payout\n\n[[Quelby Tarrow Co Marrow Trust|ORG]] said it will pay 20 cts a unit.",
			want:   []string{`org:marrow-trust ORG "Marrow Trust"`, `org:quelby-tarrow ORG "Quelby Tarrow Co"`},
		},
		{
			name:   "no legal form before",
			marked: "Payout\n\n[[Quelby Tarrow|ORG]] [[Liquidating Trust|ORG]] said it will pay 20 cts a unit.",
			want:   []string{`org:liquidating-trust ORG "Liquidating Trust"`, `org:quelby-tarrow ORG "Quelby Tarrow"`},
		},
		{
			name:   "a named trust after the firm",
			marked: "Payout\n\n[[Quelby Tarrow Co|ORG]] [[Marrow Vane Trust|ORG]] said it will pay 20 cts a unit.",
			want:   []string{`org:marrow-vane-trust ORG "Marrow Vane Trust"`, `org:quelby-tarrow ORG "Quelby Tarrow Co"`},
		},
	})
}
