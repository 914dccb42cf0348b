package extract

import "testing"

// The cases of tail13u's rules, on sentences and names of our own. Each
// test holds the positives of one rule and the negatives that guard what
// it must not take.

// TestNumberedModel checks [numberedModel]: a name typed an organization
// that is a word or two and a Roman numeral in capitals is a numbered
// model, sequel or version, no entity.
func TestNumberedModel(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a sequel",
			marked: "Games\n\nPlayers took to [[Quarnish III|ORG]] to learn about history.",
			want:   nil,
		},
		{
			name:   "a model after its maker's possessive",
			marked: "Computers\n\nIt will run on [[Tervane|ORG]]'s [[Zorbit IV|ORG]] machines.",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a series of bodies",
			marked: "Funds\n\nThe stake was sold to [[Quarbin Partners II|ORG]] on Monday.",
			want:   []string{`org:quarbin-partners-ii ORG "Quarbin Partners II"`},
		},
		{
			name:   "a line break before the numeral",
			marked: "Sites\n\nThe work covers the agency's [[Lemmo\nIV|ORG]], which spans ten states.",
			want:   nil,
		},
		{
			name:   "a model written in capitals",
			marked: "Phones\n\nThe [[QXA IV|ORG]], released in May, is an upgrade.",
			want:   nil,
		},
		{
			name:   "a series of associates",
			marked: "Funds\n\nThe group holds [[Quarbin Associates II|ORG]] and more.",
			want:   []string{`org:quarbin-associates-ii ORG "Quarbin Associates II"`},
		},
		{
			name:   "a person's suffix",
			marked: "People\n\nThe director, [[Ann Vellow III|ORG]], said sales rose.",
			want:   []string{`org:ann-vellow-iii ORG "Ann Vellow III"`},
		},
		{
			name:   "an apposition describes it",
			marked: "Bonds\n\n[[Lemmox II|ORG]], a special purpose company, is issuing bonds.",
			want:   []string{`org:lemmox-ii ORG "Lemmox II"`},
		},
		{
			name:   "an apposition across a line break",
			marked: "Bonds\n\nThe issuer, [[Lemmox II|ORG]], a\nspecial purpose company, sold bonds.",
			want:   []string{`org:lemmox-ii ORG "Lemmox II"`},
		},
		{
			name:   "a headline in capitals",
			marked: "[[LEMMOX II|ORG]] ISSUES BONDS\n\nThe bank sold bonds on Monday.",
			want:   []string{`org:lemmox-ii ORG "Lemmox Ii"`},
		},
		{
			name:   "a numeral in lower case",
			marked: "Bonds\n\nThe buyer was [[Lemmox Ii|ORG]] on Monday.",
			want:   []string{`org:lemmox-ii ORG "Lemmox Ii"`},
		},
	})
}

// TestContestEvent checks "contest" among [eventTails]: "the ... Song
// Contest" is an event, no entity.
func TestContestEvent(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the song contest",
			marked: "Music\n\nStars of the [[Quelvia Song Contest|ORG]] will sing again.",
			want:   nil,
		},
		{
			name:   "no the before it",
			marked: "Music\n\n[[Quelvia Song Contest|ORG]] said it would sell tickets.",
			want:   []string{`org:quelvia-song-contest ORG "Quelvia Song Contest"`},
		},
	})
}
