package extract

import "testing"

// TestCommonPersonOpeners covers common words glued before a person's full
// name ([commonPersonOpeners]).
func TestCommonPersonOpeners(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "two common words before a full name",
			marked: "Shows\n\nOthers who left the show early include [[Chess Champion Tom Okafor|PER]] and a chef.",
			want:   []string{`person:tom-okafor PERSON "Tom Okafor"`},
		},
		{
			name:   "common words before a given name and two surnames",
			marked: "Shows\n\nThe prize went to [[Band Singer Ann Vellanor Quarb|PER]] after a long night.",
			want:   []string{`person:ann-vellanor-quarb PERSON "Ann Vellanor Quarb"`},
		},
		// Negatives: what the rule must leave.
		{
			name:   "a common word the gazetteer holds as a given name",
			marked: "Shows\n\nOthers who left the show early include [[Mark Chess Ann Vellanor|PER]] and a chef.",
			want:   []string{`person:mark-chess-ann-vellanor PERSON "Mark Chess Ann Vellanor"`},
		},
		{
			name:   "a particle after a common word",
			marked: "Tales\n\nThe story of [[Chess Band Van Quarbel|PER]] is told to every child in the valley.",
			want:   []string{`person:chess-band-van-quarbel PERSON "Chess Band Van Quarbel"`},
		},
		{
			name:   "a given name at the span's end",
			marked: "Shows\n\nThe prize went to [[Chess Champion Tom|PER]] after a long night.",
			want:   []string{`person:chess-champion-tom PERSON "Chess Champion Tom"`},
		},
		{
			name:   "a word in capitals before the name",
			marked: "Shows\n\nOthers who left the show early include [[CHESS Band Tom Okafor|PER]] and a chef.",
			want:   []string{`person:chess-band-tom-okafor PERSON "Chess Band Tom Okafor"`},
		},
	})
}
