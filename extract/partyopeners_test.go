package extract

import "testing"

// TestPartyOpeners checks, on sentences of our own, that a party's short
// name glued before a member's full name is cut, with a member's office
// after it or none; that a party glued to its members in the plural is
// the party; that "Parliament for" before a seat is cut; and that a party
// before one word, before words that open with no given name, and a
// parliament's own name stay whole.
func TestPartyOpeners(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a party before a member",
			marked: "Waste\n\nBut [[Lib Dem Edward Quarbell|PER]] accused ministers of delay.",
			want:   []string{`person:edward-quarbell PERSON "Edward Quarbell"`},
		},
		{
			name:   "a party and an office before a member typed a body",
			marked: "Care\n\n[[Labour MSP Mary Okafor|ORG]] said the plan was late.",
			want:   []string{`person:mary-okafor PERSON "Mary Okafor"`},
		},
		{
			name:   "a party's members",
			marked: "Bill\n\nThe plan faces opposition from Tory and [[Lib Dem MPs|ORG]] this week.",
			want:   []string{`org:liberal-democrats ORG "Liberal Democrats"`},
		},
		{
			name:   "a party's spokesman for a portfolio",
			marked: "Plans\n\n[[Lib Dem Home Affairs|ORG]] spokesman Tom Vell said it was late.",
			want:   []string{`org:liberal-democrats ORG "Liberal Democrats"`},
		},
		{
			name:   "a party's leader in a chamber",
			marked: "Plans\n\n[[SNP Holyrood|ORG]] leader Ann Okafor said it was late.",
			want:   []string{`org:snp ORG "SNP" partial`},
		},
		{
			name:   "a party of three words and its chamber",
			marked: "Plans\n\n[[Scottish National Party Holyrood|ORG]] leader Ann Okafor said it was late.",
			want:   []string{`org:scottish-national-party ORG "Scottish National Party"`},
		},
		{
			name:   "a party's body before an office",
			marked: "Plans\n\n[[Republican National Committee|ORG]] chairman Tom Vell said it was late.",
			want:   []string{`org:republican-national-committee ORG "Republican National Committee"`},
		},
		{
			name:   "a seat after Parliament for",
			marked: "Career\n\nMr Quarbell entered [[Parliament for Tervane North|ORG]] in 1987.",
			want:   []string{`location:tervane-north LOCATION "Tervane North"`},
		},
		{
			name:   "a party before one word",
			marked: "Vote\n\n[[Conservative Quarbell|PER]] voted against it.",
			want:   []string{`person:conservative-quarbell PERSON "Conservative Quarbell"`},
		},
		{
			name:   "a party before words of no given name",
			marked: "Budget\n\nThe [[Lib Dem Treasury Team|ORG]] wrote to him.",
			want:   []string{`org:lib-dem-treasury-team ORG "Lib Dem Treasury Team"`},
		},
		{
			name:   "a parliament's own name",
			marked: "Votes\n\nThe Youth [[Parliament for Tervane North|ORG]] met.",
			want:   []string{`org:youth-parliament-for-tervane-north ORG "Youth Parliament for Tervane North"`},
		},
	})
}
