package extract

import "testing"

// TestNaturalPlace checks, on sentences of our own, that a name the
// recognizer took for an organization or a person is a place when its
// words name a sea, a strait, a lake, a river or an island, and that
// firms and people with such words stay what they are.
func TestNaturalPlace(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a strait before of",
			marked: "Tankers\n\nTwo tankers waited outside the [[Strait of Varnholm|ORG]] on Monday.",
			want:   []string{`location:strait-of-varnholm LOCATION "Strait of Varnholm"`},
		},
		{
			name:   "a sea before of",
			marked: "Quake\n\nThe tremor was centred in the [[Sea of Quarbin|ORG]], officials said.",
			want:   []string{`location:sea-of-quarbin LOCATION "Sea of Quarbin"`},
		},
		{
			name:   "a lagoon at the end",
			marked: "Fishing\n\nThe [[Tervane Lagoon|ORG]] had dried up, halting the catch.",
			want:   []string{`location:tervane-lagoon LOCATION "Tervane Lagoon"`},
		},
		{
			name:   "an island typed as a person",
			marked: "Raid\n\nThe navy shelled [[Varnholm Island|PER]] at dawn.",
			want:   []string{`location:varnholm-island LOCATION "Varnholm Island"`},
		},
		{
			name:   "an event after an island",
			marked: "Racing\n\nHe won the [[Isle of Varnholm TT|ORG]] last year.",
			want:   []string{`org:isle-of-varnholm-tt ORG "Isle of Varnholm TT"`},
		},
		{
			name:   "river before one word",
			marked: "Grain\n\nA buyer took 20,000 tonnes from the [[River Quarbin|ORG]] for May.",
			want:   []string{`location:river-quarbin LOCATION "River Quarbin"`},
		},
		{
			name:   "a firm with a lake in its name",
			marked: "Results\n\n[[Tervane Lake Mines Ltd|ORG]] said output rose.",
			want:   []string{`org:tervane-lake-mines ORG "Tervane Lake Mines Ltd"`},
		},
		{
			name:   "a person whose surname is Bay",
			marked: "Appointments\n\n[[Thomas Bay|PER]], the firm's vice president, will retire.",
			want:   []string{`person:thomas-bay PERSON "Thomas Bay"`},
		},
	})
}

// TestTownBeforeState checks, on sentences of our own, that a name the
// recognizer took for an organization or a person is a town when a comma
// and a state's or province's abbreviation follow it, and the cases left
// alone: a firm's suffix, a firm "of" a town, a congressman, and a town
// whose name the article also gives a firm.
func TestTownBeforeState(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a branch in a town",
			marked: "Sale\n\nThe bank sold its [[Quarbinville|ORG]], Fla., branch to a rival.",
			want:   []string{`location:quarbinville LOCATION "Quarbinville" partial`},
		},
		{
			name:   "a town with a preposition elsewhere",
			marked: "Sale\n\nThe plants are in [[Tervane|ORG]], Okla. Work in [[Tervane|ORG]] will stop.",
			want:   []string{`location:tervane LOCATION "Tervane" partial`},
		},
		{
			name:   "a town typed as a person",
			marked: "Sale\n\nThe plants are in Hollis and [[Tervane|PER]], Okla., the firm said.",
			want:   []string{`location:tervane LOCATION "Tervane" partial`},
		},
		{
			name:   "based in a town of a province",
			marked: "Deal\n\nThe maker, based in [[Varnholm|ORG]], Ont., was bought.",
			want:   []string{`location:varnholm LOCATION "Varnholm" partial`},
		},
		{
			name:   "a firm with its suffix",
			marked: "Deal\n\nThe bank agreed to buy [[Quarbin Corp|ORG]], Calif., for cash.",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`},
		},
		{
			name:   "a congressman",
			marked: "Contract\n\nRep. Ann O'B. [[Vell|PER]], N.Y., said the award needs review.",
			want:   []string{`person:vell PERSON "Vell" partial`},
		},
		{
			name:   "a firm named after its town",
			marked: "Outlook\n\nIn [[Tervane|ORG]], Ky., the refiner said sales fell. [[Tervane|ORG]] said costs rose.",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "no period after the state",
			marked: "Deal\n\nThe shares of [[Quarbin|ORG]], Pa maker of pumps, rose.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
	})
}

// TestOpeningPreposition checks, on sentences of our own, that a
// preposition opening a sentence is no part of the name after it, and
// that a name with "of" inside keeps it.
func TestOpeningPreposition(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "of before a bank",
			marked: "Loans\n\n[[Of Quarbin Trust|ORG]]'s total loans, 12 pct were bad.",
			want:   []string{`org:quarbin-trust ORG "Quarbin Trust"`},
		},
		{
			name:   "in before a court",
			marked: "Suit\n\n[[In Tervane Federal Court|ORG]], the firm lost its case.",
			want:   []string{`org:tervane-federal-court ORG "Tervane Federal Court"`},
		},
		{
			name:   "a firm's name after a wrapped line",
			marked: "Venture\n\nThe bank will start the fund with\n[[In Quarbin SPA|ORG]], a Milan bank.",
			want:   []string{`org:in-quarbin ORG "In Quarbin SPA"`},
		},
		{
			name:   "of inside a name",
			marked: "Loans\n\nThe [[Bank of Quarbin|ORG]] lent more.",
			want:   []string{`org:bank-of-quarbin ORG "Bank of Quarbin"`},
		},
	})
}

// TestTownBeforeStateName checks, on sentences of our own, that a town
// before a comma and a state's full name is a place, and that a state's
// name before a capitalized word (a party's member) makes none.
func TestTownBeforeStateName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a town before a state and -based",
			marked: "Deal\n\nThe [[Quarbinville|PER]], Texas-based maker of lamps was sold.",
			want:   []string{`location:quarbinville LOCATION "Quarbinville" partial`},
		},
		{
			name:   "a town before a state and a common noun",
			marked: "Waste\n\nThe firm's [[Tervane|ORG]], Louisiana waste plant will close.",
			want:   []string{`location:tervane LOCATION "Tervane" partial`},
		},
		{
			name:   "a town before a state of two words and a comma",
			marked: "Plant\n\nThe mill in [[Varnholm|ORG]], West Virginia, will shut.",
			want:   []string{`location:varnholm LOCATION "Varnholm" partial`},
		},
		{
			name:   "a state before a party's member",
			marked: "Budget\n\nThe bill's sponsor, [[Lemmoway|PER]], Texas Democrat, spoke.",
			want:   []string{`person:lemmoway PERSON "Lemmoway" partial`},
		},
		{
			name:   "a firm named bare elsewhere",
			marked: "Outlook\n\nAt its [[Tervane|ORG]], Ohio plant output rose. [[Tervane|ORG]] said costs rose.",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
	})
}

// TestTownOnlyLongerName checks that a town's name that begins a firm's
// longer name, or takes a possessive, in the article is left to the
// firm.
func TestTownOnlyLongerName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm named after the town, after to",
			marked: "Plant\n\nThe packer will sell its [[Tervane|ORG]], South Dakota, plant to [[Tervane Dressed Meats|ORG]], a new firm.",
			want:   []string{`org:tervane ORG "Tervane" partial`, `org:tervane-dressed-meats ORG "Tervane Dressed Meats"`},
		},
		{
			name:   "a possessive after to",
			marked: "Plant\n\nThe packer will sell its [[Tervane|ORG]], South Dakota, plant. The sale is subject to [[Tervane|ORG]]'s bank.",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
	})
}
