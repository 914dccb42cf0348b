package extract

import "testing"

func TestWorkStar(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a film's star",
			marked: "Oscars\n\nThe favourite is [[Lemmo Drake|PER]] star [[Ann Vell|PER]], who won a Bafta for the film.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a show's star after a preposition",
			marked: "Awards\n\nThe prizes were given out by [[Zorbitain|ORG]] star [[Ann Vell|PER]], a comedy actress.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a club's star in a sports report",
			marked: "Football\n\n[[Quarbinal|ORG]] star [[Ann Vell|PER]] scored the goal in the film of the match.",
			want:   []string{`org:quarbinal ORG "Quarbinal" partial`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a club's star in a short report with no screen word",
			marked: "Kit\n\n[[Quarbinal|ORG]] star [[Ann Vell|PER]] said he would pay the fine.",
			want:   []string{`org:quarbinal ORG "Quarbinal" partial`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a show's star, one word that ends as a plural (tail17t)",
			marked: "TV\n\n[[Quarbits|ORG]] star [[Ann Vell|PER]] won the prize for the best film.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a band's star, one plural word the article writes after the (tail17t)",
			marked: "TV\n\n[[Lemmoes|ORG]] star [[Ann Vell|PER]] is in the comedy. The Lemmoes split last year.",
			want:   []string{`org:lemmoes ORG "Lemmoes" partial`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a band's former star, one plural word (tail17t)",
			marked: "TV\n\nFormer [[Lemmoes|ORG]] star [[Ann Vell|PER]] is in the comedy.",
			want:   []string{`org:lemmoes ORG "Lemmoes" partial`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a band's star, a plural",
			marked: "TV\n\nFormer [[Happy Lemmos|ORG]] star [[Ann Vell|PER]] is in the comedy.",
			want:   []string{`org:happy-lemmos ORG "Happy Lemmos"`, `person:ann-vell PERSON "Ann Vell"`},
		},
	})
}

func TestMakerBehind(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the director behind a list of films",
			marked: "Film\n\n\"Fine,\" said the director behind [[QXZ|ORG]], [[Tervoon|ORG]] and Lemmo Days.",
			want:   nil,
		},
		{
			name:   "the man behind a firm",
			marked: "Games\n\nAnn Vell, the man behind the [[Quarbonaut|ORG]] games group, spoke.",
			want:   []string{`org:quarbonaut ORG "Quarbonaut" partial`},
		},
	})
}
