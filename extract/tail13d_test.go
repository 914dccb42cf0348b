package extract

import "testing"

// TestKindTheNames checks, on sentences of our own, that a body's kind
// noun after a bare modifier and "the" before a name typed a person or a
// place make it a body, and that a kind with its own determiner, a verb
// after the name and a kind of no body are left.
func TestKindTheNames(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a group's kind and the before a name typed a person",
			marked: "Politics\n\nThe badge was an insult, rights group the [[Ann Quarbin Center|PER]] said.",
			want:   []string{`org:ann-quarbin-center ORG "Ann Quarbin Center"`},
		},
		{
			name:   "a society's kind and the before a name typed a place",
			marked: "Money\n\nThe bank, which bought building society the [[Tervane|LOC]], cut its rates.",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a kind with its own determiner",
			marked: "Society\n\nShe joined the club the [[Lemmo Vell|PER]] and his wife ran.",
			want:   []string{`person:lemmo-vell PERSON "Lemmo Vell"`},
		},
		{
			name:   "a verb after the name",
			marked: "Society\n\nIt was a garden party the [[Quarbin Vell|PER]] family gave each year.",
			want:   []string{`person:quarbin-vell PERSON "Quarbin Vell"`},
		},
		{
			name:   "a kind of no body",
			marked: "Sport\n\nHe beat world champion the [[Ann Tervane|PER]] in May.",
			want:   []string{`person:ann-tervane PERSON "Ann Tervane"`},
		},
	})
}

// TestStoryAbout checks, on sentences of our own, that "a story about"
// in an apposition makes the name before it a work, and that "the story
// of" after a person's name is left.
func TestStoryAbout(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a story about",
			marked: "Books\n\nChildren voted [[Tervo Lemmick|PER]], a story about a girl who sails to the moon, the winner.",
			want:   nil,
		},
		{
			name:   "the story about",
			marked: "Film\n\nCritics praised [[Quarbin Mellow|LOC]], the story about two sisters, at the festival.",
			want:   nil,
		},
		{
			name:   "the success story of a person",
			marked: "Athletics\n\nCrowds cheered [[Ann Tervane|PER]], the success story of the year, at the stadium.",
			want:   []string{`person:ann-tervane PERSON "Ann Tervane"`},
		},
	})
}

// TestBareKindSubjects checks, on sentences of our own, that a body's kind
// opened by a bare modifier before a name typed a person or a place makes
// it a body when a verb follows, and that a kind after a determiner or a
// possessive are left.
func TestBareKindSubjects(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a broadcaster's kind after a modifier and a verb after the name",
			marked: "Media\n\nThe head of US TV network [[Quarbo|PER]] has admitted that ratings fell.",
			want:   []string{`country:US COUNTRY "United States"`, `org:quarbo ORG "Quarbo" partial`},
		},
		{
			name:   "a paper's kind after a modifier and said",
			marked: "Asia\n\nCrops will grow, the ruling party newspaper [[Tervo Lan|PER]] said.",
			want:   []string{`org:tervo-lan ORG "Tervo Lan"`},
		},
		{
			name:   "a determiner before the kind",
			marked: "Labour\n\nIt was the union [[Ann Vell|PER]] has led since May.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a possessive before the kind",
			marked: "Labour\n\nIt is the town's club [[Lemmo Vell|PER]] had founded.",
			want:   []string{`person:lemmo-vell PERSON "Lemmo Vell"`},
		},
		{
			name:   "a club by its town",
			marked: "Rugby\n\nThe rugby club [[Swansea|LOC]] said it had a new coach.",
			want:   []string{`org:swansea ORG "Swansea" partial`},
		},
	})
}
