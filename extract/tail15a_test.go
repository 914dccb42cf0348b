package extract

import "testing"

// TestKindPluralsTail15a checks tail15a's "browsers" in kindPlurals: a list
// of examples after it names programs, not firms or people.
func TestKindPluralsTail15a(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "browsers such as",
			marked: "Web\n\nUsers have moved to alternative browsers such as [[Zorbix|ORG]], [[Lemmo Vell|PERSON]] and even [[Quarbane|LOCATION]].",
			want:   nil,
		},
		{
			name:   "browsers like",
			marked: "Web\n\nSmall browsers like [[Tervania|PERSON]] gained users last year.",
			want:   nil,
		},
		{
			name:   "makers of browsers such as: a firm's name is left",
			marked: "Web\n\nMakers of browsers such as [[Quarbin Software Inc|ORG]] gained users last year.",
			want:   []string{`org:quarbin-software ORG "Quarbin Software Inc"`},
		},
		{
			name:   "browsers with no list",
			marked: "Web\n\n[[Zorbix|ORG]] said browsers would gain users.",
			want:   []string{`org:zorbix ORG "Zorbix" partial`},
		},
	})
}
