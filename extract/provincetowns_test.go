package extract

import "testing"

// TestProvinceTowns checks, on sentences of our own, that a name before a
// comma and a Canadian province is a town whatever the recognizer typed
// it, the last of a list too; and the readings left alone: a town the
// article also writes as a firm's name, a province that begins a longer
// name.
func TestProvinceTowns(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a town before a province, typed a firm",
			marked: "Mining\n\nThe smelter at [[Tervane|ORG]], Quebec, will close in May.",
			want:   []string{`location:tervane LOCATION "Tervane" partial`},
		},
		{
			name:   "the last town of a list before a province, typed a person",
			marked: "Mail\n\nLetter carriers in [[Amlow|LOC]] and [[Quarbin|PER]], Ontario went on strike.",
			want:   []string{`location:amlow LOCATION "Amlow" partial`, `location:quarbin LOCATION "Quarbin" partial`},
		},
		{
			name:   "a town the article writes as a firm's name",
			marked: "Mining\n\nThe mine at [[Tervane|ORG]], Quebec, belongs to Tervane Mines Ltd.",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a province that begins a longer name",
			marked: "Mining\n\nThe mine at [[Tervane|ORG]], Quebec Lunmark Mining said, will close.",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
	})
}
