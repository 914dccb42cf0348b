package extract

import "testing"

// TestInitialsForm checks that a short form in title case spelling its
// name's initials, one letter a word, is the name's acronym, on sentences
// of our own; a word that spells no name's initials stays apart.
func TestInitialsForm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "an acronym in title case typed a place",
			marked: "The [[Association of Tervane Lemmo Vintners|ORG]] ([[Atlv|LOC]]) met on Monday. " +
				"[[Atlv|LOC]] chairman [[Ann Vell|PER]] said sales rose.",
			want: []string{`org:association-of-tervane-lemmo-vintners ORG "Association of Tervane Lemmo Vintners"`,
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
	})
}
