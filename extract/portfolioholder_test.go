package extract

import "testing"

// TestPortfolioBeforeHolder covers a portfolio's words before an office
// and its holder's name ([portfolioBeforeHolder]).
func TestPortfolioBeforeHolder(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "one portfolio word before a capitalized office",
			marked: "Arms\n\nThe deal must be signed by [[Defence|ORG]] Secretary [[Ann Vell|PER]] this week.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "two portfolio words before a spokesman",
			marked: "Terror\n\n[[Home Affairs|ORG]] spokesman [[Tom Okafor|PER]] asked for assurances.",
			want:   []string{`person:tom-okafor PERSON "Tom Okafor"`},
		},
		// Negatives: what the rule must leave.
		{
			name:   "a party's name, a portfolio word too",
			marked: "Vote\n\n[[Labour|ORG]] spokesman [[Tom Okafor|PER]] asked for assurances.",
			want:   []string{`org:labour-party ORG "Labour Party"`, `person:tom-okafor PERSON "Tom Okafor"`},
		},
		{
			name:   "no holder's name after the office",
			marked: "Arms\n\nThe [[Defence|ORG]] secretary said the deal was done.",
			want:   []string{`org:defence ORG "Defence" partial`},
		},
		{
			name:   "a body's words of an office's title, no brief",
			marked: "Talks\n\n[[Federal Board|ORG]] spokesman [[Tom Okafor|PER]] said the talks went well.",
			want:   []string{`org:federal-board ORG "Federal Board"`, `person:tom-okafor PERSON "Tom Okafor"`},
		},
		{
			name:   "a firm's name before a spokesman",
			marked: "Deal\n\n[[Quarbin Energy|ORG]] spokesman [[Tom Okafor|PER]] said the deal was done.",
			want:   []string{`org:quarbin-energy ORG "Quarbin Energy"`, `person:tom-okafor PERSON "Tom Okafor"`},
		},
	})
}
