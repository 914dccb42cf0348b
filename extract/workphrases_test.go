package extract

import "testing"

// TestWorkPhraseBefore checks, on sentences of our own, that a name after
// an actor's part in it ("her leading role in") or after a work made from
// it ("the sequel to", "an episode of", "the film version of") is a work
// (no node); and the readings left alone: a part in a body, a name with a
// possessive or a kind of work after it, a version of a program.
func TestWorkPhraseBefore(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a person's name as a film's, after her role in",
			marked: "Film\n\nShe won for her role in [[Mara Quell|PER]], a drama about a nurse.",
			want:   nil,
		},
		{
			name:   "a lead role in a series typed a place",
			marked: "TV\n\nHe is praised for his lead role in [[Tervane|LOC]].",
			want:   nil,
		},
		{
			name:   "the sequel to a film typed a place",
			marked: "Film\n\nThe comedy, a sequel to [[Meet The Quarbins|LOC]], topped the chart.",
			want:   nil,
		},
		{
			name:   "an episode of a series typed a body, every mention",
			marked: "TV\n\nHe will direct an episode of [[Lunmark|ORG]], the makers said. [[Lunmark|ORG]] is watched by many.",
			want:   nil,
		},
		{
			name:   "a film version of a book",
			marked: "Film\n\nHe plans a film version of [[Tervane Bones|ORG]], based on the novel.",
			want:   nil,
		},
		{
			name:   "the premiere of a film typed a body",
			marked: "Film\n\nCrowds gathered for the London premiere of [[Tervane Express|ORG]].",
			want:   nil,
		},
		{
			name:   "the premiere of a maker's film: the possessive makes it the maker",
			marked: "Film\n\nCrowds gathered for the premiere of [[Zorbit Studios|ORG]]' new film.",
			want:   []string{`org:zorbit-studios ORG "Zorbit Studios"`},
		},
		{
			name:   "a star of a film in an apposition after her name",
			marked: "Film\n\n[[Ann Vell|PER]], star of [[Tervane Tiger|ORG]], will judge.",
			want:   nil,
		},
		{
			name:   "the star of a team",
			marked: "Sport\n\nShe left as the star of [[Team Quarb|ORG]] this year.",
			want:   []string{`org:team-quarb ORG "Team Quarb"`},
		},
		{
			name:   "a key role in a party",
			marked: "Politics\n\nShe will have a key role in [[Quarbin Party|ORG]] talks, he said.",
			want:   []string{`org:quarbin-party ORG "Quarbin Party"`},
		},
		{
			name:   "a role in a director's film: the possessive makes him the maker",
			marked: "Film\n\nShe won for her role in [[Ann Vell|PER]]'s film.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a role in a director's film with a bare apostrophe",
			marked: "Film\n\nShe won for her role in [[Ann Rees|PER]]' film.",
			want:   []string{`person:ann-rees PERSON "Ann Rees"`},
		},
		{
			name:   "a sequel to an actor's comedy",
			marked: "Film\n\nIt is the sequel to [[Ben Quarb|PER]] comedy Tervane Nights.",
			want:   []string{`person:ben-quarb PERSON "Ben Quarb"`},
		},
		{
			name:   "the latest version of a program is no work",
			marked: "Tech\n\nThe firm released the latest version of [[Zorbit|ORG]] on Monday.",
			want:   []string{`org:zorbit ORG "Zorbit" partial`},
		},
	})
}
