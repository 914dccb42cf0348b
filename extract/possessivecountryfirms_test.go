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
