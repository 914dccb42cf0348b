package extract

import "testing"

// TestHeadlineStarts checks, on headlines of our own with made-up names,
// that a company's name the recognizer cut from its first words in a
// headline written in capitals is grown back to the headline's start, and
// that words reading as a clause before the name are left out.
func TestHeadlineStarts(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "two words cut from the name",
			marked: "QUARBIN VALLEY [[TERVANE CORP|ORG]] 1ST QTR NET\n\nShr profit nine cts vs loss two cts\n",
			want:   []string{`org:quarbin-valley-tervane ORG "Quarbin Valley Tervane Corp"`},
		},
		{
			name:   "a partner cut at AND",
			marked: "ZORBIT AND [[VELLMARK INC|ORG]] 2ND QTR NET\n\nShr loss two cts vs profit five cts\n",
			want:   []string{`org:zorbit-and-vellmark ORG "Zorbit And Vellmark Inc"`},
		},
		{
			name:   "THE stays out of the name",
			marked: "THE GRANDEL [[TERVANE CO LTD|ORG]] NINE MONTHS\n\nShr profit nine cts\n",
			want:   []string{`org:grandel-tervane ORG "Grandel Tervane Co Ltd"`},
		},
		{
			name:   "a span typed a place",
			marked: "QUARBIN OF [[TERVANIA INC|LOC]] RAISES PAYOUT\n\nQtly div ten cts vs eight cts\n",
			want:   []string{`org:quarbin-of-tervania ORG "Quarbin Of Tervania Inc"`},
		},
		{
			name:   "a place inside the name, the suffix after it",
			marked: "BANK OF [[TERVANIA|LOC]] CORP 1ST QTR NET\n\nShr profit nine cts\n",
			want:   []string{`org:bank-of-tervania ORG "Bank Of Tervania Corp"`},
		},
		{
			name:   "AND and the suffix after a name that begins the headline",
			marked: "[[ZORBIT LYNCH|ORG]] AND CO 1ST QTR NET\n\nShr profit nine cts\n",
			want:   []string{`org:zorbit-lynch ORG "Zorbit Lynch And Co"`},
		},
		{
			name:   "not over a verb to a suffix",
			marked: "QUARBIN [[VELLCO|ORG]] CUTS TERVANE CO STAKE\n\nThe bank gave no date.\n",
			want:   []string{`org:vellco ORG "Vellco" partial`},
		},
		{
			name:   "not after a modal",
			marked: "VELLCO MAY BUY [[TERVANE CORP|ORG]]\n\nThe offer gave no date.\n",
			want:   []string{`org:tervane ORG "Tervane Corp"`},
		},
		{
			name:   "not after a verb's third person",
			marked: "JUDGE BLOCKS [[TERVANE CORP|ORG]] BID\n\nThe court gave no date.\n",
			want:   []string{`org:tervane ORG "Tervane Corp"`},
		},
		{
			name:   "not after a small word",
			marked: "TERMS SET ON [[TERVANE CORP|ORG]] BONDS\n\nThe bank gave no date.\n",
			want:   []string{`org:tervane ORG "Tervane Corp"`},
		},
		{
			name:   "not after another span",
			marked: "[[NEVADA|LOC]] ZELL [[TERVANE CORP|ORG]] 1ST QTR\n\nShr profit nine cts\n",
			want:   []string{`location:nevada LOCATION "Nevada" partial`, `org:tervane ORG "Tervane Corp"`},
		},
		{
			name:   "not after a place's possessive",
			marked: "OHIO'S [[TERVANE CORP|ORG]] RAISES PAYOUT\n\nQtly div ten cts vs eight cts\n",
			want:   []string{`org:tervane ORG "Tervane Corp"`},
		},
		{
			name:   "not four words",
			marked: "QUARBIN ZELL MARVO DUNK [[TERVANE CORP|ORG]] 1ST QTR\n\nShr profit nine cts\n",
			want:   []string{`org:tervane ORG "Tervane Corp"`},
		},
		{
			name:   "not in a headline in lower case",
			marked: "Quarbin Valley [[Tervane Corp|ORG]] posts profit\n\nShr profit nine cts\n",
			want:   []string{`org:tervane ORG "Tervane Corp"`},
		},
	})
}
