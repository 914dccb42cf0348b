package extract

import "testing"

// TestTownSubjects checks, on sentences of our own, that a town's bare
// name is its club when its clause says so: the subject of a plural verb,
// a big city before a club's staff in a sports report, a town of a story
// whose first line is a match's result; and that it stays a place after a
// preposition, before a singular verb, after "and", at a wire line's
// break, as a home nation, beside a longer name that begins with it, and
// in a story of no sport.
func TestTownSubjects(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a town as a sentence's subject before a plural verb",
			marked: "Loan talks\n\nThe striker may move. [[Leeds|LOC]] have offered a fee for him, and [[Ann Vell|PER]] will decide.",
			want:   []string{`org:leeds ORG "Leeds" partial`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a town opening a paragraph after a headline",
			marked: "Loan talks\n\n[[Leeds|LOC]] were said to want the forward [[Ann Vell|PER]] on loan.",
			want:   []string{`org:leeds ORG "Leeds" partial`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a big city after a clause's opening word",
			marked: "Late goal\n\nThe crowd was quiet when [[Madrid|LOC]] were held by the visitors.",
			want:   []string{`org:madrid ORG "Madrid" partial`},
		},
		{
			name:   "a town after a preposition of place",
			marked: "Talks held in [[Leeds|LOC]] have ended with no deal for the shop workers.",
			want:   []string{`location:leeds LOCATION "Leeds" partial`},
		},
		{
			name:   "a town before a singular verb",
			marked: "Council vote\n\n[[Leeds|LOC]] has a new mayor after the count.",
			want:   []string{`location:leeds LOCATION "Leeds" partial`},
		},
		{
			name:   "a town after and",
			marked: "Cities bid\n\nExeter and [[Leeds|LOC]] are among the cities that bid for the title.",
			want:   []string{`location:leeds LOCATION "Leeds" partial`},
		},
		{
			name:   "a town at a wire line's break",
			marked: "The talks were held in the town of\n[[Leeds|LOC]] were long, the union said.",
			want:   []string{`location:leeds LOCATION "Leeds" partial`},
		},
		{
			name:   "a home nation before a plural verb",
			marked: "Squad named\n\n[[England|LOC]] have named a new side for the game.",
			want:   []string{`location:england LOCATION "England" partial`},
		},
		{
			name:   "a longer name beginning with the town",
			marked: "Fee agreed\n\n[[Leeds|LOC]] were told of the fee, the [[Leeds Courier|ORG]] said.",
			want:   []string{`location:leeds LOCATION "Leeds" partial`, `org:leeds-courier ORG "Leeds Courier"`},
		},
		{
			name:   "a big city before a club's staff in a sports report",
			marked: "Cup tie\n\n[[Madrid|LOC]] midfielder [[Ann Vell|PER]] scored the only goal of the league match.",
			want:   []string{`org:madrid ORG "Madrid" partial`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a big city before a manager in a story of no sport",
			marked: "Hotel opens\n\nThe [[Madrid|LOC]] manager [[Ann Vell|PER]] opened the new hotel on Monday.",
			want:   []string{`location:madrid LOCATION "Madrid" partial`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a town of a story whose first line is a result",
			marked: "[[Leeds|LOC]] 27-27 Quarbin\n\nThe visitors led until [[Leeds|LOC]] had a late chance and took it.",
			want:   []string{`org:leeds ORG "Leeds" partial`},
		},
		{
			name:   "a first line with no score",
			marked: "[[Leeds|LOC]] 27 years on\n\nThe visitors came back as [[Leeds|LOC]] had a late festival and took it.",
			want:   []string{`location:leeds LOCATION "Leeds" partial`},
		},
	})
}
