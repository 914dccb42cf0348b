package extract

import "testing"

// TestHeadlineOfBodies checks, on headlines of our own with made-up names,
// that a place the recognizer took alone from "BANK OF PLACE" in a headline
// written in capitals becomes the body the article names "Bank of Place",
// and that the place stays where the body names no such organization.
func TestHeadlineOfBodies(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the bank of the body",
			marked: "BANK OF [[TERVANIA|LOC]] RAISES RATE\n\nThe [[Bank of Tervania|ORG]] raised its rate today.\n",
			want:   []string{`org:bank-of-tervania ORG "Bank of Tervania"`},
		},
		{
			name:   "the longest name of the body",
			marked: "FIRST QUARBIN BANK OF [[VELLMARK|LOC]] CUTS PRIME\n\n[[First Quarbin Bank of Vellmark|ORG]] cut its prime rate.\n",
			want:   []string{`org:first-quarbin-bank-of-vellmark ORG "First Quarbin Bank of Vellmark"`},
		},
		{
			name:   "a country's name",
			marked: "BANK OF [[FRANCE|LOC]] LENDS FUNDS\n\nThe [[Bank of France|ORG]] lent funds to the market.\n",
			want:   []string{`org:bank-of-france ORG "Bank of France"`},
		},
		{
			name:   "no body of that name",
			marked: "BANK OF [[FRANCE|LOC]] RAISES RATE\n\nThe central bank of [[France|LOC]] raised its rate.\n",
			want:   []string{`country:FR COUNTRY "France"`},
		},
		{
			name:   "another body of the place",
			marked: "TALKS OF [[FRANCE|LOC]] END\n\nThe [[Bank of France|ORG]] said the talks ended.\n",
			want:   []string{`country:FR COUNTRY "France"`, `org:bank-of-france ORG "Bank of France"`},
		},
		{
			name:   "not in a headline in lower case",
			marked: "Bank of [[France|LOC]] raises rate\n\nThe [[Bank of France|ORG]] raised its rate today.\n",
			want:   []string{`country:FR COUNTRY "France"`, `org:bank-of-france ORG "Bank of France"`},
		},
	})
}
