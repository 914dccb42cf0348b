package extract

import "testing"

func TestArtistWork(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a painting after its painter's possessive",
			marked: "Sale\n\nThe star of the sale of paintings is [[Ann Quarby|PER]]'s [[Blue Zorbit|LOC]], which may fetch $2m.",
			want:   []string{`person:ann-quarby PERSON "Ann Quarby"`},
		},
		{
			name:   "an opera typed a person",
			marked: "Opera\n\nHe had conducted [[Lemmo Vellini|PER]]'s [[Tervana|PER]] last week at the opera house.",
			want:   []string{`person:lemmo-vellini PERSON "Lemmo Vellini"`},
		},
		{
			name:   "an album typed a firm, named again later",
			marked: "Chart\n\nCrooner [[Tom Quarn|PER]]'s [[Zorbit Collection|ORG]] is a new entry at number 9. The album sold well; [[Zorbit Collection|ORG]] was his first.",
			want:   []string{`person:tom-quarn PERSON "Tom Quarn"`},
		},
		{
			name:   "a person after a possessive: a given name first",
			marked: "Film\n\nThe comedy starring [[Lemmo Vell|PER]]'s [[Ann Quarby|PER]] opened at number two.",
			want:   []string{`person:ann-quarby PERSON "Ann Quarby"`, `person:lemmo-vell PERSON "Lemmo Vell"`},
		},
		{
			name:   "a noun after the name",
			marked: "Books\n\nThe prize was given on [[Tom Quarn|PER]]'s [[Zorbit|ORG]] show, a film of the novel.",
			want:   []string{`org:zorbit ORG "Zorbit" partial`, `person:tom-quarn PERSON "Tom Quarn"`},
		},
		{
			name:   "a firm in a sentence of companies",
			marked: "TV\n\nCompanies in the list include [[Tom Quarn|PER]]'s [[Baby Zorbit|ORG]], which made the film.",
			want:   []string{`org:baby-zorbit ORG "Baby Zorbit"`, `person:tom-quarn PERSON "Tom Quarn"`},
		},
		{
			name:   "a sports report",
			marked: "Match\n\nThe film showed [[Tom Quarn|PER]]'s [[Zorbiton|ORG]] losing the match by a goal.",
			want:   []string{`org:zorbiton ORG "Zorbiton" partial`, `person:tom-quarn PERSON "Tom Quarn"`},
		},
		{
			name:   "no word of the arts",
			marked: "Politics\n\nThe talks were launched by [[Tom Quarn|PER]]'s [[Zorbit Lemmo|ORG]] party last year.",
			want:   []string{`org:zorbit-lemmo ORG "Zorbit Lemmo"`, `person:tom-quarn PERSON "Tom Quarn"`},
		},
	})
}

func TestPeopleNoun(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a people before people, and its plural",
			marked: "Islands\n\nThe chief of the [[Quarbi|ORG]] council spoke for the [[Quarbi|ORG]] people. About 2,000 [[Quarbis|LOC]] live there.",
			want:   nil,
		},
		{
			name:   "a people before Indians",
			marked: "Film\n\nThe film shows [[Zorbo|PER]] Indians as warriors.",
			want:   nil,
		},
		{
			name:   "a firm's staff: two words",
			marked: "Retail\n\nWill the [[Zorby Lemmo|ORG]] people stay on after the sale?",
			want:   []string{`org:zorby-lemmo ORG "Zorby Lemmo"`},
		},
		{
			name:   "a possessive after people",
			marked: "Radio\n\nA farmer told [[Zorbo|ORG]] people's lives were at stake.",
			want:   []string{`org:zorbo ORG "Zorbo" partial`},
		},
	})
}

func TestDrinkBrand(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "brands before a drink's noun",
			marked: "Drinks\n\nIts best-known brands include [[Zorbit|ORG]] vodka and [[Quarnet|PER]] brandy.",
			want:   nil,
		},
		{
			name:   "cookies",
			marked: "Food\n\nQuarbin will cut ads for products like [[Lemmo|ORG]] cookies.",
			want:   nil,
		},
		{
			name:   "the maker named again",
			marked: "Beer\n\nSales of [[Zorbberg|ORG]] lager rose. [[Zorbberg|ORG]] said profits fell.",
			want:   []string{`org:zorbberg ORG "Zorbberg" partial`},
		},
		{
			name:   "a maker's word after the noun",
			marked: "Beer\n\nThe [[Zorbberg|ORG]] beer group said profits fell.",
			want:   []string{`org:zorbberg ORG "Zorbberg" partial`},
		},
	})
}
