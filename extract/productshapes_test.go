package extract

import "testing"

// TestProductShapes checks, on sentences of our own, tail10yd's cues for
// names that are no entity (an operating system's versions in a list, a
// messaging program, a currency's letters, a connector's standard, one's
// own XV) and for entities typed by the noun or word after them (a police
// station, a label's garment, a firm's tail word), with a negative case
// for each: the reading each cue must leave alone.
func TestProductShapes(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a version in a list after the system",
			marked: "Safety\n\nThe bug hits PCs running Windows 97, 2001, ME, [[ZQ|ORG]] and ZR.",
		},
		{
			name:   "letters in a list of no system",
			marked: "Sales\n\nSales of the Tervane 95 and [[QRB|ORG]] rose.",
			want:   []string{`org:qrb ORG "QRB" partial`},
		},
		{
			name:   "a messaging program",
			marked: "Chat\n\nThe hole lets attackers into [[QRB Messenger|ORG]] accounts.",
		},
		{
			name:   "a newspaper called Messenger",
			marked: "Press\n\nThe [[Tervane Messenger|ORG]] newspaper said so.",
			want:   []string{`org:tervane-messenger ORG "Tervane Messenger"`},
		},
		{
			name:   "a currency's letters",
			marked: "Cocoa\n\nThe state set aside 5bn [[QFA|ORG]]\nfrancs for growers.",
		},
		{
			name:   "letters before another noun",
			marked: "Cocoa\n\nThe [[QFA|ORG]] shares rose 5 francs.",
			want:   []string{`org:qfa ORG "QFA" partial`},
		},
		{
			name:   "two standards and a spelled-out name before connectors",
			marked: "Screens\n\nFew sets have [[QVI|ORG]] or [[ZDMI|ORG]] ([[Zorbit Digital Media Interface|ORG]]) connectors.",
		},
		{
			name:   "letters before a verb",
			marked: "Screens\n\nThe firm [[QVB|ORG]] makes ports for sets.",
			want:   []string{`org:qvb ORG "QVB" partial`},
		},
		{
			name:   "a team of one's own",
			marked: "Rugby\n\nHe is the only Lemmox player in his [[World XV|ORG]].",
		},
		{
			name:   "a side's XV",
			marked: "Rugby\n\nThe [[Tervane XV|ORG]] beat Lemmox.",
			want:   []string{`org:tervane-xv ORG "Tervane XV"`},
		},
		{
			name:   "a police station",
			marked: "Crime\n\nHe is held at the [[Quarbin Green|ORG]] police station.",
			want:   []string{`location:quarbin-green LOCATION "Quarbin Green"`},
		},
		{
			name:   "a force before police",
			marked: "Crime\n\n[[Quarbin Green|ORG]] said police would act.",
			want:   []string{`org:quarbin-green ORG "Quarbin Green"`},
		},
		{
			name:   "a label's dress",
			marked: "Gala\n\nShe wore a shimmering [[Quarbini|PERSON]] dress.",
			want:   []string{`org:quarbini ORG "Quarbini" partial`},
		},
		{
			name:   "a designer's possessive",
			marked: "Gala\n\nShe wore [[Quarbini|PERSON]]'s dress.",
			want:   []string{`person:quarbini PERSON "Quarbini" partial`},
		},
		{
			name:   "a firm's tail word",
			marked: "Trains\n\nIt was built with [[Tervane Digital|PERSON]] (who provide the kit).",
			want:   []string{`org:tervane-digital ORG "Tervane Digital"`},
		},
		{
			name:   "a person's surname no firm's tail",
			marked: "Trains\n\nIt was built with [[Helena Lemmox|PERSON]] (who runs the line).",
			want:   []string{`person:helena-lemmox PERSON "Helena Lemmox"`},
		},
		{
			name:   "a chain's name typed a place",
			marked: "Leisure\n\nIt owns the [[Quarbin Bingo|LOCATION]] chain.",
			want:   []string{`org:quarbin-bingo ORG "Quarbin Bingo"`},
		},
		{
			name:   "a place before a mountain chain",
			marked: "Walks\n\nThey crossed the [[Quarbin Hills|LOCATION]] mountain chain in May.",
			want:   []string{`location:quarbin-hills LOCATION "Quarbin Hills"`},
		},
	})
}

// TestRoleOpenerAndHouseOf checks, on sentences of our own, that a role
// noun opening a sentence is cut from the name after it ([roleOpener]),
// and that a firm named "House of X" cut at "of" is one name
// ([houseOfSpans]); and the readings left alone: a role noun before one
// word, a title of more words after "House of".
func TestRoleOpenerAndHouseOf(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a role noun opening a sentence",
			marked: "Gigs\n\n[[Promoters Zorbit Live|ORG]] booked the hall.",
			want:   []string{`org:zorbit-live ORG "Zorbit Live"`},
		},
		{
			name:   "a role noun before one word",
			marked: "Gigs\n\n[[Promoters Zorbit|ORG]] booked the hall.",
			want:   []string{`org:promoters-zorbit ORG "Promoters Zorbit"`},
		},
		{
			name:   "House of a firm, House in no span",
			marked: "Shops\n\nIt came a day after House of [[Quarbin|PERSON]] disappointed investors.",
			want:   []string{`org:house-of-quarbin ORG "House of Quarbin"`},
		},
		{
			name:   "House of a firm, House a span",
			marked: "Shops\n\nShares in [[House|ORG]] of [[Quarbin|ORG]] rose.",
			want:   []string{`org:house-of-quarbin ORG "House of Quarbin"`},
		},
		{
			name:   "a title of more words after House of",
			marked: "Films\n\nHe saw House of [[Flying Tervanes|ORG]] twice.",
			want:   []string{`org:flying-tervanes ORG "Flying Tervanes"`},
		},
	})
}

// TestFeatureOf checks, on sentences of our own, that a natural place
// named "Gulf of X" or "Strait of X" that the recognizer cut at "of" is
// one place ([featureOfSpans]), with the feature's word in a span of its
// own or in none; and the readings left alone: the word inside a firm's
// longer name, in lower case, and a firm after "of".
func TestFeatureOf(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "Gulf a span, a country after of",
			marked: "Storms\n\nStorms in the [[Gulf|LOCATION]] of [[Mexico|LOCATION]] shut three rigs.",
			want:   []string{`location:gulf-of-mexico LOCATION "Gulf of Mexico"`},
		},
		{
			name:   "Strait in no span, one word typed a person after of",
			marked: "Tankers\n\nTankers crossed the Strait of [[Quarbaz|PERSON]] at night.",
			want:   []string{`location:strait-of-quarbaz LOCATION "Strait of Quarbaz"`},
		},
		{
			name:   "the word inside a firm's longer name",
			marked: "Chemicals\n\n[[Tervane Gulf|ORG]] of [[Lemmox|LOCATION]] sold a plant.",
			want:   []string{`location:lemmox LOCATION "Lemmox" partial`, `org:tervane-gulf ORG "Tervane Gulf"`},
		},
		{
			name:   "the word in lower case",
			marked: "Boats\n\nThe boats left the gulf of [[Lemmox|LOCATION]] early.",
			want:   []string{`location:lemmox LOCATION "Lemmox" partial`},
		},
		{
			name:   "a firm after of",
			marked: "Oil\n\nThe Sea of [[Quarbin Oil Co|ORG]] rigs were idle.",
			want:   []string{`org:quarbin-oil ORG "Quarbin Oil Co"`},
		},
	})
}
