package extract

import "testing"

// TestPossessiveCountryFirmSpans checks, on names of our own, that a dotted
// country's possessive after "the" is cut from the name after it, the
// country a span of its own ([possessiveCountryFirmSpans]); and that a
// possessive with no "the" before it, a country written out, a headline's
// capitals and a suffix after the possessive are left.
func TestPossessiveCountryFirmSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm after the U.K.'s",
			marked: "Bid\n\nThe minister said the bid by the [[U.K.'s Vellmar Cable Plc|ORG]] was a test case.",
			want:   []string{`country:GB COUNTRY "United Kingdom"`, `org:vellmar-cable ORG "Vellmar Cable Plc"`},
		},
		{
			name:   "a firm after the U.S.'s at a line's end",
			marked: "Plant\n\nQuarbin will sell a stake in its plant to the [[U.S.'s Tervane\nMetals Co|ORG]] this year.",
			want:   []string{`country:US COUNTRY "United States"`, `org:tervane-metals ORG "Tervane Metals Co"`},
		},
		{
			name:   "a person after the U.K.'s keeps a person's type",
			marked: "Talks\n\nThe talks were led by the [[U.K.'s Ann Vellmar|PER]] on Monday.",
			want:   []string{`country:GB COUNTRY "United Kingdom"`, `person:ann-vellmar PERSON "Ann Vellmar"`},
		},
		{
			name:   "a firm after a preposition and the U.K.'s",
			marked: "Bid\n\nThe share held by [[U.K.'s Vellmar Cable Plc|ORG]] will fall.",
			want:   []string{`country:GB COUNTRY "United Kingdom"`, `org:vellmar-cable ORG "Vellmar Cable Plc"`},
		},
		// Negatives: spans the rule leaves whole.
		{
			name:   "the possessive opening a sentence",
			marked: "Bid\n\n[[U.K.'s Vellmar Cable Plc|ORG]] shares rose.",
			want:   []string{`org:uks-vellmar-cable ORG "U.K.'s Vellmar Cable Plc"`},
		},
		{
			name:   "a country written out: a firm's whole name",
			marked: "Deal\n\nShares of the [[America's Tervane Pharmacy Inc|ORG]] rose.",
			want:   []string{`org:americas-tervane-pharmacy ORG "America's Tervane Pharmacy Inc"`},
		},
		{
			name:   "a headline's capitals",
			marked: "[[THE U.S.'S TERVANE METALS CO|ORG]] BUYS PLANT\n\nQuarbin sold a plant.",
			want:   []string{`org:uss-tervane-metals ORG "The U.S.'S Tervane Metals Co"`},
		},
	})
}

// TestJobFirmOpener checks, on names of our own, that a trade of a person or
// a firm opening a sentence is cut from a firm's name with a legal form
// after it ([jobFirmOpener]); and that a name with no legal form, a trade
// inside a sentence, a plural trade, a company word after the trade and a
// headline's capitals are left.
func TestJobFirmOpener(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a stockbroker before a firm with its suffix",
			marked: "Issue\n\nQuarbin will issue shares. [[Stockbroker Vellmar Tarrow Ltd|ORG]] will underwrite the issue.",
			want:   []string{`org:vellmar-tarrow ORG "Vellmar Tarrow Ltd"`},
		},
		{
			name:   "a publisher typed a person, its suffix with a period",
			marked: "Sale\n\nThe deal was signed. [[Publisher Tervane Dorn Inc.|PER]] said it would buy the titles.",
			want:   []string{`org:tervane-dorn ORG "Tervane Dorn Inc."`},
		},
		// Negatives: spans the rule leaves whole.
		{
			name:   "no legal form: a person",
			marked: "Sale\n\nThe deal was signed. [[Publisher Ann Vellmar|PER]] said she would buy the titles.",
			want:   []string{`person:ann-vellmar PERSON "Ann Vellmar"`},
		},
		{
			name:   "a trade inside a sentence",
			marked: "Issue\n\nShares of the [[Stockbroker Vellmar Ltd|ORG]] rose.",
			want:   []string{`org:stockbroker-vellmar ORG "Stockbroker Vellmar Ltd"`},
		},
		{
			name:   "a plural trade: a name of its own",
			marked: "Issue\n\nQuarbin will issue shares. [[Brokers Tervane Inc|ORG]] will underwrite the issue.",
			want:   []string{`org:brokers-tervane ORG "Brokers Tervane Inc"`},
		},
		{
			name:   "a company word after the trade",
			marked: "Issue\n\nQuarbin will issue shares. [[Broker Services Ltd|ORG]] will underwrite the issue.",
			want:   []string{`org:broker-services ORG "Broker Services Ltd"`},
		},
		{
			name:   "a headline's capitals",
			marked: "[[STOCKBROKER VELLMAR LTD|ORG]] TO UNDERWRITE ISSUE\n\nQuarbin will issue shares.",
			want:   []string{`org:stockbroker-vellmar ORG "Stockbroker Vellmar Ltd"`},
		},
	})
}
