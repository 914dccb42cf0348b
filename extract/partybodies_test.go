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
