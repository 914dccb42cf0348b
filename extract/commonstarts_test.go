package extract

import "testing"

// TestCommonStart checks, on sentences of our own, that a word nearly
// always written in lower case, opening a sentence before a word in lower
// case that is no verb, is no organization; and the readings left alone:
// a word before a verb, before a role and a name, before "and", a word the
// article writes capitalized inside a sentence too, a line that begins
// inside a sentence, and a word the case table writes capitalized often.
func TestCommonStart(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an adjective after a stop",
			marked: "Plans\n\nThe firm will sell its plants. [[Domestic|ORG]] turnover fell by a tenth.",
			want:   []string{},
		},
		{
			name:   "an adjective after a dateline's dash",
			marked: "Plans\n\nOSLO, May 4 - [[Concurrent|ORG]] with the sale, the firm bought a mill.",
			want:   []string{},
		},
		{
			name:   "before a verb",
			marked: "Plans\n\nThe plants were sold. [[Domestic|ORG]] said it would buy more.",
			want:   []string{`org:domestic ORG "Domestic" partial`},
		},
		{
			name:   "before a role and a name",
			marked: "Plans\n\nThe plants were sold. [[Domestic|ORG]] chairman Tom Rell said so.",
			want:   []string{`org:domestic ORG "Domestic" partial`},
		},
		{
			name:   "before and",
			marked: "Plans\n\nThe plants were sold. [[Domestic|ORG]] and Quarbin bid.",
			want:   []string{`org:domestic ORG "Domestic" partial`},
		},
		{
			name: "capitalized inside a sentence too",
			marked: "Plans\n\nThe plants were sold. [[Domestic|ORG]] turnover fell. Shares of [[Domestic|ORG]] " +
				"rose.",
			want: []string{`org:domestic ORG "Domestic" partial`},
		},
		{
			name:   "a line that begins inside a sentence",
			marked: "Plans\n\nThe plants were sold to the\n[[Domestic|ORG]] group of Oslo.",
			want:   []string{`org:domestic ORG "Domestic" partial`},
		},
		{
			name:   "a word often capitalized",
			marked: "Plans\n\nThe plants were sold. [[Arsenal|ORG]] turnover fell by a tenth.",
			want:   []string{`org:arsenal ORG "Arsenal" partial`},
		},
	})
}
