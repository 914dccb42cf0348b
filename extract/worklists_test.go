package extract

import "testing"

func TestKindListed(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "cartoons such as a list",
			marked: "Cartoons\n\nI would like cartoons such as [[Zorbitrons|ORG]], [[Lemmocats|PER]] and Tervax remade.",
			want:   nil,
		},
		{
			name:   "blockbusters such as, and the name alone later",
			marked: "Box office\n\nPast years saw blockbusters such as [[Saving Private Lemmo|PER]] win. [[Saving Private Lemmo|PER]] was long.",
			want:   nil,
		},
		{
			name:   "and other songs with a band's name between",
			marked: "Music\n\nThe singer sang [[Zorbit Jude|PER]] and other Lemmotles songs at the show.",
			want:   nil,
		},
		{
			name:   "a comma before like: the cue goes with another noun",
			marked: "Games\n\nSites which offer casual games, like [[Quarbinet|ORG]] and Zorbix, grew.",
			want:   []string{`org:quarbinet ORG "Quarbinet" partial`},
		},
		{
			name:   "a kind of no work's",
			marked: "Music\n\nStars such as [[Ann Tervane|PER]] and Lemmo Quarn sang.",
			want:   []string{`person:ann-tervane PERSON "Ann Tervane"`},
		},
	})
}

func TestBareKindBefore(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an epic after a modifier",
			marked: "Film\n\nThe director's historical epic [[Lemmander|PER]] has failed.",
			want:   nil,
		},
		{
			name:   "a show after a modifier, a preposition after the name",
			marked: "TV\n\nThey presented car show [[Zorbit Manics|ORG]] for cable TV.",
			want:   nil,
		},
		{
			name:   "an epic after an owner and two modifiers",
			marked: "Film\n\nA poll saw [[Ann Vell|PER]]'s martial arts epic [[Lemmero|ORG]] win.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a plural before show is a clause",
			marked: "Polls\n\nThe latest polls show [[Quarbin|ORG]] ahead.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "no modifier before the kind",
			marked: "TV\n\nThey watched the show and [[Quarbin|ORG]] said it was fine.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
	})
}

func TestAppositionWork(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the track that",
			marked: "Music\n\nThe DVD has the first performance of [[Zorbit Like Lemmo|LOC]], the track that made the band.",
			want:   nil,
		},
		{
			name:   "a dash and a 3D action title",
			marked: "Games\n\nIt ships with a demo of [[Quarbin Hunters|ORG]] - a 3D action title which can be played alone.",
			want:   nil,
		},
		{
			name:   "the first single chamber pacemaker",
			marked: "Health\n\nThe company markets [[Tervatrax|ORG]], the first single chamber pacemaker that varies the rate.",
			want:   nil,
		},
		{
			name:   "a studio behind the film",
			marked: "Film\n\nOfficials at [[Quarbin|ORG]], the studio behind the film, said little.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a title after a comma is a sport's",
			marked: "Rugby\n\nIf they win in [[Tervane|LOC]], a fourth title in six years is theirs.",
			want:   []string{`location:tervane LOCATION "Tervane" partial`},
		},
		{
			name:   "modifiers in a list",
			marked: "Retail\n\nUnits include [[The Zorb Place|LOC]], a discount drug, health and beauty store.",
			want:   []string{`location:zorb-place LOCATION "Zorb Place"`},
		},
	})
}

func TestBestPrizeFor(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the best song title for",
			marked: "Music\n\nThe band took the best international song title for [[Zorbit Love|LOC]].",
			want:   nil,
		},
		{
			name:   "the best actor Oscar for a title in quotes",
			marked: "Film\n\nHe won the best actor Oscar for \"The [[Colour of Lemmo|ORG]],\" a film.",
			want:   nil,
		},
		{
			name:   "no best",
			marked: "Rugby\n\nHe won the prize for [[Quarbin Media|ORG]] in May.",
			want:   []string{`org:quarbin-media ORG "Quarbin Media"`},
		},
		{
			name:   "a sport's best player prize",
			marked: "Rugby\n\nHe won the best player prize for [[Quarbin Media|ORG]] in May.",
			want:   []string{`org:quarbin-media ORG "Quarbin Media"`},
		},
		{
			name:   "a person's prize",
			marked: "Film\n\nThe best actress award for [[Ann Vell|PER]] was expected.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
	})
}

func TestListSiblings(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "nominees beside a film",
			marked: "Film\n\nOther nominees included the [[Zorbit Diaries|ORG]], [[Lemmoichi|PER]] and [[Tervo|ORG]]. " +
				"A poll saw the martial arts epic [[Tervo|ORG]] win.",
			want: nil,
		},
		{
			name:   "a person of two words beside a film",
			marked: "Film\n\nNominees included [[Ann Vell|PER]] and [[Tervo|ORG]]. A poll saw the martial arts epic [[Tervo|ORG]] win.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name: "no spread from a product's cue",
			marked: "Web\n\nHe uses [[Zorbit Rock|LOC]] and [[Lemmo Vale|ORG]]. " +
				"The [[Zorbit Rock|LOC]] browser is fast.",
			want: []string{`org:lemmo-vale ORG "Lemmo Vale"`},
		},
	})
}
