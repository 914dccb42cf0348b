package extract

import "testing"

// TestRepeatedSuffixFirm checks, on sentences of our own, that one name
// said twice around "and" with a company suffix after the second is one
// firm, and that two names, or a name and another firm, stay apart.
func TestRepeatedSuffixFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "one name said twice and a suffix",
			marked: "Crop\n\nGrain merchants [[Dravin|ORG]] and [[Dravin Pty Ltd|ORG]] said the estimate was low.",
			want:   []string{`org:dravin-and-dravin ORG "Dravin and Dravin Pty Ltd"`},
		},
		{
			name:   "the name and a firm of more words",
			marked: "Crop\n\nGrain merchants [[Dravin|ORG]] and [[Dravin Seeds Ltd|ORG]] said the estimate was low.",
			// The first "Dravin" is the firm's short form: no joined "Dravin and Dravin Seeds Ltd".
			want: []string{`org:dravin-seeds ORG "Dravin Seeds Ltd"`},
		},
	})
}

// TestPortfolioListSpans checks, on sentences of our own, that a ministry
// whose portfolio is a list ("Ministry of Farming, Forest Husbandry and
// Fisheries") is one name, that the same list after a minister's "of" is no
// body of its own, and that a list of bodies stays a list.
func TestPortfolioListSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a ministry whose portfolio is a list",
			marked: "Pests\n\nThe [[Ministry of Farming|ORG]], [[Forest Husbandry and Fisheries|ORG]] called for action.",
			want:   []string{`org:ministry-of-farming-forest-husbandry-and-fisheries ORG "Ministry of Farming, Forest Husbandry and Fisheries"`},
		},
		{
			name:   "a minister whose portfolio is a list",
			marked: "Prices\n\n[[Lor Vang|PER]], Minister of [[Farming|ORG]], [[Forest Husbandry and Fisheries|ORG]], said prices rose.",
			want:   []string{`person:lor-vang PERSON "Lor Vang"`},
		},
		{
			name:   "a ministry and two bodies",
			marked: "Pests\n\nThe [[Ministry of Farming|ORG]], [[Tervane Seeds|ORG]] and [[Quarbin Bank|ORG]] called for action.",
			want:   []string{`org:ministry-of-farming ORG "Ministry of Farming"`, `org:quarbin-bank ORG "Quarbin Bank"`, `org:tervane-seeds ORG "Tervane Seeds"`},
		},
		{
			name:   "a ministry and a body with an and",
			marked: "Pests\n\nThe [[Ministry of Farming|ORG]], [[Tervane Seeds and Grain Co|ORG]] called for action.",
			want:   []string{`org:ministry-of-farming ORG "Ministry of Farming"`, `org:tervane-seeds-and-grain ORG "Tervane Seeds and Grain Co"`},
		},
	})
}

// TestCutCorrectedPrefix checks, on headlines of our own, that a wire's
// "CORRECTED-" glued to a headline's first name is no word of the name.
func TestCutCorrectedPrefix(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a corrected headline",
			marked: "[[CORRECTED-TERVANE PAINT COATINGS INC|ORG]]\n\nShr 20 cts vs 22 cts.",
			want:   []string{`org:tervane-paint-coatings ORG "Tervane Paint Coatings Inc"`},
		},
		{
			name:   "a firm named Corrections",
			marked: "Jails\n\n[[Corrections Tervane Inc|ORG]] said it won a contract.",
			want:   []string{`org:corrections-tervane ORG "Corrections Tervane Inc"`},
		},
	})
}

// TestLowerSurnameLost checks, on sentences of our own, that a person's
// name cut after an initial before a surname the source wrote in lower
// case is dropped, and that a name ending in an initial before a capital
// or at a sentence's end stays.
func TestLowerSurnameLost(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the surname in lower case after the span",
			marked: "Staff\n\nTervane Corp said [[Lor Vang|PER]] resigned and [[Ann L.|PER]] quarbin has resigned as vice president.",
			want:   []string{`person:lor-vang PERSON "Lor Vang"`},
		},
		{
			name:   "the surname in lower case inside the span",
			marked: "Staff\n\nTervane Corp said [[Lor Vang|PER]] resigned and [[Ann L. quarbin|PER]] has resigned as vice president.",
			want:   []string{`person:lor-vang PERSON "Lor Vang"`},
		},
		{
			name:   "a name known only by its initial, a capital after",
			marked: "Fraud\n\nThe office named the manager only as [[Ann L.|PER]] He said the manager faked orders.",
			want:   []string{`person:ann-l PERSON "Ann L."`},
		},
		{
			name:   "a name known only by its initial at the end",
			marked: "Film\n\nThe film stars the rapper [[Lor V.|PER]]",
			want:   []string{`person:lor-v PERSON "Lor V."`},
		},
	})
}

// TestSaintFirm checks, on sentences of our own, that a firm named after a
// saint in the possessive is one name, and that a town named after a saint
// in the possessive stays apart from its firm.
func TestSaintFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm named after a saint",
			marked: "Order\n\nIt will build a paper machine for [[St.\nQuarn|LOC]]'s [[Paper Inc|ORG]] of Norland.",
			want:   []string{`org:st-quarns-paper ORG "St. Quarn's Paper Inc"`},
		},
		{
			name:   "a town's firm",
			marked: "Order\n\nIt will build a machine for [[St. Louis|LOC]]'s [[Tervane Paper Inc|ORG]] of Norland.",
			want:   []string{`location:st-louis LOCATION "St. Louis"`, `org:tervane-paper ORG "Tervane Paper Inc"`},
		},
	})
}
