package extract

import "testing"

// TestReportHeading checks, on headings of our own, that a report's period
// or kind glued after a market's town in a heading in capitals is cut, and
// that a paper's name, a country's and a name in running text are left.
func TestReportHeading(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a daily report's heading",
			marked: "[[OMAHA DAILY|LOCATION]] HOGS - MAY 4\n\nBarrows and gilts were steady in early trade.",
			want:   []string{`location:omaha LOCATION "Omaha" partial`},
		},
		{
			name:   "a statistics heading before a slash",
			marked: "[[LEEDS STATISTICS|ORG]] /TURNOVER\n\nTurnover rose in the week.",
			want:   []string{`location:leeds LOCATION "Leeds" partial`},
		},
		{
			name:   "a verb after the heading: a paper's name",
			marked: "[[OMAHA DAILY|ORG]] SAYS FARMS FAIL\n\nThe paper said more farms would close.",
			want:   []string{`org:omaha-daily ORG "Omaha Daily" source`},
		},
		{
			name:   "a country before the kind",
			marked: "[[ICELAND WEEKLY|ORG]] FISH PRICES\n\nPrices of cod rose.",
			want:   []string{`org:iceland-weekly ORG "Iceland Weekly"`},
		},
		{
			name:   "a name in running text",
			marked: "Papers\n\nShe reads the [[Omaha Daily|ORG]] each morning.",
			want:   []string{`org:omaha-daily ORG "Omaha Daily"`},
		},
	})
}
