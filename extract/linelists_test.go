package extract

import "testing"

// TestLineLists checks, on lists of our own, that a span running down the
// short lines of a list (one firm a line) is parted at each line, and that
// a name wrapped over lines (a suffix alone on the next line, a table's
// row with its figures, running text) stays whole.
func TestLineLists(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "firms of a dividend-meeting list",
			marked: "ELKTON DIVIDEND MEETINGS - MAY 4\n[[Tervane Indus\nQuarbin Energy\nZorbit Drug|ORG]]",
			want:   []string{`org:quarbin-energy ORG "Quarbin Energy"`, `org:tervane-indus ORG "Tervane Indus"`, `org:zorbit-drug ORG "Zorbit Drug"`},
		},
		{
			name:   "a suffix alone on its line, and a row's label wrapped before its figures",
			marked: "Funds\n\nThe list:\n[[Quarbin Global Income Fund\nInc|ORG]]\nExports by region\n[[Western\nTervania|LOCATION]] 367.9 362.1",
			want:   []string{`location:western-tervania LOCATION "Western Tervania"`, `org:quarbin-global-income-fund ORG "Quarbin Global Income Fund Inc"`},
		},
	})
}
