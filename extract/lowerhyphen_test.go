package extract

import "testing"

// TestLowerHyphenWord checks, on sentences of our own, that a hyphenated
// word glued before the surname of a person the article names in full is
// cut off when the article writes the word in lower case too (tail14i),
// and left when it does not (a double given name).
func TestLowerHyphenWord(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a compound adjective the article writes in lower case",
			marked: "Party\n\n[[Robert Vell-Harper|PER]] launched a party. The anti-quarbist wing is glad. " +
				"It is odd that [[Anti-Quarbist Vell-Harper|PER]] chose that name.",
			want: []string{`person:robert-vell-harper PERSON "Robert Vell-Harper"`},
		},
		{
			name: "a double given name is left",
			marked: "Party\n\n[[Robert Vell-Harper|PER]] launched a party. It is odd that [[Jean-Luc Vell-Harper|PER]], " +
				"his cousin, chose that name.",
			want: []string{`person:jean-luc-vell-harper PERSON "Jean-Luc Vell-Harper"`, `person:robert-vell-harper PERSON "Robert Vell-Harper"`},
		},
	})
}
