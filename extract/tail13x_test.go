package extract

import "testing"

// The cases of tail13x's rules, on sentences and names of our own. Each
// test holds the positives of one rule and the negatives that guard what
// it must not take; the want lines were read and judged one by one.

// TestClosedWord checks [closedWord]: a one-word name that is a
// preposition, conjunction or sentence adverb names nothing.
func TestClosedWord(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "since after a firm's stop",
			marked: "Markets\n\nThe rate is steady, said Ann Vell of Quelbane Corp. [[Since|ORG]] March the dollar has fallen by half.",
			want:   []string{`org:quelbane ORG "Quelbane Corp."`},
		},
		{
			name:   "about before a figure",
			marked: "Ratings\n\nThe agency cut the ratings of Tarrow Electric Co. [[About|ORG]] 500 mln dlrs of debt is outstanding.",
			want:   []string{`org:tarrow-electric ORG "Tarrow Electric Co."`},
		},
		{
			name:   "two words",
			marked: "Books\n\nShe wrote [[Among Quelbanes|ORG]] last year.",
			want:   []string{`org:among-quelbanes ORG "Among Quelbanes"`},
		},
		{
			name:   "a word of no closed class",
			marked: "Markets\n\nThe rate is steady, said Ann Vell of Quelbane Corp. [[Sincor|ORG]] shares fell.",
			want:   []string{`org:quelbane ORG "Quelbane Corp."`, `org:sincor ORG "Sincor" partial`},
		},
	})
}

// TestTickerComma checks [tickerCue]: a name in capitals after "symbol"
// and a comma is a stock's ticker symbol.
func TestTickerComma(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "symbol and a comma",
			marked: "Listing\n\nThe company will keep its symbol, [[QRB|ORG]], when trading begins on the Big Board.",
			want:   nil,
		},
		{
			name:   "a comma and no symbol",
			marked: "Listing\n\nThe company will meet its rival, [[QRB|ORG]], when trading begins.",
			want:   []string{`org:qrb ORG "QRB" partial`},
		},
	})
}

// TestBareFirmWord checks [bareFirmEnd]: one bare word, "and", and a span
// of one word and a company's word make one firm.
func TestBareFirmWord(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "at a sentence's start",
			marked: "People\n\nQuarbin and [[Tervane Trust|ORG]] said Ann Vell will succeed Bob Lemmox as president.",
			want:   []string{`org:quarbin-and-tervane-trust ORG "Quarbin and Tervane Trust"`},
		},
		{
			name:   "after a lower-case word",
			marked: "Shares\n\nShares of Quarbin and [[Tervane Bank|ORG]] rose two dlrs.",
			want:   []string{`org:quarbin-and-tervane-bank ORG "Quarbin and Tervane Bank"`},
		},
		{
			name:   "the first word named alone",
			marked: "Shares\n\nShares of Quarbin and [[Tervane Bank|ORG]] rose. Quarbin said it was pleased.",
			want:   []string{`org:tervane-bank ORG "Tervane Bank"`},
		},
		{
			name:   "no company's word",
			marked: "Shares\n\nShares of Quarbin and [[Tervane Vellmore|ORG]] rose two dlrs.",
			want:   []string{`org:tervane-vellmore ORG "Tervane Vellmore"`},
		},
		{
			name:   "a list",
			marked: "Shares\n\nShares of Lemmo, Quarbin and [[Tervane Bank|ORG]] rose two dlrs.",
			want:   []string{`org:tervane-bank ORG "Tervane Bank"`},
		},
	})
}

// TestKindOpener checks [kindOpener]: a kind's noun glued to a name after
// a dotted country abbreviation, or in a lead's capitals, is cut off.
func TestKindOpener(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm after a country",
			marked: "Deal\n\nThe U.S. [[Company Quelbane Run|ORG]] has kept its plant closed.",
			want:   []string{`country:US COUNTRY "United States"`, `org:quelbane-run ORG "Quelbane Run"`},
		},
		{
			name:   "a lead's capitals",
			marked: "Deal\n\nSOFTWARE [[FIRM Tervanix|ORG]] seems to have agreed to the terms.",
			want:   []string{`org:tervanix ORG "Tervanix" partial`},
		},
		{
			name:   "a hostage after a country",
			marked: "Talks\n\nThe kidnappers said U.S. [[Hostage Quelvin Tarrow|PERSON]] was ill.",
			want:   []string{`country:US COUNTRY "United States"`, `person:quelvin-tarrow PERSON "Quelvin Tarrow"`},
		},
		{
			name:   "a firm's noun before a name typed a person",
			marked: "Beef\n\nA buyer of U.S. [[Packer Quelvin Tarrow|PERSON]] and Co said so.",
			want:   []string{`country:US COUNTRY "United States"`, `person:packer-quelvin-tarrow PERSON "Packer Quelvin Tarrow"`},
		},
		{
			name:   "inside a sentence",
			marked: "Funds\n\nMoney went to the [[Partner Quelby Fund|ORG]] last year.",
			want:   []string{`org:partner-quelby-fund ORG "Partner Quelby Fund"`},
		},
		{
			name:   "a common word after the noun",
			marked: "Deal\n\nThe U.S. [[Company Home Stores|ORG]] has kept its shops open.",
			want:   []string{`country:US COUNTRY "United States"`, `org:company-home-stores ORG "Company Home Stores"`},
		},
		{
			name:   "of after the noun",
			marked: "Deal\n\nThe U.S. [[Company of Tervane|ORG]] has kept its plant closed.",
			want:   []string{`country:US COUNTRY "United States"`, `org:company-of-tervane ORG "Company of Tervane"`},
		},
	})
}

// TestTickerLineStart checks [tickerShape]: a ticker that opens a line
// after "symbol," is one though its name was recased.
func TestTickerLineStart(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "symbol, a line break",
			marked: "Listing\n\nThe company said it will retain its symbol,\n[[QRB|ORG]], when trading begins.",
			want:   nil,
		},
	})
}
