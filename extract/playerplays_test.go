package extract

import "testing"

func TestPlayerPlays(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a player's possessive before his throw",
			marked: "Sport\n\nThe striker took [[Tom Quarvell|LOC]]'s long throw and scored.",
			want:   []string{`person:tom-quarvell PERSON "Tom Quarvell"`},
		},
		{
			name:   "a player's header",
			marked: "Sport\n\nA [[Tom Quarvell|LOC]] header hit the bar.",
			want:   []string{`person:tom-quarvell PERSON "Tom Quarvell"`},
		},
		{
			name:   "who after the name",
			marked: "Music\n\nSaid the strategist [[Tom Quarvell|LOC]], who speaks for the label.",
			want:   []string{`person:tom-quarvell PERSON "Tom Quarvell"`},
		},
		{
			name:   "every mention of the name in the article",
			marked: "Sport\n\n[[Tom Quarvell|LOC]] played well. A [[Tom Quarvell|LOC]] header won it.",
			want:   []string{`person:tom-quarvell PERSON "Tom Quarvell"`},
		},
		{
			name:   "a club typed a body keeps its corner",
			marked: "Sport\n\nFrom [[Zorbit United|ORG]]'s corner the ball went wide.",
			want:   []string{`org:zorbit-united ORG "Zorbit United"`},
		},
		{
			name:   "no first name opens the place",
			marked: "Sport\n\nA [[Quarvell Park|LOC]] header is rare.",
			want:   []string{`location:quarvell-park LOCATION "Quarvell Park"`},
		},
		{
			name:   "two lower-case words before the move",
			marked: "Sport\n\nThe goal came from [[Tom Quarvell|LOC]]'s very long throw.",
			want:   []string{`location:tom-quarvell LOCATION "Tom Quarvell"`},
		},
		{
			name:   "one word is no player's full name",
			marked: "Music\n\nThey met in [[Quarvell|LOC]], who knew.",
			want:   []string{`location:quarvell LOCATION "Quarvell" partial`},
		},
	})
}
