package extract

import "testing"

// The cases of tail14c's rules, on sentences and names of our own. Each
// test holds the positives of one rule and the negatives that guard what
// it must not take; the want lines were read and judged one by one.

// TestPortfolioBeforeAnd checks [portfolioBeforeAnd]: the first half of a
// minister's portfolio that "and" joins to a second before the title is
// no body.
func TestPortfolioBeforeAnd(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a common word before and, a minister after",
			marked: "Mines\n\nIn a speech by [[Forests|ORG]] and Power Minister [[Ann Vell|PER]], the plan was set out.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "two words before and, a secretary after",
			marked: "Farms\n\nThe visit of [[Primary Industries|ORG]] and Energy Secretary [[Tom Quarbin|PER]] was put off.",
			want:   []string{`person:tom-quarbin PERSON "Tom Quarbin"`},
		},
		{
			name:   "across a wrapped line",
			marked: "Mines\n\nIt was set out by [[Roads|ORG]] and Power\nMinister [[Ann Vell|PER]] on Monday.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a proper name before and is a body",
			marked: "Rates\n\nTalks between the [[Quarbinbank|ORG]] and Finance Minister [[Tom Vell|PER]] went on.",
			want:   []string{`org:quarbinbank ORG "Quarbinbank" partial`, `person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name:   "no office after the words",
			marked: "Roads\n\nThe [[Forests|ORG]] and Roads Board said it would act.",
			want:   []string{`org:forests ORG "Forests" partial`},
		},
	})
}

// TestRomanceSpans checks [romanceSpans]: a Romance name cut at its own
// particle or joiner is joined.
func TestRomanceSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a capitalized particle opens the second half",
			marked: "Bonds\n\n[[Banca Di Tervane|ORG]] [[Delle Province Quarbine|PER]] said it led the issue.",
			want:   []string{`org:banca-di-tervane-delle-province-quarbine ORG "Banca Di Tervane Delle Province Quarbine"`},
		},
		{
			name:   "pour le before the second half",
			marked: "Bonds\n\nThe issue is for the [[Union des Fabricants|ORG]] pour le [[Commerce et Industrie|ORG]].",
			want:   []string{`org:union-des-fabricants-pour-le-commerce-et-industrie ORG "Union des Fabricants pour le Commerce et Industrie"`},
		},
		{
			name:   "the Italian and after a place's span",
			marked: "Banks\n\n[[Cassa di Tervane|LOC]] e [[Quarbino|ORG]] will merge.",
			want:   []string{`org:cassa-di-tervane-e-quarbino ORG "Cassa di Tervane e Quarbino"`},
		},
		{
			name:   "no particle inside the span",
			marked: "Banks\n\n[[Quarbin Bank|ORG]] [[Della Vell|PER]] said it would bid.",
			want:   []string{`org:quarbin-bank ORG "Quarbin Bank"`, `person:della-vell PERSON "Della Vell"`},
		},
		{
			name:   "a person after e",
			marked: "Banks\n\n[[Banca di Tervane|ORG]] e [[Ann Quarbo|PER]] signed.",
			want:   []string{`org:banca-di-tervane ORG "Banca di Tervane"`, `person:ann-quarbo PERSON "Ann Quarbo"`},
		},
	})
}

// TestAngleDescriptionSpans checks [angleDescriptionSpans]: the words
// before a Reuters angle bracket inside a span, ending in a lower-case
// word, are a description cut off.
func TestAngleDescriptionSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a kind noun before the bracket",
			marked: "Funds\n\nThe fund is a unit of the [[Tervanian merchant bank <Quarbin Brothers Ltd|ORG]]>, it said.",
			want:   []string{`org:quarbin-brothers ORG "Quarbin Brothers Ltd"`},
		},
		{
			name:   "a unit's name joined by of",
			marked: "Parts\n\nIt sold its [[Spares Division of <Quarbin Exchange Inc|ORG]]> to a rival.",
			want:   []string{`org:spares-division-of-quarbin-exchange ORG "Spares Division of <Quarbin Exchange Inc"`},
		},
	})
}

// TestPlacePairFirm checks [Resolver.placePairFirm]: a place, "and", and a
// firm opening with a second place and going on with common words is one
// firm.
func TestPlacePairFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "two countries before a bank's words",
			marked: "Credit\n\nThe note is backed by a letter of credit from [[Australia|LOC]] and [[New Zealand Trading Group Ltd|ORG]], it said.",
			want:   []string{`org:australia-and-new-zealand-trading-group ORG "Australia and New Zealand Trading Group Ltd"`},
		},
		{
			name:   "a city and a people's word",
			marked: "Oil\n\n[[London|LOC]] and [[Welsh Marine Oil Plc|ORG]] owns a stake in the field.",
			want:   []string{`org:london-and-welsh-marine-oil ORG "London and Welsh Marine Oil Plc"`},
		},
		{
			name:   "in a list of firms after a comma",
			marked: "Banks\n\nThe banks are the <[[Vell Bank|ORG]]>, [[Australia|LOC]] and [[New Zealand Trading Group Ltd|ORG]] and others.",
			want:   []string{`org:australia-and-new-zealand-trading-group ORG "Australia and New Zealand Trading Group Ltd"`, `org:vell-bank ORG "Vell Bank"`},
		},
		{
			name:   "in a list of places after a comma",
			marked: "Steel\n\nPlants in [[Japan|LOC]], [[Canada|LOC]] and [[Ohio Steel Corp|ORG]] were shut.",
			want:   []string{`country:CA COUNTRY "Canada"`, `country:JP COUNTRY "Japan"`, `org:ohio-steel ORG "Ohio Steel Corp"`},
		},
		{
			name:   "a proper name among the firm's words",
			marked: "Shops\n\nSales rose at stores in [[Florida|LOC]] and [[Virginia Quarbin Co|ORG]], it said.",
			want:   []string{`location:florida LOCATION "Florida" partial`, `org:virginia-quarbin ORG "Virginia Quarbin Co"`},
		},
		{
			name:   "two sides after between",
			marked: "Steel\n\nTalks between [[Canada|LOC]] and [[Ohio Steel Corp|ORG]] failed.",
			want:   []string{`country:CA COUNTRY "Canada"`, `org:ohio-steel ORG "Ohio Steel Corp"`},
		},
	})
}
