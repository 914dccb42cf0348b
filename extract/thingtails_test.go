package extract

import "testing"

// TestThingTail checks, on sentences of our own with made-up names, that
// a law named with its year, a law's plural "Acts", a game's name after
// "the", a list of a maker's models after its possessive or after a
// number, a format's name and a contest's name cut before its kind noun
// are no organizations or people, while their makers and the cases the
// guards keep stay: a firm named after a game without "the", a list of
// makers, an acronym after a number, a contest of a league.
func TestThingTail(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a law with its year",
			marked: "Bids\n\nThe offer failed to comply with the [[Tervane Securities Act of 1931|ORG]], the court said.",
			want:   nil,
		},
		{
			name:   "a law's plural",
			marked: "Bids\n\nThe offer breaks the [[Quarbin Securities Acts|ORG]], the suit says.",
			want:   nil,
		},
		{
			name:   "a game's genre with its acronym",
			marked: "Games\n\nIt is a [[Massively Tervane Role Playing Game|ORG]] ([[MTRPG|ORG]]) for the PC.",
			want:   nil,
		},
		{
			name:   "a firm cut before its last word, without the",
			marked: "Casinos\n\nFor the year, [[Quarbin Game|ORG]] said it would report a profit.",
			want:   []string{`org:quarbin-game ORG "Quarbin Game"`},
		},
		{
			name: "models after the maker's possessive",
			marked: "Cars\n\n[[Zorbit Motors Corp|ORG]] said buyers of its [[Lemmo|ORG]] and [[Tervane|ORG]] cars " +
				"will get a rebate.",
			want: []string{`org:zorbit-motors ORG "Zorbit Motors Corp"`},
		},
		{
			name: "models after a number, in a list with commas",
			marked: "Cars\n\n[[Zorbit Motors Corp|ORG]] will inspect about 20,000 [[Lemmo|ORG]], [[Tervane|PER]] and " +
				"[[Quarbin|ORG]] vehicles.",
			want: []string{`org:zorbit-motors ORG "Zorbit Motors Corp"`},
		},
		{
			name:   "models after a year, a two-word model first",
			marked: "Cars\n\nRebates apply to 1986 and 1987 [[Zorbit Lemmo|ORG]] and [[Tervane|PER]] vehicles.",
			want:   nil,
		},
		{
			name:   "a model with a comma after a two-word model",
			marked: "Cars\n\nBuyers of 1987 [[Zorbit Lemmo|ORG]], [[Tervane|PER]] and\n[[Quarbin|ORG]] vehicles get a rebate.",
			want:   nil,
		},
		{
			name: "the article's other mention of a listed model goes with it",
			marked: "Cars\n\nIt extended its deals on the [[Lemmo|ORG]] to April. Buyers of 1987 [[Zorbit|ORG]] and " +
				"[[Lemmo|ORG]] vehicles get a rebate.",
			want: nil,
		},
		{
			name:   "a paragraph break ends the list",
			marked: "Cars\n\nIt sold its\n\n[[Zorbit Motors|ORG]] and\n    [[Lemmo|ORG]] cars.",
			want:   []string{`org:lemmo ORG "Lemmo" partial`, `org:zorbit-motors ORG "Zorbit Motors"`},
		},
		{
			name:   "a list of makers after a number",
			marked: "Cars\n\nDealers sold 20,000 [[Ford|ORG]] and [[Toyota|ORG]] cars.",
			want:   []string{`org:ford ORG "Ford" partial`, `org:toyota ORG "Toyota" partial`},
		},
		{
			name:   "an acronym maker after a number",
			marked: "Cars\n\nDealers sold 20,000 [[QMC|ORG]] and [[ZMC|ORG]] vehicles.",
			want:   []string{`org:qmc ORG "QMC" partial`, `org:zmc ORG "ZMC" partial`},
		},
		{
			name:   "one model after a number is left alone",
			marked: "Cars\n\nDealers sold 20,000 [[Quarbin|ORG]] vehicles.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a format after the",
			marked: "Films\n\nTwelve films will be out on the [[ZMD|ORG]] format by June. Few will buy the [[ZMD|ORG]].",
			want:   nil,
		},
		{
			name:   "a contest cut before its kind noun",
			marked: "Ballet\n\nShe launched the [[Tervane Lemmo Young Singers|ORG]] competition this week.",
			want:   nil,
		},
		{
			name:   "a league's competition stays a body",
			marked: "Football\n\nThey lead the [[Zorbit League|ORG]] competition.",
			want:   []string{`org:zorbit-league ORG "Zorbit League"`},
		},
	})
}

// TestPlantUnit checks that a plant's unit with its number, in the name
// or right after it, is a place, while a firm's name with "Unit" stays
// a body and "Unit" with no number is left alone.
func TestPlantUnit(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a unit's number word in the name",
			marked: "Power\n\nThe utility sold its stake in [[Lemmo Verde Unit Two|ORG]] last year.",
			want:   []string{`location:lemmo-verde-unit-two LOCATION "Lemmo Verde Unit Two"`},
		},
		{
			name:   "a unit's number after the name",
			marked: "Power\n\nFuel loading of the [[Lemmo Verde Unit|ORG]] 3 nuclear plant began. [[Unit|ORG]] 3 is new.",
			want:   []string{`location:lemmo-verde-unit LOCATION "Lemmo Verde Unit"`},
		},
		{
			name:   "a unit by its number alone is no name",
			marked: "Power\n\nThe plant was shut. [[Unit|ORG]] 2 is operating, and [[Unit|ORG]] 1's fuel is new.",
			want:   nil,
		},
		{
			name:   "a body's word keeps a firm",
			marked: "Power\n\n[[Quarbin Energy Unit|ORG]] 2 said it would sell bonds.",
			want:   []string{`org:quarbin-energy-unit ORG "Quarbin Energy Unit"`},
		},
		{
			name:   "no number",
			marked: "Power\n\n[[Tervane Unit|ORG]] said it would sell bonds.",
			want:   []string{`org:tervane-unit ORG "Tervane Unit"`},
		},
	})
}
