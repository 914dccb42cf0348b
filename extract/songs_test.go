package extract

import "testing"

// TestSongCue checks, on sentences of our own with made-up names, that a
// name the recognizer typed as an entity is a song or a record (no node)
// in an apposition after a kind of record or after "with" that a chart's
// place or a hit opens, with the article's other mentions of the name;
// and the cases left alone: a first name after "with", a clause after the
// apposition's name, a person the words after the name describe.
func TestSongCue(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a single in an apposition, and the name alone later",
			marked: "Charts\n\nIt was her next single, [[Zorbit Nights|PER]], that made her famous. " +
				"[[Zorbit Nights|PER]] was followed by two more hits.",
			want: nil,
		},
		{
			name:   "the album's single in an apposition, typed a place",
			marked: "Charts\n\nThe band are promoting the album's most recent single, [[Tervo Sky|LOC]].",
			want:   nil,
		},
		{
			name:   "a chart's place with a song",
			marked: "Charts\n\nThe band have their second chart hit at number six with [[Oh Lemmo|PER]].",
			want:   nil,
		},
		{
			name:   "a hit with a song",
			marked: "Charts\n\nThe group, who had a global hit with [[Quarn Rise|ORG]], split in 1979.",
			want:   nil,
		},
		{
			name:   "a first name after with may be a duet's singer",
			marked: "Charts\n\nShe went in at number one with [[John Quarn|PER]].",
			want:   []string{`person:john-quarn PERSON "John Quarn"`},
		},
		{
			name:   "a clause after the apposition's name",
			marked: "Charts\n\nWe chose the single, [[Vella Quarn|PER]] said on Monday.",
			want:   []string{`person:vella-quarn PERSON "Vella Quarn"`},
		},
		{
			name:   "a person described after the apposition's name",
			marked: "Charts\n\nAsked about the album, [[Vella Quarn|PER]], the band's singer, said it was done.",
			want:   []string{`person:vella-quarn PERSON "Vella Quarn"`},
		},
	})
}
