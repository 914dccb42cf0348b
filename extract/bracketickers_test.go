package extract

import "testing"

// TestTickerInBrackets checks, on sentences of our own, that a stock's
// ticker in brackets after a firm's full name is no name of its own; and
// the readings left alone: an abbreviation that opens the name's words,
// one in another order, one the article uses again.
func TestTickerInBrackets(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a ticker after a firm's name",
			marked: "Deals\n\nThe unit of [[Tervane Corp|ORG]] ([[TVX|ORG]]) said it sold the plant.",
			want:   []string{`org:tervane ORG "Tervane Corp"`},
		},
		{
			name:   "a ticker after a bank's name and NA",
			marked: "Deals\n\nLenders include Lunmark Co and [[Quarbin NA|ORG]] ([[QQI|ORG]]), and two other banks.",
			want:   []string{`org:quarbin-na ORG "Quarbin NA"`},
		},
		{
			name:   "an abbreviation of the name's words",
			marked: "Deals\n\nThe [[Tervane Shipbuilding Corp|ORG]] ([[TSBC|ORG]]) said it sold the plant.",
			want:   []string{`org:tervane-shipbuilding ORG "Tervane Shipbuilding Corp"`}, // the abbreviation kept, and the firm's (tail17x: abbrevAfterName)
		},
		{
			name:   "an abbreviation in another order",
			marked: "Deals\n\nThe [[Tervane Investment and Quarbin Corp|ORG]] ([[TQIC|ORG]]) said it sold the plant.",
			want:   []string{`org:tervane-investment-and-quarbin ORG "Tervane Investment and Quarbin Corp"`, `org:tqic ORG "TQIC" partial`},
		},
		{
			name:   "an abbreviation used again",
			marked: "Deals\n\nThe [[Tervane Corp|ORG]] ([[TVX|ORG]]) sold the plant. [[TVX|ORG]] said so.",
			want:   []string{`org:tervane ORG "Tervane Corp"`, `org:tvx ORG "TVX" partial`},
		},
	})
}
