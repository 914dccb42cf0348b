package extract

import "testing"

// TestProductHead checks, on sentences of our own with made-up names,
// that a name the recognizer took for an organization, a person or a
// place is a product, a work or an event (no node) when a determiner
// stands before it and a head noun of a thing after it, with the article's
// other mentions of the name; and the cases left alone: a body's meeting,
// a place's event, a person's event, a clause after the name, a firm's
// feature, a maker's plural, a name of an organization's words.
func TestProductHead(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a toy after three modifiers",
			marked: "Toys\n\nShops sell the [[Lemmo Varbin|PER]] voice-activated talking plush bear, [[Quarbin|ORG]] said.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name: "a model's number before the head, and the name alone later",
			marked: "Planes\n\nThe carrier ordered six new [[Zorbitstream|ORG]] 31 airplanes. " +
				"[[Zorbitstream|ORG]] deliveries start in May, [[Quarbin|ORG]] said.",
			want: []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a car after its maker's possessive and a modifier",
			marked: "Cars\n\nIt raised the price of its [[Tervane Fifth Lane|LOC]] luxury sedan by 300 dlrs.",
			want:   nil,
		},
		{
			name:   "an album after two modifiers",
			marked: "Charts\n\nAnd the [[Lemmo Forever|ORG]] greatest hits album has crept back into the top 40.",
			want:   nil,
		},
		{
			name:   "a tournament's event",
			marked: "Tennis\n\nShe will return at the [[Quarbin WTA|ORG]] event in February.",
			want:   nil,
		},
		{
			name:   "a feature with an inner capital",
			marked: "Web\n\nThe [[ZorbLink|ORG]] feature comes with the toolbar.",
			want:   nil,
		},
		{
			name:   "a body's meeting",
			marked: "Trade\n\nHe told a [[Quarbin Chamber of Trade|ORG]] meeting that exports fell.",
			want:   []string{`org:quarbin-chamber-of-trade ORG "Quarbin Chamber of Trade"`},
		},
		{
			name:   "a place's event",
			marked: "Athletics\n\nHe will not commit himself to the [[St Varbin|LOC]] event yet.",
			want:   []string{`location:st-varbin LOCATION "St Varbin"`},
		},
		{
			name:   "a clause after the name",
			marked: "Air\n\nIt will fly out of Quarbin's [[Tervane Field|LOC]] using two new airplanes.",
			want:   []string{`location:tervane-field LOCATION "Tervane Field"`},
		},
		{
			name:   "a feature of one plain word",
			marked: "Papers\n\nThe [[Zorbit|ORG]] feature ran on Sunday.",
			want:   []string{`org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "a firm's word in the name",
			marked: "Toys\n\nShops sell the [[Quarbin Toys Inc|ORG]] talking bear.",
			want:   []string{`org:quarbin-toys ORG "Quarbin Toys Inc"`},
		},
		{
			name:   "no determiner before the name",
			marked: "Toys\n\nThe shops said [[Lemmo Varbin|PER]] plush bear sales rose.",
			want:   []string{`person:lemmo-varbin PERSON "Lemmo Varbin"`},
		},
	})
}

// TestProductKindBefore checks that a kind of product right before a name
// makes it a product (no node), with the name's other mentions; and the
// cases left alone: a comma between, a game of another kind, a firm's
// word.
func TestProductKindBefore(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a browser",
			marked: "Web\n\nThe suite includes web browser [[Zorbari|ORG]], a photo tool and more.",
			want:   nil,
		},
		{
			name:   "a painkiller, and the name alone later",
			marked: "Drugs\n\nSales of painkiller [[Lemmol|ORG]] rose. [[Lemmol|ORG]] was first sold in 2000.",
			want:   nil,
		},
		{
			name:   "a clause after the name",
			marked: "Web\n\nThe browser [[Ann Rigby|PER]] built was fast.",
			want:   []string{`person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "drugs in a list",
			marked: "Drugs\n\nCopies of anti-depressants [[Quarbex|ORG]] and Tervil hit profits.",
			want:   nil,
		},
		{
			name:   "a computer game",
			marked: "Games\n\nHe used to play the online role-playing game [[Zorbquest|ORG]] a lot.",
			want:   nil,
		},
		{
			name:   "a comma between",
			marked: "Robots\n\nThe biggest maker of the humanoid robot, [[Quarbin|ORG]] said sales rose.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a game of no computer's kind",
			marked: "Football\n\nAfter the home game [[Tervane|ORG]] were top.",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a firm's word",
			marked: "Web\n\nThe web browser [[Quarbin Software|ORG]] makes is free.",
			want:   []string{`org:quarbin-software ORG "Quarbin Software"`},
		},
	})
}

// TestKnownAsThing checks that a kind of thing before "known as" makes
// the name after it a thing (no node), with its other mentions; and the
// cases left alone: a person known as a name, a firm known as one, a name
// whose last word the text writes alone elsewhere.
func TestKnownAsThing(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "software known as, and the name alone later",
			marked: "Phones\n\nUsers need its internet telephony software, known as [[Quarbin Talk|ORG]]. " +
				"\"[[Quarbin Talk|ORG]] had a quiet launch,\" said [[Ann Rigby|PER]].",
			want: []string{`person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "a technology also known as",
			marked: "Music\n\nPlayers support a technology also known as [[Zorbus|PER]].",
			want:   nil,
		},
		{
			name:   "a person known as",
			marked: "Blogs\n\nThe blogger, known as [[Lemmo Sky|ORG]], was fired.",
			want:   []string{`org:lemmo-sky ORG "Lemmo Sky"`},
		},
		{
			name: "the last word alone elsewhere",
			marked: "Health\n\nThe system, known as [[Zorbit Express|ORG]], saves time. " +
				"It joins the Quarbin Express system.",
			want: []string{`org:zorbit-express ORG "Zorbit Express"`},
		},
	})
}

// TestMakerModel checks that a gadget maker's name and one more word
// after an article is the maker's model (no node); and the cases left
// alone: no article, the maker's unit ("Medical" before "Systems"
// elsewhere), a place with its state, a maker's word.
func TestMakerModel(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a model after the",
			marked: "Gadgets\n\nThe list includes the [[Sony Zorbman|ORG]] at number three.",
			want:   nil,
		},
		{
			name:   "a model with its number",
			marked: "Gadgets\n\nThe [[Apple Quarbook|ORG]] 100 has been chosen as the best gadget.",
			want:   nil,
		},
		{
			name:   "no article",
			marked: "Gadgets\n\nShe said [[Sony Zorbman|ORG]] sales rose.",
			want:   []string{`org:sony-zorbman ORG "Sony Zorbman"`},
		},
		{
			name: "the maker's unit",
			marked: "Health\n\n[[Philips Zorbical Systems Inc|ORG]] started a study. " +
				"It said a [[Philips Zorbical|ORG]] spokesman.",
			want: []string{`org:philips-zorbical-systems ORG "Philips Zorbical Systems Inc"`},
		},
		{
			name:   "a place with its state",
			marked: "Plants\n\nHe ran the [[IBM Quarbinsie|LOC]], N.Y., plant.",
			want:   []string{`location:ibm-quarbinsie LOCATION "IBM Quarbinsie"`},
		},
		{
			name:   "a unit's word",
			marked: "Films\n\nShe joined the [[Sony Pictures|ORG]] board.",
			want:   []string{`org:sony-pictures ORG "Sony Pictures"`},
		},
	})
}

// TestProductCodeAndCalled checks the cues tail11c added to older rules: a
// code name in quotes or after "the" ([codeName]), a kind of product
// before "called" ([thingCalled]); and a name in quotes after other words.
func TestProductCodeAndCalled(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a code name in quotes",
			marked: "Computers\n\nA new computer code-named \"[[Fort Quarbin|LOC]]\" was to tie the systems together.",
			want:   nil,
		},
		{
			name:   "a code name after the",
			marked: "Planes\n\nThe plane, codenamed the [[ZQX|ORG]], will fly in 1995.",
			want:   nil,
		},
		{
			name:   "a weedkiller called",
			marked: "Farms\n\nTobacco was treated with a weedkiller called [[Zorbamba|PER]].",
			want:   nil,
		},
		{
			name:   "a remake",
			marked: "Cinema\n\nThe song came from the movie re-make [[Zorbie|PER]] last year.",
			want:   nil,
		},
		{
			name:   "a name in quotes after a verb",
			marked: "Cinema\n\nShe said \"[[Lemmo Varbin|PER]]\" was her friend.",
			want:   []string{`person:lemmo-varbin PERSON "Lemmo Varbin"`},
		},
	})
}
