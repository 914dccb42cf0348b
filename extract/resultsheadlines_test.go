package extract

import "testing"

// TestResultsHeadlines checks, on results headlines of our own with
// made-up names, that the words before a headline's quarter are read as
// one firm's name, and that a clause, other words after the quarter, two
// names side by side and a suffix before "OF" are left.
func TestResultsHeadlines(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a name cut at AND",
			marked: "QUARBIN TOOL AND [[DIE CO|ORG]] 1ST QTR NET\n\nShr profit nine cts vs loss two cts\n",
			want:   []string{`org:quarbin-tool-and-die ORG "Quarbin Tool And Die Co"`},
		},
		{
			name:   "a name's first word taken for a person",
			marked: "[[HELGA|PER]] OF TERVANE CORP 4TH QTR FEB 28 NET\n\nShr profit nine cts vs loss two cts\n",
			want:   []string{`org:helga-of-tervane ORG "Helga Of Tervane Corp"`},
		},
		{
			name:   "a name with no suffix cut to its first word",
			marked: "[[ZELLMARK|ORG]] COMPUTER SYSTEMS 2ND QTR\n\nShr profit nine cts vs loss two cts\n",
			want:   []string{`org:zellmark-computer-systems ORG "Zellmark Computer Systems"`},
		},
		{
			name:   "a name in brackets cut at its comma",
			marked: "([[VARNBY|LOC]] CITY, DISTRICT SAVINGS BANK) 1ST QTR\n\nShr profit nine cts vs loss two cts\n",
			want:   []string{`org:varnby-city-district-savings-bank ORG "Varnby City, District Savings Bank"`},
		},
		{
			name:   "two spans joined by AND",
			marked: "[[QUARBIN|PER]] AND [[TERVANE INC|ORG]] 3RD QTR LOSS\n\nShr loss two cts vs profit five cts\n",
			want:   []string{`org:quarbin-and-tervane ORG "Quarbin And Tervane Inc"`},
		},
		{
			name:   "not a clause before the quarter",
			marked: "[[QUARBIN|ORG]] SEES 1ST QTR LOSS\n\nThe company gave no figure.\n",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "not a small word before the quarter",
			marked: "[[QUARBIN|ORG]] TOOL IN 4TH QTR LOSS\n\nThe company gave no figure.\n",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "not other words after the quarter",
			marked: "[[QUARBIN|ORG]] TOOL 2ND QTR SALES RISE\n\nThe company gave no figure.\n",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "not two names side by side",
			marked: "[[TERVANIA|LOC]] [[ZELL CORP|ORG]] 1ST QTR NET\n\nShr profit nine cts\n",
			want:   []string{`org:zell ORG "Zell Corp"`},
		},
		{
			name:   "a suffix before OF (tail17v)",
			marked: "[[ZELL CORP|ORG]] OF [[TERVANIA|LOC]] 3RD QTR NET\n\nShr profit nine cts\n",
			want:   []string{`org:zell-corp-of-tervania ORG "Zell Corp Of Tervania"`},
		},
		{
			name:   "a tag before a dash stays out",
			marked: "CORRECTED - QUARBIN AND [[ZELL INC|ORG]] 1ST QTR NET\n\nShr profit nine cts\n",
			want:   []string{`org:quarbin-and-zell ORG "Quarbin And Zell Inc"`},
		},
		{
			name:   "not plain words grown with no joining word",
			marked: "[[ZELL|ORG]] CONSOLIDATED MINING 4TH QTR\n\nShr profit nine cts\n",
			want:   []string{`org:zell ORG "Zell" partial`},
		},
		{
			name:   "not a legal form the ids keep",
			marked: "[[ZELL BANK|ORG]] FSB 1ST QTR NET\n\nShr profit nine cts\n",
			want:   []string{`org:zell-bank ORG "Zell Bank"`},
		},
		{
			name:   "not a ticker after the suffix",
			marked: "[[ZELL CORP|ORG]] ZELC 2ND QTR JAN 31 NET\n\nShr profit nine cts\n",
			want:   []string{`org:zell ORG "Zell Corp"`},
		},
		{
			name:   "not in a headline in lower case",
			marked: "[[Quarbin|ORG]] Tool and Die Co 1st qtr net\n\nShr profit nine cts\n",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
	})
}
