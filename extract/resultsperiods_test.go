package extract

import "testing"

// TestResultsPeriods checks, on results headlines of our own with made-up
// names, that the year's and the months' reports are read as the
// quarter's are, that a results headline's firm is kept when the body
// names other things, and that a suffix before "OF" opens no second firm;
// and that other periods, other headlines and a closing legal form before
// "OF" are left.
func TestResultsPeriods(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a yearly report's name cut at AND",
			marked: "[[QUARBIN|PER]] AND [[TERVANE INC|ORG]] YEAR NET\n\nShr profit nine cts vs loss two cts\n",
			want:   []string{`org:quarbin-and-tervane ORG "Quarbin And Tervane Inc"`},
		},
		{
			name:   "nine months' report, a name with no suffix",
			marked: "[[ZELLMARK|ORG]] COMPUTER SYSTEMS NINE MTHS DEC 31 LOSS\n\nShr loss two cts\n",
			want:   []string{`org:zellmark-computer-systems ORG "Zellmark Computer Systems"`},
		},
		{
			name:   "the firm kept when the body names another",
			marked: "[[ZELL BANK OF TERVANIA|ORG]] 1ST QTR NET\n\nNet excludes the loss of the [[Quarbin Casualty|ORG]] unit.\n",
			want:   []string{`org:quarbin-casualty ORG "Quarbin Casualty"`, `org:zell-bank-of-tervania ORG "Zell Bank Of Tervania"`},
		},
		{
			name:   "the firm in brackets kept after a yearly report",
			marked: "<[[ZELL BANK OF TERVANIA|ORG]]> YEAR LOSS\n\nNet excludes the loss of the [[Quarbin Casualty|ORG]] unit.\n",
			want:   []string{`org:quarbin-casualty ORG "Quarbin Casualty"`, `org:zell-bank-of-tervania ORG "Zell Bank Of Tervania"`},
		},
		{
			name:   "a suffix before Of in running text",
			marked: "Deal\n\nShares of [[Zell Corp Of Tervania|ORG]] rose.\n",
			want:   []string{`org:zell-corp-of-tervania ORG "Zell Corp Of Tervania"`},
		},
		{
			name:   "not a year with no report word",
			marked: "[[QUARBIN|PER]] AND [[TERVANE INC|ORG]] YEAR 1987\n\nShr profit nine cts\n",
			want:   []string{`org:tervane ORG "Tervane Inc"`, `person:quarbin PERSON "Quarbin" partial`},
		},
		{
			name:   "not months counted otherwise",
			marked: "[[ZELLMARK|ORG]] COMPUTER SYSTEMS TEN MTHS LOSS\n\nShr loss two cts\n",
			want:   []string{`org:zellmark ORG "Zellmark" partial`},
		},
		{
			name:   "not a firm of another headline the body does not name",
			marked: "[[ZELL BANK OF TERVANIA|ORG]] SEES GAINS\n\nNet excludes the loss of the [[Quarbin Casualty|ORG]] unit.\n",
			want:   []string{`org:quarbin-casualty ORG "Quarbin Casualty"`},
		},
		{
			name:   "not a name the body writes longer",
			marked: "[[ZELL BANK|ORG]] 1ST QTR NET\n\nThe [[Zell Bank Income Trust|ORG]] paid out the gains of the [[Quarbin Casualty|ORG]] unit.\n",
			want:   []string{`org:quarbin-casualty ORG "Quarbin Casualty"`, `org:zell-bank-income-trust ORG "Zell Bank Income Trust"`},
		},
		{
			name:   "not a name the body writes in another form",
			marked: "[[TERVANE VELLMAR INDUSTRIES|ORG]] 1ST QTR LOSS\n\nFull name [[vellmar industries Inc.|ORG]], a unit of [[Quarbin Casualty|ORG]].\n",
			want:   []string{`org:quarbin-casualty ORG "Quarbin Casualty"`, `org:vellmar-industries ORG "vellmar industries Inc."`},
		},
		{
			name:   "the firm kept when the body shares a generic word",
			marked: "[[ZELL BANK OF TERVANIA|ORG]] YEAR NET\n\nNet excludes the loss of the [[Quarbin Bank|ORG]] unit.\n",
			want:   []string{`org:quarbin-bank ORG "Quarbin Bank"`, `org:zell-bank-of-tervania ORG "Zell Bank Of Tervania"`},
		},
		{
			name:   "not a clause's words before the firm",
			marked: "TERVANE SAYS [[ZELL BANK OF TERVANIA|ORG]] 1ST QTR NET\n\nNet excludes the loss of the [[Quarbin Casualty|ORG]] unit.\n",
			want:   []string{`org:quarbin-casualty ORG "Quarbin Casualty"`},
		},
		{
			name:   "not a headline's words after the firm",
			marked: "[[ZELL BANK OF TERVANIA|ORG]] 1ST QTR SALES UP\n\nNet excludes the loss of the [[Quarbin Casualty|ORG]] unit.\n",
			want:   []string{`org:quarbin-casualty ORG "Quarbin Casualty"`},
		},
		{
			name:   "not two firms after a suffix",
			marked: "Deal\n\nShares of [[Zell Corp Quarbin Inc|ORG]] rose.\n",
			want:   []string{`org:quarbin ORG "Quarbin Inc"`, `org:zell ORG "Zell Corp"`},
		},
		{
			name:   "not a closing legal form before OF",
			marked: "[[ZELL LTD|ORG]] OF [[TERVANIA|LOC]] YEAR NET\n\nShr profit nine cts\n",
			want:   []string{`org:zell ORG "Zell Ltd"`},
		},
	})
}
