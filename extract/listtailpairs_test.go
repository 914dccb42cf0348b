package extract

import "testing"

// TestListTailPair checks, on sentences of our own, that a list's last
// "and" after a plural noun's opener parts two names, and that a firm of
// partners, a name whose halves meet at two common words, a pair with no
// opener and a list after no plural noun stay whole (tail18d).
func TestListTailPair(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a dash after a counted plural",
			marked: "Banks\n\nThe rule hits three of the biggest lenders -- [[Tervane Bank|ORG]], [[Quarbin Trust and Lunmark Savings Bank|ORG]].",
			want:   []string{`org:lunmark-savings-bank ORG "Lunmark Savings Bank"`, `org:quarbin-trust ORG "Quarbin Trust"`, `org:tervane-bank ORG "Tervane Bank"`},
		},
		{
			name:   "including after a comma",
			marked: "Banks\n\nSome brokers, including [[Vell Capital|ORG]], [[Amble Partners and Dunmore Securities|ORG]] are selling.",
			want:   []string{`org:amble-partners ORG "Amble Partners"`, `org:dunmore-securities ORG "Dunmore Securities"`, `org:vell-capital ORG "Vell Capital"`},
		},
		{
			name:   "such as with two items",
			marked: "Air\n\nRival carriers such as [[Elkmoor Jetways and Quarbin Airways|ORG]] cut fares.",
			want:   []string{`org:elkmoor-jetways ORG "Elkmoor Jetways"`, `org:quarbin-airways ORG "Quarbin Airways"`},
		},
		{
			name:   "a firm of partners ends in one surname",
			marked: "Law\n\nSome law firms such as [[Tervane Quarbin and Lunmark|ORG]] gained.",
			want:   []string{`org:tervane-quarbin-and-lunmark ORG "Tervane Quarbin and Lunmark"`},
		},
		{
			name:   "a partner's word and a suffix",
			marked: "Brokers\n\nSome brokers such as [[Vell Quarbin and Sons Inc|ORG]] gained.",
			want:   []string{`org:vell-quarbin-and-sons ORG "Vell Quarbin and Sons Inc"`},
		},
		{
			name:   "a second part's word after and",
			marked: "Thrifts\n\nSome lenders such as [[Dunmore Savings and Loan Association|ORG]] gained.",
			want:   []string{`org:dunmore-savings-and-loan-association ORG "Dunmore Savings and Loan Association"`},
		},
		{
			name:   "halves meeting at two common words",
			marked: "Oil\n\nSome producers such as [[Quarbin Oil and Gas Exploration Corp|ORG]] gained.",
			want:   []string{`org:quarbin-oil-and-gas-exploration ORG "Quarbin Oil and Gas Exploration Corp"`},
		},
		{
			name:   "a surname and a suffix",
			marked: "Brokers\n\nSome brokers such as [[Vell Quarbin and Lunmark Inc|ORG]] gained.",
			want:   []string{`org:vell-quarbin-and-lunmark ORG "Vell Quarbin and Lunmark Inc"`},
		},
		{
			name:   "no opener",
			marked: "Deal\n\nThe venture joins [[Tervane Bank|ORG]], [[Quarbin Trust and Lunmark Savings Bank|ORG]].",
			want:   []string{`org:quarbin-trust-and-lunmark-savings-bank ORG "Quarbin Trust and Lunmark Savings Bank"`, `org:tervane-bank ORG "Tervane Bank"`},
		},
		{
			name:   "an opener after no plural noun",
			marked: "Deal\n\nThe plan, including [[Quarbin Trust and Lunmark Savings Bank|ORG]] shares, won.",
			want:   []string{`org:quarbin-trust-and-lunmark-savings-bank ORG "Quarbin Trust and Lunmark Savings Bank"`},
		},
	})
}
