package extract

import "testing"

// TestAddressRegion checks [addressRegion]: a name between a town and a
// country in an address is the town's region, a place.
func TestAddressRegion(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a region typed a person",
			marked: "Glass\n\nZorbit Corp will build a plant in [[Lemmora|LOC]], [[Vell Ostra|PERSON]], [[Mexico|LOC]], on the coast.",
			want: []string{`country:MX COUNTRY "Mexico"`, `location:lemmora LOCATION "Lemmora" partial`,
				`location:vell-ostra LOCATION "Vell Ostra"`},
		},
		{
			name:   "a region typed an organization, a two-word town",
			marked: "Mines\n\nThe mine near [[San Quarbo|LOC]], [[Tervane|ORG]], [[Chile|LOC]]. was sold.",
			want:   []string{`country:CL COUNTRY "Chile"`, `location:san-quarbo LOCATION "San Quarbo"`, `location:tervane LOCATION "Tervane" partial`},
		},
		{
			name:   "a list of people and a country, no preposition",
			marked: "Talks\n\nThe envoys met [[Ann Vell|PERSON]], [[Dora Quell|PERSON]], [[Mexico|LOC]] and others.",
			want: []string{`country:MX COUNTRY "Mexico"`, `person:ann-vell PERSON "Ann Vell"`,
				`person:dora-quell PERSON "Dora Quell"`},
		},
		{
			name:   "a firm between a town and a country",
			marked: "Deals\n\nIt sold the unit in [[Lemmora|LOC]], [[Quarbin Holdings|ORG]], [[Mexico|LOC]] said.",
			want: []string{`country:MX COUNTRY "Mexico"`, `location:lemmora LOCATION "Lemmora" partial`,
				`org:quarbin ORG "Quarbin Holdings"`},
		},
		{
			name:   "a country's city after the name",
			marked: "Trade\n\nAn office in [[Lemmora|LOC]], [[Vell Ostra|PERSON]], [[Mexico City|LOC]] opened.",
			want: []string{`location:lemmora LOCATION "Lemmora" partial`, `location:mexico-city LOCATION "Mexico City"`,
				`person:vell-ostra PERSON "Vell Ostra"`},
		},
	})
}

// TestResultRowLabel checks [resultRowLabel]: the first word of a
// results table's row with a long label names nothing.
func TestResultRowLabel(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a misspelt label word, numbers spelt out",
			marked: "ZORBIT GROUP YEAR\n\n    Profit after tax 24 mln vs 16 mln\n    [[Exceptionnal|ORG]] charge six mln vs nil\n" +
				"    Turnover 87 mln vs 64 mln",
			want: nil,
		},
		{
			name: "a long label over a wrapped line",
			marked: "QUARBIN AG YEAR\n\n    Turnover 1.2 billion marks vs 1.1 billion.\n" +
				"    [[Overseas|PERSON]] group fixed capital spending 41.3 mln marks vs\n39.2 mln.",
			want: nil,
		},
		{
			name:   "a firm's row, a capitalized word after the name",
			marked: "RESULTS\n\n    [[Zorbit|ORG]] Corp group domestic unit product orders 4 mln vs 3 mln\n",
			want:   []string{`org:zorbit ORG "Zorbit Corp"`},
		},
		{
			name:   "a sentence, a verb after the name",
			marked: "RESULTS\n\n    [[Zorbit|ORG]] said group domestic unit income was 4 mln vs 3 mln\n",
			want:   []string{`org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "inside its line",
			marked: "RESULTS\n\n    It said [[Zorbit|ORG]] group domestic unit orders 4 mln vs 3 mln\n",
			want:   []string{`org:zorbit ORG "Zorbit" partial`},
		},
	})
}

// TestCountyPlace checks [countyPlace]: a county's name typed a person,
// or typed an organization with a state after it, is a place.
func TestCountyPlace(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a parish typed a person",
			marked: "Wells\n\nZorbit drilled a well in [[Ann Quell Parish|PERSON]] last month.",
			want:   []string{`location:ann-quell-parish LOCATION "Ann Quell Parish"`},
		},
		{
			name:   "a county typed an organization, a state after it",
			marked: "Courts\n\nThe suit was filed in a court for [[Tervane County|ORG]], Pa., on Monday.",
			want:   []string{`location:tervane-county LOCATION "Tervane County"`},
		},
		{
			name:   "a county typed an organization, no state after it",
			marked: "Bonds\n\n[[Tervane County|ORG]] sold 40 mln dlrs of bonds.",
			want:   []string{`org:tervane-county ORG "Tervane County"`},
		},
		{
			name:   "a bank of a county",
			marked: "Banks\n\nThe [[Vell Bank of Quarbin County|PERSON]] was sold.",
			want:   []string{`person:vell-bank-of-quarbin-county PERSON "Vell Bank of Quarbin County"`},
		},
	})
}

// TestTheKindPlace checks [theKindPlace]: a name typed a person between
// "the" and a kind of place ending the phrase is a place.
func TestTheKindPlace(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the district and a full stop",
			marked: "Blast\n\nA car blew up in the [[Lemmora|PERSON]] district.",
			want:   []string{`location:lemmora LOCATION "Lemmora" partial`},
		},
		{
			name:   "the area and a verb",
			marked: "Rain\n\nThe [[Dora Vell|PERSON]] area was flooded.",
			want:   []string{`location:dora-vell LOCATION "Dora Vell"`},
		},
		{
			name:   "a noun after the kind",
			marked: "Jobs\n\nHe met the [[Ann Quell|PERSON]] area manager on Monday.",
			want:   []string{`person:ann-quell PERSON "Ann Quell"`},
		},
		{
			name:   "no article before the name",
			marked: "Rain\n\nShe said [[Ann Quell|PERSON]] district officials left.",
			want:   []string{`person:ann-quell PERSON "Ann Quell"`},
		},
	})
}

// TestDatedHeading checks [Resolver.datedHeading]: a report's heading in
// capitals ending in a dash and the day keeps the town, not the goods.
func TestDatedHeading(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the town and the report's words",
			marked: "Rates\n\n[[VIENNA BOURSE FIXING|LOC]] - APRIL 9 DM 112.800 FFR 33.910\n",
			want:   []string{`location:vienna LOCATION "Vienna" partial`},
		},
		{
			name:   "a two-word town, a goods word with a slash",
			marked: "Oils\n\n[[BUENOS AIRES MEALS/OILS MIDSESSION|ORG]] - APR 9\n    Soyoil 65 up one\n",
			want:   []string{`location:buenos-aires LOCATION "Buenos Aires"`},
		},
		{
			name:   "no dash and day after it",
			marked: "Rates\n\n[[VIENNA BOURSE FIXING|LOC]] DM 112.800 FFR 33.910\n",
			want:   []string{`location:vienna-bourse-fixing LOCATION "Vienna Bourse Fixing"`},
		},
		{
			name:   "a firm's name, no known place first",
			marked: "Rates\n\n[[ZORBIT TRUST SPOT RATE|ORG]] - APRIL 9 DM 112.800\n",
			want:   []string{`org:zorbit-trust-spot-rate ORG "Zorbit Trust Spot Rate" source`},
		},
	})
}
