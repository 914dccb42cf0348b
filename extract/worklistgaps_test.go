package extract

import "testing"

// TestWorkListAcross checks, on sentences of our own with made-up names,
// that a list of works is read back to its plural noun across a short
// clause between the noun and "including", "include" or "included"
// ([pluralAcross]), and after "plus"; and the cases left alone: another
// plural between (the list is of that), a name that modifies a noun after
// it, another sentence, a list of people.
func TestWorkListAcross(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "hits, a place phrase, then including",
			marked: "Band\n\nThe group scored four hits in the north, including [[Lemmo Lemmo Lemmo|ORG]] in 1991.",
			want:   nil,
		},
		{
			name: "games and a clause before including",
			marked: "Console\n\nAt launch 12 games will be ready for the Quarb, including [[Tervane Run|ORG]], " +
				"[[Zorbit Acid|PER]] and [[Lemmox Days|ORG]].",
			want: nil,
		},
		{
			name:   "games for a console include",
			marked: "Console\n\nThe 30 games for the small console include [[Quarn Academy|ORG]] and [[Vell Pure|PER]].",
			want:   nil,
		},
		{
			name:   "films include, a list with plus",
			marked: "Career\n\nHer films include Oscar-winning Quarbin plus [[Lemmox Express|ORG]] and others.",
			want:   nil,
		},
		{
			name:   "hits have included",
			marked: "Career\n\nHis hits have included [[Tervo Knock|ORG]], Quarn Life and others.",
			want:   nil,
		},
		{
			name:   "another plural between: a list of clubs",
			marked: "Season\n\nThey played 40 games against clubs including [[Lemmo Rovers|ORG]] and [[Tervo|ORG]].",
			want:   []string{`org:lemmo-rovers ORG "Lemmo Rovers"`, `org:tervo ORG "Tervo" partial`},
		},
		{
			name:   "a name that modifies a noun after it",
			marked: "Career\n\nOther films included the [[Ann Quarbin|PER]] adaptation The Lemmo Zone.",
			want:   []string{`person:ann-quarbin PERSON "Ann Quarbin"`},
		},
		{
			name:   "another sentence between",
			marked: "Career\n\nShe made six films. Later this year, including [[Tervane Vell|LOC]], it grew.",
			want:   []string{`location:tervane-vell LOCATION "Tervane Vell"`},
		},
	})
}
