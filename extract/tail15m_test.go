package extract

import "testing"

// TestCompanyNameTail checks [companyNameTail] through the resolver: a
// firm's name with "Company" before its last word is one name, not a firm
// and a lone word after the suffix.
func TestCompanyNameTail(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an institution's word after Company",
			marked: "It bought the small firm [[Quarbin Company Software|ORG]] last year.",
			want:   []string{`org:quarbin-company-software ORG "Quarbin Company Software"`},
		},
		{
			name:   "a plain word after Company",
			marked: "Shares of [[Tervane Company Vellworks|ORG]] rose.",
			want:   []string{`org:tervane-company-vellworks ORG "Tervane Company Vellworks"`},
		},
		{
			name:   "two words after Company: two names",
			marked: "Shares of [[Tervane Company Vell Software|ORG]] rose.",
			want:   []string{`org:tervane ORG "Tervane Company"`, `org:vell-software ORG "Vell Software"`},
		},
		{
			name:   "an acronym after Company: two names",
			marked: "Shares of [[Tervane Company QXL|ORG]] rose.",
			want:   []string{`org:qxl ORG "QXL" partial`, `org:tervane ORG "Tervane Company"`},
		},
		{
			name:   "the suffix abbreviated: two names",
			marked: "Shares of [[Tervane Corp Vellworks|ORG]] rose.",
			want:   []string{`org:tervane ORG "Tervane Corp"`, `org:vellworks ORG "Vellworks" partial`},
		},
		{
			name:   "a country before Company: a firm of that country",
			marked: "The plant is run by the [[Norway Company Vellworks|ORG]] group.",
			want:   []string{`org:norway ORG "Norway Company"`, `org:vellworks ORG "Vellworks" partial`},
		},
		{
			// tail17d: the dotted country and "Company" describe the firm
			// Vellworks ([countryKindFirmSpans]); "U.S. Company" is no
			// firm's name (Reuters' org:us, "the U.S. Company Alcoa").
			name:   "a country's abbreviation before Company",
			marked: "The plant is run by the [[U.S. Company Vellworks|ORG]] group.",
			want:   []string{`country:US COUNTRY "United States"`, `org:vellworks ORG "Vellworks" partial`},
		},
		{
			name:   "a place after Company: two names",
			marked: "Shares of [[Tervane Company London|ORG]] rose.",
			want:   []string{`location:london LOCATION "London" partial`, `org:tervane ORG "Tervane Company"`},
		},
	})
}

// TestHeadOfBoth checks [headOfBoth] through the resolver: a lone generic
// head is no short name where the article names a body that ends in it and
// one that opens with it and "of".
func TestHeadOfBoth(t *testing.T) {
	checkSummaries(t, []markedCase{
		{
			name:   "a firm ending in the head and a bank of a country",
			marked: "Economist Dara Quell of [[Quarbin Bank|ORG]] spoke. The [[Bank of Tervane|ORG]] held rates. In a report the [[Bank|ORG]] said prices would rise.",
			want:   []string{"org:bank-of-tervane 1", "org:quarbin-bank 1"},
		},
		{
			name:   "only the firm ending in the head",
			marked: "Economist Dara Quell of [[Quarbin Bank|ORG]] spoke. In a report the [[Bank|ORG]] said prices would rise.",
			want:   []string{"org:quarbin-bank 2"},
		},
		{
			name:   "a name opening with the head without of",
			marked: "Economist Dara Quell of [[Quarbin Bank|ORG]] spoke. [[Bank Tervane|ORG]] held rates. In a report the [[Bank|ORG]] said prices would rise.",
			want:   []string{"org:bank-tervane 1", "org:quarbin-bank 2"},
		},
		{
			name:   "one paper's name turned about",
			marked: "The [[Tervane Times|ORG]] went compact. The [[Times of Tervane|ORG]] is old. The [[Times|ORG]] said so.",
			want:   []string{"org:tervane-times 2", "org:times-of-tervane 1"},
		},
		{
			name:   "a word that is no generic head",
			marked: "Dara Quell of [[Quarbin Software|ORG]] spoke. [[Software of Tervane|ORG]] held out. Later [[Software|ORG]] said prices would rise.",
			want:   []string{"org:quarbin-software 2", "org:software-of-tervane 1"},
		},
	}, mentionCounts)
}

// TestBareTailAlias checks [bareTailAlias] through the resolver: a
// country's plural alias that ends its full name is the country only with
// "the" before it.
func TestBareTailAlias(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			// No country; the word's type is left to the other rules.
			name:   "the bare alias: another name",
			marked: "The club agreed a shirt deal with [[Emirates|LOCATION]] last week.",
			want:   []string{`location:emirates LOCATION "Emirates" partial`},
		},
		{
			name:   "the alias after the",
			marked: "Ministers of the [[Emirates|LOCATION]] met in Quarbin.",
			want:   []string{`country:AE COUNTRY "United Arab Emirates"`},
		},
		{
			name:   "the alias after the and an adjective",
			marked: "Ministers met the visiting [[Emirates|LOCATION]] team in Quarbin.",
			want:   []string{`country:AE COUNTRY "United Arab Emirates"`},
		},
		{
			name:   "the alias in a table's capitals",
			marked: "CROSS RATES [[EMIRATES|LOCATION]] 3.6727/32 QUARBIN 0.3769/03",
			want:   []string{`country:AE COUNTRY "United Arab Emirates"`},
		},
		{
			name:   "the full name",
			marked: "Ministers of [[United Arab Emirates|LOCATION]] met in Quarbin.",
			want:   []string{`country:AE COUNTRY "United Arab Emirates"`},
		},
		{
			name:   "a plural country name without the",
			marked: "[[Netherlands|LOCATION]] beat Quarbin 2-0.",
			want:   []string{`country:NL COUNTRY "Netherlands"`},
		},
		{
			name:   "a one-word alias ending the full name, no plural",
			marked: "Talks with [[Macedonia|LOCATION]] went on.",
			want:   []string{`country:MK COUNTRY "North Macedonia"`},
		},
	})
}
