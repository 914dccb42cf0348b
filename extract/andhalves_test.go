package extract

import "testing"

func TestAndKnownCut(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a group and a country",
			marked: "Envoys of the [[Group of Seven and Canada|ORG]] met on Monday.",
			want:   []string{`country:CA COUNTRY "Canada"`, `org:group-of-seven ORG "Group of Seven"`},
		},
		{
			name:   "an administration and a legislature",
			marked: "A failure of the [[Quarbin Administration and Congress|ORG]] to agree hurt bonds.",
			want:   []string{`org:congress@US ORG "Congress (United States)"`, `org:quarbin-administration ORG "Quarbin Administration"`},
		},
		{
			name:   "a council and a well-known body",
			marked: "The [[Tervane Trade Council and OPEC|ORG]] spoke at length.",
			want:   []string{`org:organization-of-the-petroleum-exporting-countries ORG "Organization of the Petroleum Exporting Countries"`, `org:tervane-trade-council ORG "Tervane Trade Council"`},
		},
		{
			name:   "a firm of the connector table stays whole",
			marked: "Shares of [[Procter and Gamble|ORG]] rose.",
			want:   []string{`org:procter-and-gamble ORG "Procter and Gamble"`},
		},
		{
			name:   "a place before and is the name's",
			marked: "The [[Savings Bank of Wales and Ireland|ORG]] said so.",
			want:   []string{`org:savings-bank-of-wales-and-ireland ORG "Savings Bank of Wales and Ireland"`},
		},
		{
			name:   "one word after of before and is the name's",
			marked: "The [[Savings Bank of Lemmo and Ireland|ORG]] said so.",
			want:   []string{`org:savings-bank-of-lemmo-and-ireland ORG "Savings Bank of Lemmo and Ireland"`},
		},
		{
			name:   "a lower-case word before and makes no body",
			marked: "The [[Lemmo Group stores and Canada|ORG]] grew.",
			want:   []string{`org:lemmo-group-stores-and-canada ORG "Lemmo Group stores and Canada"`},
		},
		{
			name:   "the last item of a list",
			marked: "The [[Tervane Office of Lemmo, Trade and Canada|ORG]] said so.",
			want:   []string{`org:tervane-office-of-lemmo-trade-and-canada ORG "Tervane Office of Lemmo, Trade and Canada"`},
		},
		{
			name:   "a known short form of one word that is no acronym",
			marked: "Talks of the [[Tervane Trade Board and Labour|ORG]] ended.",
			want:   []string{`org:tervane-trade-board-and-labour ORG "Tervane Trade Board and Labour"`},
		},
		{
			name:   "no known name after and",
			marked: "The [[Ministry of Trade and Industry|ORG]] said so.",
			want:   []string{`org:ministry-of-trade-and-industry ORG "Ministry of Trade and Industry"`},
		},
	})
}
