package extract

import "testing"

// The cases of tail15s's rules, on sentences and names of our own. Each
// test holds the positives of one rule and the negatives that guard what
// it must not take; the want lines were read and judged one by one.

// TestPlayerBefore checks [Resolver.playerBefore]: a name typed a place
// right after a move of play and "from", "pressure from", or "in place
// of" with a first name, is a player's.
func TestPlayerBefore(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a cross from a player",
			marked: "Sport\n\nVell scored from a low cross from [[Arno Quarvelli|LOC]] on the hour.",
			want:   []string{`person:arno-quarvelli PERSON "Arno Quarvelli"`},
		},
		{
			name:   "an own goal under pressure from a defender",
			marked: "Sport\n\nHe headed into his own net under pressure from [[Ivo Tarrvinen|LOC]].",
			want:   []string{`person:ivo-tarrvinen PERSON "Ivo Tarrvinen"`},
		},
		{
			name:   "a substitute in place of a player with a hyphened first name",
			marked: "Sport\n\nZorbin, recalled in place of [[Jean-Ivo Lemmard|LOC]], hit the post.",
			want:   []string{`person:jean-ivo-lemmard PERSON "Jean-Ivo Lemmard"`},
		},
		{
			name:   "every mention of the name in the article",
			marked: "Sport\n\n[[Arno Quarvelli|LOC]] ran well. A pass from [[Arno Quarvelli|LOC]] set it up.",
			want:   []string{`person:arno-quarvelli PERSON "Arno Quarvelli"`},
		},
		{
			name:   "in place of a venue with no first name",
			marked: "Sport\n\nThe final moves to Vell in place of [[Quarvell Downs|LOC]] this year.",
			want:   []string{`location:quarvell-downs LOCATION "Quarvell Downs"`},
		},
		{
			name:   "a noun before from that is no move",
			marked: "Sport\n\nThe fans came from [[Arno Quarvelli|LOC]] by train.",
			want:   []string{`location:arno-quarvelli LOCATION "Arno Quarvelli"`},
		},
		{
			name:   "a place the gazetteer knows after a move",
			marked: "Sport\n\nThey won with a shot from [[New York|LOC]] fans cheering.",
			want:   []string{`location:new-york LOCATION "New York"`},
		},
	})
}
