package extract

import "testing"

// TestInitialsForm checks that a short form in title case spelling its
// name's initials, one letter a word, is the name's acronym, on sentences
// of our own; a word that spells no name's initials stays apart.
func TestInitialsForm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "an acronym in title case, a known town, typed a person",
			marked: "The [[League of Eastern European Drama Schools|ORG]] ([[Leeds|PER]]) met on Monday. " +
				"[[Leeds|PER]] chairman [[Ann Vell|PER]] said sales rose.",
			want: []string{`org:league-of-eastern-european-drama-schools ORG "League of Eastern European Drama Schools"`,
				`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name: "small words passed over, the acronym a known town",
			marked: "Funds went to the [[Board of Amlow and Tervane Holders|ORG]] ([[Bath|LOC]]). " +
				"[[Bath|LOC]] said it would spend them.",
			want: []string{`org:board-of-amlow-and-tervane-holders ORG "Board of Amlow and Tervane Holders"`},
		},
		{
			name:   "a place in brackets that spells no initials",
			marked: "The [[Tervane Lemmo Group|ORG]] ([[Devon|LOC]]) bought a farm near [[Devon|LOC]].",
			want:   []string{`location:devon LOCATION "Devon" partial`, `org:tervane-lemmo-group ORG "Tervane Lemmo Group"`},
		},
		{
			name:   "one letter short of the name's words",
			marked: "The [[Tervane Amlow Lemmo Vintners|ORG]] ([[Tal|PER]]) met. [[Tal|PER]] spoke.",
			want:   []string{`org:tervane-amlow-lemmo-vintners ORG "Tervane Amlow Lemmo Vintners"`, `person:tal PERSON "Tal" partial`},
		},
		{
			name:   "a kind of thing's name, typed MISC",
			marked: "Prices are set in [[European Tervane Units|MISC]] ([[Etu|ORG]]). One [[Etu|ORG]] buys a loaf.",
			want:   []string{`org:etu ORG "Etu" partial`},
		},
		{
			name:   "a name ending in a noun of kinds of things",
			marked: "The [[Amlow Names and Numbers|ORG]] ([[Ann|PER]]) list grew. [[Ann|PER]] spoke.",
			want:   []string{`org:amlow-names-and-numbers ORG "Amlow Names and Numbers"`, `person:ann PERSON "Ann" partial`},
		},
	})
}
