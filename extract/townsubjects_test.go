package extract

import (
	"strings"
	"testing"
)

// TestTownSubjects checks, on sentences of our own, that a town's bare
// name is its club when its clause says so: the subject of a plural verb,
// a big city before a club's staff in a sports report; and that it stays a place after a
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
	})
}

// TestParagraphOpen checks that a paragraph's or the text's first word
// opens a paragraph, and a word after a wire line's break inside a
// sentence does not.
func TestParagraphOpen(t *testing.T) {
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"the text's first word", "Quarbin were late.", true},
		{"after a blank line", "Loan talks\n\nQuarbin were late.", true},
		{"after a blank line of spaces and a carriage return", "Loan talks\r\n \r\n  Quarbin were late.", true},
		{"after a wire line's break", "shops across\nQuarbin were shut.", false},
		{"inside a line", "shops across Quarbin were shut.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.text, "Quarbin")
			if got := paragraphOpen(tt.text, i); got != tt.want {
				t.Errorf("paragraphOpen(%q, %d) = %v, want %v", tt.text, i, got, tt.want)
			}
		})
	}
}
