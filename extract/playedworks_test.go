package extract

import "testing"

func TestPartIn(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a part after role as, the work written with a possessive later",
			marked: "Awards\n\nThe actress [[Ann Quarby|PER]] won for her role as [[Lemmo Vell|PER]] in The [[Zorbitor|ORG]]. The [[Zorbitor|ORG]]'s other prizes came for its film score.",
			want:   []string{`person:ann-quarby PERSON "Ann Quarby"`, `person:lemmo-vell PERSON "Lemmo Vell"`},
		},
		{
			name:   "a part after playing and words that describe it",
			marked: "Film\n\nShe won an Oscar for playing late screen legend [[Lemmo Vell|PER]] in [[Tervane Nights|LOC]] and lost the film prize to another.",
			want:   []string{`person:lemmo-vell PERSON "Lemmo Vell"`},
		},
		{
			name:   "a debut in a work, a year between",
			marked: "Obituary\n\nThe actress made her film debut in 1961 in [[Tom Quarn|PER]], directed by [[Ann Vell|PER]].",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a part that begins the title: the figure, a person",
			marked: "Pantomime\n\nThe comedian signed to play [[Lemmo|PER]] in [[Lemmo|PER]] and the Zorbit at the theatre, his first stage role since the film.",
			want:   []string{`person:lemmo PERSON "Lemmo" partial`},
		},
		{
			name:   "a sports report: played a side in a place",
			marked: "Match\n\nThe film crew watched as they played [[Quarbin|ORG]] in [[Zorbiton|ORG]] and the league leaders lost.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `org:zorbiton ORG "Zorbiton" partial`},
		},
		{
			name:   "the maker's possessive after the work's place",
			marked: "Film\n\nHe played abortionist [[Ann Tervey|PER]] in [[Lemmo Vell|PER]]'s film, his best role.",
			want:   []string{`person:ann-tervey PERSON "Ann Tervey"`, `person:lemmo-vell PERSON "Lemmo Vell"`},
		},
	})
}

func TestBestWork(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a film named best film, written with a possessive after",
			marked: "Globes\n\nThe [[Zorbitor|ORG]] has been named best film at the awards. The [[Zorbitor|ORG]]'s star [[Ann Vell|PER]] was named best actress.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a show typed a person wins best TV comedy drama",
			marked: "TV awards\n\nBut [[Quarn Lemmo|PER]] won best TV comedy drama, over the other shows.",
			want:   nil,
		},
		{
			name:   "a band wins best album: an artist's category",
			marked: "Brits\n\n[[Zorbitones|ORG]] won best British album and breakthrough act.",
			want:   []string{`org:zorbitones ORG "Zorbitones" partial`},
		},
		{
			name:   "a person's category whose head a work's word opens",
			marked: "Comedy awards\n\n[[Quarby Vell|ORG]] was named best comedy act of the year.",
			want:   []string{`org:quarby-vell ORG "Quarby Vell"`},
		},
		{
			name:   "a producer with a given name wins best film",
			marked: "Oscars\n\nProducer [[Ann Quarby|PER]] took best picture at the awards for the western.",
			want:   []string{`person:ann-quarby PERSON "Ann Quarby"`},
		},
		{
			name:   "no verb of winning before best",
			marked: "Film\n\nThe studio [[Quarbitor|ORG]] praised the best film at the festival.",
			want:   []string{`org:quarbitor ORG "Quarbitor" partial`},
		},
	})
}
