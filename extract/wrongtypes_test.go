package extract

import "testing"

// TestOwnedThings checks, on sentences of our own with made-up names,
// that a name the recognizer took for an organization or a person is an
// owner's thing (no node) when an owner's possessive stands before it and
// a kind of thing after it, with every other mention of the name in the
// article; and the cases left alone: a firm's unit after the noun, a
// firm's words, a place, a car maker, a game against a club, a name the
// article gives a possessive of its own.
func TestOwnedThings(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "its new technology, and the name alone later",
			marked: "Discs\n\n[[Quarbin|ORG]] says its new [[Zorbit|ORG]] technology will stop most copying. " +
				"[[Zorbit|ORG]] is due on discs in March.",
			want: []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a firm's possessive, an acronym in brackets and a modifier",
			marked: "Games\n\nBuyers took most of [[Quarbin|ORG]]'s new [[Zorbit Pocket|ORG]] (ZP) games console on Sunday.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a programme typed as a person",
			marked: "Politics\n\nThe minister told [[Tervane|ORG]]'s [[Ann Rigby|PER]] programme that talks went well.",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "the kind glued to the name",
			marked: "Cars\n\nIn April it will launch a hybrid version of its [[Zorbit SUV|ORG]], the firm said.",
			want:   nil,
		},
		{
			name:   "a unit after the noun phrase",
			marked: "Results\n\n[[Quarbin|ORG]] said its [[Lemmo Timber|ORG]] building products retail unit closed stores.",
			want:   []string{`org:lemmo-timber ORG "Lemmo Timber"`, `org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a firm's words",
			marked: "Deals\n\n[[Quarbin|ORG]] will buy its [[Lemmo Corp|ORG]] computers from next year.",
			want:   []string{`org:lemmo ORG "Lemmo Corp"`, `org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a car maker",
			marked: "Cars\n\n[[Quarbin|ORG]] sold its [[Renault|ORG]] cars to dealers.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `org:renault ORG "Renault" partial`},
		},
		{
			name:   "a game against a club",
			marked: "Football\n\nThe striker missed their [[Tervane Rovers|ORG]] game with a knee injury.",
			want:   []string{`org:tervane-rovers ORG "Tervane Rovers"`},
		},
		{
			name: "a name with a possessive of its own",
			marked: "Phones\n\n[[Quarbin|ORG]] said its [[Lemmo|ORG]] network will grow. " +
				"[[Lemmo|ORG]]'s chief executive agreed.",
			want: []string{`org:lemmo ORG "Lemmo" partial`, `org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "no owner before the name",
			marked: "Phones\n\nBuyers want [[Zorbit|ORG]] phones, said [[Quarbin|ORG]].",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `org:zorbit ORG "Zorbit" partial`},
		},
	})
}

// TestForeignFirmsAndUnits checks, on sentences of our own with made-up
// names, that a name the recognizer took for a person or a place is a
// firm by a firm's word of another language first, or as a firm's unit;
// and the cases left alone: one such word alone, a place before
// "subsidiary", a town after "of" or "in" before ", a division of".
func TestForeignFirmsAndUnits(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a bank in French typed as a person",
			marked: "Banks\n\nThe state will sell [[Banque Quarbin|PER]] next year.",
			want:   []string{`org:banque-quarbin ORG "Banque Quarbin"`},
		},
		{
			name:   "a group in Italian typed as a place",
			marked: "Sugar\n\nThe refiner is owned by [[Gruppo Zorbit|LOC]], bankers said.",
			want:   []string{`org:gruppo-zorbit ORG "Gruppo Zorbit"`},
		},
		{
			name:   "Credit before du",
			marked: "Banks\n\nThe bank sold its subsidiary [[Credit du Lemmo|PER]] last year.",
			want:   []string{`org:credit-du-lemmo ORG "Credit du Lemmo"`},
		},
		{
			name:   "a unit after a firm's possessive",
			marked: "Parts\n\nThe order went to [[Quarbin Motor Co|ORG]]'s [[Zorbit Gosen|PER]] unit.",
			want:   []string{`org:quarbin-motor ORG "Quarbin Motor Co"`, `org:zorbit-gosen ORG "Zorbit Gosen"`},
		},
		{
			name:   "an affiliate of after a comma",
			marked: "Parts\n\n[[Zorbit Gosen|PER]], an affiliate of [[Quarbin|ORG]], raised prices.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `org:zorbit-gosen ORG "Zorbit Gosen"`},
		},
		{
			name:   "a Danish company suffix",
			marked: "Sugar\n\nThe refiner [[Quarbin Sukker A/S|PER]] raised output.",
			want:   []string{`org:quarbin-sukker ORG "Quarbin Sukker A/S"`},
		},
		{
			name:   "one foreign word alone",
			marked: "Banks\n\nHe met [[Banco|PER]] on Monday.",
			want:   []string{`person:banco PERSON "Banco" partial`},
		},
		{
			name:   "a town after in before a division of",
			marked: "Crops\n\nSaid a statistician at the crop service in [[Tervane|LOC]], a division of the farm ministry.",
			want:   []string{`location:tervane LOCATION "Tervane" partial`},
		},
		{
			name:   "a person before a unit noun with no possessive",
			marked: "Army\n\nSaid [[Ann Rigby|PER]] unit commanders met on Monday.",
			want:   []string{`person:ann-rigby PERSON "Ann Rigby"`},
		},
	})
}

// TestThingApposition checks, on sentences of our own with made-up names,
// that a name the recognizer took for an organization is a thing when an
// apposition whose head is a kind of thing follows it, and the cases left
// alone: a firm's noun after the kind, a web firm's service, "of".
func TestThingApposition(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an architecture with a hyphenated modifier",
			marked: "Networks\n\nBoth boards include [[Zorbit|ORG]], a recently announced PC-to-PC communications architecture.",
			want:   nil,
		},
		{
			name:   "a system before for",
			marked: "Property\n\nThe two firms developed [[Lemmo|ORG]], an electronic market access system for lenders.",
			want:   nil,
		},
		{
			name:   "a firm's noun after the kind",
			marked: "Deals\n\nBuyers bid for [[Lemmo|ORG]], a software company.",
			want:   []string{`org:lemmo ORG "Lemmo" partial`},
		},
		{
			name:   "a web firm's service",
			marked: "Music\n\nSaid the chief executive of [[Zorbit|ORG]], a music download service.",
			want:   []string{`org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "a network of",
			marked: "Banks\n\nThe loan came from [[Quarbin|ORG]], a network of savings banks.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
	})
}

// TestSportsClubs checks, on lines of our own with made-up names, that a
// name the recognizer took for a place or a person is a club by its last
// word: an athletics club's (AC, AAC, Harriers), or a fox hunt's typed a
// place; and what is left: one word alone, a person named Hunt.
func TestSportsClubs(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "athletics clubs in a squad list",
			marked: "Squad\n\n60m: [[J Rigby|PER]] ([[Tervane AAC|LOC]]), [[K Lemmo|PER]] ([[Quarbin Harriers|PER]]), [[A Zorbit|PER]] ([[Lemmo AC|LOC]]).",
			want: []string{`org:lemmo-ac ORG "Lemmo AC"`, `org:quarbin-harriers ORG "Quarbin Harriers"`, `org:tervane-aac ORG "Tervane AAC"`,
				`person:a-zorbit PERSON "A Zorbit" partial`, `person:j-rigby PERSON "J Rigby" partial`, `person:k-lemmo PERSON "K Lemmo" partial`},
		},
		{
			name:   "a hunt typed a place",
			marked: "Hunting\n\nMembers of the [[Tervane Hunt|LOC]] met on Boxing Day.",
			want:   []string{`org:tervane-hunt ORG "Tervane Hunt"`},
		},
		{
			name:   "a person named Hunt; one word alone",
			marked: "Politics\n\n[[Ann Hunt|PER]] said [[Harriers|PER]] would win.",
			want:   []string{`person:ann-hunt PERSON "Ann Hunt"`, `person:harriers PERSON "Harriers" partial`},
		},
	})
}

// TestLowerTailOf checks, on sentences of our own, that lower-case words
// after "of" at the end of a name are cut ("accused the Tervane Party of
// offering"), while company suffixes and the particles of names in lower
// case stay.
func TestLowerTailOf(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a verb after of",
			marked: "Politics\n\nThe minister accused the [[Tervane Democrats of offering|ORG]] false promises.",
			want:   []string{`org:tervane-democrats ORG "Tervane Democrats"`},
		},
		{
			name:   "a common noun after of",
			marked: "Power\n\nThe [[Quarbin Group of utilities|ORG]] will sell power.",
			want:   []string{`org:quarbin-group ORG "Quarbin Group"`},
		},
		{
			name:   "as after a name",
			marked: "Roads\n\nThe call came from the [[Tervane Council for Road Safety as|ORG]] MPs voted.",
			want:   []string{`org:tervane-council-for-road-safety ORG "Tervane Council for Road Safety"`},
		},
		{
			name:   "a particle and a suffix stay",
			marked: "Banks\n\nThe [[Banco of de Lemmo|ORG]] and [[Zorbit of Tervane inc|ORG]] agreed.",
			want:   []string{`org:banco-of-de-lemmo ORG "Banco of de Lemmo"`, `org:zorbit-of-tervane ORG "Zorbit of Tervane inc"`},
		},
	})
}

// TestSerbiaAndMontenegro checks that the state union of 2003-2006 is a
// country of its own, whole, not Serbia and Montenegro cut at "and"; the
// two republics in a list stay apart.
func TestSerbiaAndMontenegro(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the union in a draw",
			marked: "Tennis\n\nShe will face [[Ann Rigby|PER]] of [[Serbia and Montenegro|LOC]] next.",
			want:   []string{`country:CSXX COUNTRY "Serbia and Montenegro"`, `person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "the republics in a list",
			marked: "Politics\n\nEnvoys from [[Serbia|LOC]], [[Croatia|LOC]] and [[Montenegro|LOC]] met.",
			want:   []string{`country:HR COUNTRY "Croatia"`, `country:ME COUNTRY "Montenegro"`, `country:RS COUNTRY "Serbia"`},
		},
	})
}

// TestTickersAndWireCodes checks, on lines of our own, that a stock's
// ticker after "symbol" or "ticker" and a wire story's code with its time
// in brackets are no entities, while the firm and a name in capitals
// elsewhere stay.
func TestTickersAndWireCodes(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "tickers after symbol, in quotes or not",
			marked: "Listing\n\n[[Quarbin Inc|ORG]] will trade under the Nasdaq symbol \"[[QRBN|ORG]]\" and its warrants under the ticker [[QRBNW|ORG]].",
			want:   []string{`org:quarbin ORG "Quarbin Inc"`},
		},
		{
			name:   "a wire code with its time",
			marked: "Digest\n\nOutput rose, the ministry said. ([[NRQZ|ORG]] 0213)\n\nTERVANE - Prices fell.",
			want:   nil,
		},
		{
			name:   "a name in capitals elsewhere",
			marked: "Listing\n\nShares of [[QRBN|ORG]] rose before the symbol change, said [[ZORB|ORG]] (1987).",
			want:   []string{`org:qrbn ORG "QRBN" partial`, `org:zorb ORG "ZORB" partial`},
		},
	})
}

// TestWireCodeTime checks that a wire code's figures are a time of day,
// not a year.
func TestWireCodeTime(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"said. (NRQZ 0213) TERVANE", true},
		{"said. (NRQZ 2359) TERVANE", true},
		{"said. (NRQZ 1987) TERVANE", false},
		{"said. (NRQZ 2413) TERVANE", false},
		{"said. (NRQZ 02) TERVANE", false},
	} {
		m := &mention{Mention: Mention{Name: "NRQZ", Start: 7, End: 11}}
		if got := wireCode(tt.text, m); got != tt.want {
			t.Errorf("wireCode(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestBroadcastShows checks, on sentences of our own, that a name the
// recognizer took for a place is a programme after its broadcaster's
// possessive and before "programme", "show" or "series", with its other
// mentions; and what is left: a known place.
func TestBroadcastShows(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a show after a channel's possessive, and alone later",
			marked: "Politics\n\nThe minister told [[Quarbin Channel|ORG]]'s [[Lemmo Stuff|LOC]] show that he would stay. " +
				"Callers to [[Lemmo Stuff|LOC]] were angry.",
			want: []string{`org:quarbin-channel ORG "Quarbin Channel"`},
		},
		{
			name:   "an organization's word in the programme's name",
			marked: "Africa\n\nHe told the [[Quarbin|ORG]]'s [[Network Tervane|LOC]] programme that talks failed.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a known place",
			marked: "Politics\n\nShe told [[Quarbin|ORG]]'s [[Wales|LOC]] programme that talks failed.",
			want:   []string{`location:wales LOCATION "Wales" partial`, `org:quarbin ORG "Quarbin" partial`},
		},
	})
}

// TestSevensEvents checks that a rugby sevens tournament named by its town
// is an event (no node), and a country's sevens side is left a team.
func TestSevensEvents(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a tournament named by its town",
			marked: "Rugby\n\nThey won the [[Tervane Sevens|LOC]] and the [[Quarbin World Sevens|ORG]] last year.",
			want:   nil,
		},
		{
			name:   "a country's side; a broadcaster's stations",
			marked: "Rugby\n\n[[Wales Sevens|ORG]] beat [[Fiji Sevens|ORG]] on Sunday, live on the [[Channel Sevens|ORG]] of two cities.",
			want:   []string{`org:channel-sevens ORG "Channel Sevens"`, `org:fiji-sevens ORG "Fiji Sevens"`, `org:wales-sevens ORG "Wales Sevens"`},
		},
	})
}
