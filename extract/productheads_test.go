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
			name:   "a robot, and the name alone later",
			marked: "Robots\n\nThe firm's humanoid robot [[Lemmo|ORG]] can now run. [[Lemmo|ORG]] was first shown in 2000.",
			want:   nil,
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
