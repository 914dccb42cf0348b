package extract

import "testing"

// TestGenericPartiesAndCouncils checks, on sentences of our own, that a
// party named by its ideology and a national security council are one
// node per country, by the country the article gives them, while the body
// the bare name means keeps its plain node and a party with a name of its
// own stays as it is.
func TestGenericPartiesAndCouncils(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a country's possessive before it",
			marked: "Vote\n\n[[Canada's|LOC]] [[Liberal Party|ORG]] won the vote.",
			want:   []string{`country:CA COUNTRY "Canada"`, `org:liberal-party@CA ORG "Liberal Party (Canada)"`},
		},
		{
			name:   "a demonym in its name",
			marked: "Vote\n\nThe [[Australian Liberal Party|ORG]] won the vote.",
			want:   []string{`org:liberal-party@AU ORG "Liberal Party (Australia)"`},
		},
		{
			name:   "the dateline's country",
			marked: "Vote\n\n[[BRASILIA|LOC]], March 3 - The [[National Security Council|ORG]] met on Tuesday.",
			want:   []string{`location:brasilia LOCATION "Brasilia" partial`, `org:national-security-council@BR ORG "National Security Council (Brazil)"`},
		},
		{
			name:   "the American council in an American story",
			marked: "Arms\n\n[[WASHINGTON|LOC]], March 3 - The [[National Security Council|ORG]] met on Tuesday.",
			want:   []string{`location:washington LOCATION "Washington" partial`, `org:national-security-council ORG "National Security Council"`},
		},
		{
			name:   "a party the article ties to no country",
			marked: "Vote\n\nThe [[Liberal Party|ORG]] won the vote.",
			want:   []string{`org:liberal-party ORG "Liberal Party"`},
		},
		{
			name:   "the British party in a British story",
			marked: "Vote\n\n[[LONDON|LOC]], March 3 - The [[Labour Party|ORG]] won the vote.",
			want:   []string{`location:london LOCATION "London" partial`, `org:labour-party ORG "Labour Party"`},
		},
		{
			name:   "a party with a name of its own",
			marked: "Vote\n\n[[Italy's|LOC]] [[Liberal Front Party|ORG]] won the vote.",
			want:   []string{`country:IT COUNTRY "Italy"`, `org:liberal-front-party ORG "Liberal Front Party"`},
		},
	})
}

// TestPartiesNearTheirCountry checks the looser cues of a party's country:
// words between, "in" after, and a nationalist party's own name.
func TestPartiesNearTheirCountry(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a ruling party",
			marked: "Budget\n\n[[Canada's|LOC]] opposition [[Liberal Party|ORG]] opposed the budget.",
			want:   []string{`country:CA COUNTRY "Canada"`, `org:liberal-party@CA ORG "Liberal Party (Canada)"`},
		},
		{
			name:   "in a country after it",
			marked: "Budget\n\nThey welcomed the plan of the [[Social Democratic Party|ORG]] in [[Portugal|LOC]].",
			want:   []string{`country:PT COUNTRY "Portugal"`, `org:social-democratic-party@PT ORG "Social Democratic Party (Portugal)"`},
		},
		{
			name:   "a country and another party",
			marked: "Vote\n\n[[Brazil|LOC]] and the [[Liberal Party|ORG]] of the islands agreed.",
			want:   []string{`country:BR COUNTRY "Brazil"`, `org:liberal-party ORG "Liberal Party"`},
		},
		{
			name:   "a nationalist party's own name",
			marked: "Vote\n\nThe [[British National Party|ORG]] lost its seat.",
			want:   []string{`org:british-national-party ORG "British National Party"`},
		},
	})
}

// TestCouncilInAnAmericanStory checks that a council named bare in a story
// about another country, without a dateline, stays the American one.
func TestCouncilInAnAmericanStory(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a story about Brazil",
			marked: "Debt\n\n[[Brazil|LOC]] must deal with its banks, [[U.S.|LOC]] officials said. " +
				"[[Brazil|LOC]] suspended payments. The [[National Security Council|ORG]] met on [[Brazil|LOC]].",
			want: []string{`country:BR COUNTRY "Brazil"`, `country:US COUNTRY "United States"`, `org:national-security-council ORG "National Security Council"`},
		},
	})
}

// TestPartyNoFalseDateline checks that a wrapped line that begins with a
// country and a comma is no dateline for a party.
func TestPartyNoFalseDateline(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a list that wraps",
			marked: "Budget\n\nThe ministers of the [[U.S.|LOC]], [[Japan|LOC]], [[Britain|LOC]],\n[[France|LOC]], [[Italy|LOC]] and [[Canada|LOC]] met.\n" +
				"[[Japan|LOC]] said [[Japan|LOC]] would act, and [[Japan|LOC]] welcomed the plan of the\n[[Liberal Party|ORG]].",
			want: []string{`country:CA COUNTRY "Canada"`, `country:FR COUNTRY "France"`, `country:GB COUNTRY "United Kingdom"`,
				`country:IT COUNTRY "Italy"`, `country:JP COUNTRY "Japan"`, `country:US COUNTRY "United States"`,
				`org:liberal-party@JP ORG "Liberal Party (Japan)"`},
		},
	})
}

// TestPartiesOfTheirTime checks that a party takes the country of the
// article's time and the proper name the well-known names give it.
func TestPartiesOfTheirTime(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "Australia's Labour Party is the Australian Labor Party",
			marked: "Poll\n\n[[Australia's|LOC]] ruling [[Labour Party|ORG]] considered a snap poll.",
			want:   []string{`country:AU COUNTRY "Australia"`, `org:australian-labor-party ORG "Australian Labor Party"`},
		},
	})
}

// TestPartyCountryInItsName checks that a country's name, not its
// demonym, at the head of a party's name is the party's own name.
func TestPartyCountryInItsName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "Japan Socialist Party",
			marked: "Tax\n\nThe chairwoman of the [[Japan Socialist Party|ORG]] spoke.",
			want:   []string{`org:japan-socialist-party ORG "Japan Socialist Party"`},
		},
	})
}
