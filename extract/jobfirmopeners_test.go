package extract

import "testing"

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
