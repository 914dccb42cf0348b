package extract

import "testing"

// TestQualifiedGrade checks, on sentences of our own, that a crude grade
// named by a town after a month, a country or a region of the oil trade is
// no entity near "crude" or "barrel" ([Resolver.qualifiedGrade]); and the
// readings left alone: no oil near, a country after the region, the short
// form of a longer name, a place's kind, a person.
func TestQualifiedGrade(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a delivery month and a town",
			marked: "Oil\n\nThe April grade traded at 19.40 dlrs a barrel, above [[May Oslo|ORG]] prices, [[Quarbin Oil Co|ORG]] said.",
			want:   []string{`org:quarbin-oil ORG "Quarbin Oil Co"`},
		},
		{
			name:   "a region of the oil trade and a town",
			marked: "Oil\n\nLevels were firm at 17.30 dlrs for [[Mideast Oslo|ORG]] cargoes and other crudes, [[Quarbin Oil Co|ORG]] said.",
			want:   []string{`org:quarbin-oil ORG "Quarbin Oil Co"`},
		},
		{
			name:   "a country and a town",
			marked: "Oil\n\nTraders paid 19.00 dlrs for [[U.K. Oslo|ORG]] as crude rose, [[Quarbin Oil Co|ORG]] said.",
			want:   []string{`org:quarbin-oil ORG "Quarbin Oil Co"`},
		},
		{
			name:   "no oil near",
			marked: "Talks\n\n[[May Oslo|ORG]] said it would sell shares.",
			want:   []string{`org:may-oslo ORG "May Oslo"`},
		},
		{
			name:   "a country after a region",
			marked: "Oil\n\n[[Gulf Norway|ORG]] sold 20,000 barrels of crude.",
			want:   []string{`org:gulf-norway ORG "Gulf Norway"`},
		},
		{
			name:   "the short form of a longer name",
			marked: "Bank\n\n[[Texas Oslo Bancshares Inc|ORG]] said oil at 18 dlrs a barrel helps. [[Texas Oslo|ORG]] earned more.",
			want:   []string{`org:texas-oslo-bancshares ORG "Texas Oslo Bancshares Inc"`},
		},
		{
			name:   "a place's kind",
			marked: "Oil\n\nTankers left [[Alaska Harbor|LOC]] with 500,000 barrels of crude.",
			want:   []string{`location:alaska-harbor LOCATION "Alaska Harbor"`},
		},
		{
			name:   "a person",
			marked: "Oil\n\n[[Gary Oslo|PER]] said crude rose a dlr a barrel.",
			want:   []string{`person:gary-oslo PERSON "Gary Oslo"`},
		},
	})
}
