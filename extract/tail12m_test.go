package extract

import "testing"

// TestPluralBodies checks, on sentences of our own, that a body of
// members keeps its members' plural possessive, and that a team's
// possessive before its league, a possessor of two words and a
// possessive in a span of its own are left.
func TestPluralBodies(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a possessive after a comma before a union",
			marked: "Ports\n\nThe crews will strike in May, Tervaners' [[International Union|ORG]] official Lemmo said.",
			want:   []string{`org:tervaners-international-union ORG "Tervaners' International Union"`},
		},
		{
			name:   "a possessive after The before a guild taken for a person",
			marked: "Arts\n\nThe Quarbmens' [[Guild|PERSON]] met on Monday in a hall.",
			want:   []string{`org:quarbmens-guild ORG "Quarbmens' Guild"`},
		},
		{
			name:   "a team's possessive before its league",
			marked: "Sport\n\nThe game was the Tervaners' [[Vellish League|ORG]] match of the week.",
			want:   []string{`org:vellish-league ORG "Vellish League"`},
		},
		{
			name:   "a possessor of two words",
			marked: "Ports\n\nHe spoke to Lemmo Tervaners' [[Dock Union|ORG]] on Monday.",
			want:   []string{`org:dock-union ORG "Dock Union"`},
		},
		{
			name:   "a possessive in a span of its own",
			marked: "Sport\n\nHe met the [[Quarbins|ORG]]' [[Supporters Union|ORG]] on Monday.",
			want:   []string{`org:quarbins ORG "Quarbins" partial`, `org:supporters-union ORG "Supporters Union"`},
		},
	})
}

// TestFigureLeads checks that a price's fraction, a figure with its unit
// and a count before a hyphen are cut off the front of a name, and that
// a bare number, a number glued to a capital and an ordinal are left.
func TestFigureLeads(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a price's fraction before a firm",
			marked: "Stocks\n\nThe most active stocks on Monday were Quarbin Bank at 12-3/4, up [[1-1/4 Tervane Inc|ORG]] at 50-1/4, off 3/4.",
			want:   []string{`org:tervane ORG "Tervane Inc"`},
		},
		{
			name:   "a count before a hyphen and a noun",
			marked: "Air\n\nThe [[21-member Tervane Carriers Union|ORG]] met on Monday.",
			want:   []string{`org:tervane-carriers-union ORG "Tervane Carriers Union"`},
		},
		{
			name:   "a speed with its unit",
			marked: "Tech\n\nThe firm launched the [[4GHz Quarbium|ORG]] chip on Monday.",
			want:   []string{`org:quarbium ORG "Quarbium" partial`},
		},
		{
			name:   "a bare number names a firm",
			marked: "Deals\n\n[[215 Tervane Holding Co|ORG]] said it bought a mill.",
			want:   []string{`org:215-tervane-holding ORG "215 Tervane Holding Co"`},
		},
		{
			name:   "an ordinal names a bank",
			marked: "Banks\n\n[[1st Tervane Bank|ORG]] said it bought a mill.",
			want:   []string{`org:1st-tervane-bank ORG "1st Tervane Bank"`},
		},
	})
}

// TestRunTogetherI checks that a small word run together with the
// pronoun "I" names no one, and that a brand's lower-case opening does.
func TestRunTogetherI(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a small word and I",
			marked: "Sport\n\nI was not worried about the field [[asI|PERSON]] knew I was fit, said Ann Vell.",
			want:   []string{},
		},
		{
			name:   "a brand opening on a lower-case word",
			marked: "Tech\n\nThe firm sold the [[soundI|ORG]] player on Monday.",
			want:   []string{`org:soundi ORG "soundI" partial`},
		},
	})
}
