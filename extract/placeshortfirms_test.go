package extract

import "testing"

// TestPlaceShortFirm checks that one word the recognizer typed a place is
// the short form of a firm of the article whose name begins with it and
// ends in a company suffix; and the cases left alone: a firm named after
// a site, a town the tables know.
func TestPlaceShortFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm's first word typed a place",
			marked: "Deals\n\n[[Tervane Oil Ltd|ORG]] said a buyer would take a stake in [[Tervane|LOC]]. [[Tervane|LOC]] will be private.",
			want:   []string{`org:tervane-oil ORG "Tervane Oil Ltd"`},
		},
		{
			name:   "a firm named after a site",
			marked: "Oil\n\n[[Tervane Pipeline Co Ltd|ORG]] runs the line from the [[Tervane|LOC]] oil field to the coast.",
			want:   []string{`location:tervane LOCATION "Tervane" partial`, `org:tervane-pipeline ORG "Tervane Pipeline Co Ltd"`},
		},
		{
			name:   "a town the tables know",
			marked: "Deals\n\n[[Lyon Holdings Ltd|ORG]] said it will open a plant in [[Lyon|LOC]] soon.",
			want:   []string{`location:lyon LOCATION "Lyon" partial`, `org:lyon ORG "Lyon Holdings Ltd"`},
		},
	})
}
