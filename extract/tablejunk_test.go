package extract

import "testing"

// TestTableCut checks, on lines of our own written as wire tables,
// headings and prose, that words that name nothing are dropped or cut
// from names, while the places and companies in the same lines are kept.
func TestTableCut(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "negated names",
			marked: "Coffee\n\nIt sold 20,000 bags to [[non-Quarbin|ORG]] members and [[Non-callable|ORG]] notes, said [[Quarbin Trading Co|ORG]].",
			want:   []string{`org:quarbin-trading ORG "Quarbin Trading Co."`},
		},
		{
			name:   "trade terms before a delivery point",
			marked: "Oils\n\nLinseed oil- [[Crude FOB Minneapolis|LOC]], tankcars 25.00N. Tallow [[CIF Gulf|ORG]] 14.50N, [[Refined FAS|ORG]] drums 38.00N, sold by [[Tervane Oils Inc|ORG]].",
			want:   []string{`location:minneapolis LOCATION "Minneapolis" partial`, `org:tervane-oils ORG "Tervane Oils Inc."`},
		},
		{
			name:   "a trade term alone is left to the other rules",
			marked: "Farm\n\nThe [[FAS|ORG]] said its staff rose.",
			want:   []string{`org:fas ORG "FAS" partial`},
		},
		{
			name:   "market headings",
			marked: "Rates\n\n[[AMSTERDAM EXCHANGES CLOSING|LOC]] - APRIL 7. [[Toronto Indices Opening|ORG]] 300. [[Foreign Exch Closing|ORG]] 2.",
			want:   []string{`location:amsterdam LOCATION "AMSTERDAM" partial`, `location:toronto LOCATION "Toronto" partial`},
		},
		{
			name:   "a heading word that ends no heading",
			marked: "Shows\n\nThe [[Quarbin Opening|ORG]] gala was held by [[Tervane Exchanges|ORG]].",
			want:   []string{`org:tervane-exchanges ORG "Tervane Exchanges"`},
		},
		{
			name:   "a contract month after its market",
			marked: "Sugar\n\nThe [[New York May|LOC]] price fell, and [[Kenneth May|PER]] said so.",
			want:   []string{`location:new-york LOCATION "New York"`, `person:kenneth-may PERSON "Kenneth May"`},
		},
		{
			name:   "a compound adjective after a name",
			marked: "Ships\n\nThe [[United States-flag|ORG]] tanker and [[Toronto-based|MISC]] [[Quarbin Corp|ORG]] were hit.",
			want:   []string{`country:US COUNTRY "United States"`, `location:toronto LOCATION "Toronto" partial`, `org:quarbin ORG "Quarbin Corp"`},
		},
		{
			name:   "assets of a country's market",
			marked: "Bonds\n\nHoldings of [[U.S. Treasuries|ORG]] and [[U.K. Equities|ORG]] fell, and [[Treasuries|ORG]] rose, [[Kelso Bonds|PER]] said. [[Bonds|PER]] sold.",
			want:   []string{`country:GB COUNTRY "United Kingdom"`, `country:US COUNTRY "United States"`, `person:kelso-bonds PERSON "Kelso Bonds"`},
		},
	})
}

// TestCommonAcronyms checks that acronyms an article defines by words in
// lower case are dropped wherever the article uses them, and that those
// defined by a name stay.
func TestCommonAcronyms(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "terms in lower case",
			marked: "Oil\n\n[[Quarbin Exchange|ORG]] will add exchanges for physicals ([[EFPS|ORG]]). The [[EFPS|ORG]] start in May. Aid, or official development assistance ([[ODA|ORG]]), rose.",
			want:   []string{`org:quarbin-exchange ORG "Quarbin Exchange"`},
		},
		{
			name:   "a name in capitals stays",
			marked: "Trade\n\nThe Tervane Quarbin Council ([[TQC|ORG]]) met. The [[TQC|ORG]] said no.",
			want:   []string{`org:tervane-quarbin-council ORG "Tervane Quarbin Council"`},
		},
		{
			name:   "initials that spell no acronym",
			marked: "Oil\n\nIt hired market analysts ([[QRB|ORG]]) for the work.",
			want:   []string{`org:qrb ORG "QRB" partial`},
		},
	})
}

func TestLowerDefinition(t *testing.T) {
	tests := []struct {
		before, acr string
		want        bool
	}{
		{"introduce exchanges for physicals ", "EFPS", true},
		{"the consumer price index ", "CPI", true},
		{"a letter of credit ", "LOC", true},
		{"its video tape recorder ", "VTR", true},
		{"the Consumer Price Index ", "CPI", false},
		{"hired market analysts ", "QRB", false},
		{"in ", "IN", false},
		{"the price ", "P", false},
	}
	for _, tt := range tests {
		if got := lowerDefinition(tt.before, tt.acr); got != tt.want {
			t.Errorf("lowerDefinition(%q, %q) = %v, want %v", tt.before, tt.acr, got, tt.want)
		}
	}
}
