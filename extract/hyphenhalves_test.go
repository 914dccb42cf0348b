package extract

import "testing"

// TestHyphenHalf checks, on sentences of our own, that the first half of
// a hyphenated word ending a person's name ([hyphenHalf]) does not outrank
// another person's family name written first ([familyFirst]): a lone
// "Tseng" beside Tseng Ming-Lo and Hsu Tseng-Wen goes to Tseng Ming-Lo.
// A lone half with no other name to fit still goes to the one name it
// halves, and a middle surname written without a hyphen ("Arturo Vell
// Okafor") keeps its rank over a first word.
func TestHyphenHalf(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "half a given name beside another family name",
			marked: "Reserves rise\n\nBank governor [[Tseng Ming-Lo|PERSON]] told reporters the reserves rose. " +
				"[[Tseng|PERSON]] declined to predict how high they might rise. " +
				"[[Hsu Tseng-Wen|PERSON]], vice chairman of the planning council, spoke too.",
			want: []string{`person:hsu-tseng-wen PERSON "Hsu Tseng-Wen"`, `person:tseng-ming-lo PERSON "Tseng Ming-Lo"`},
		},
		{
			name: "half a double surname, alone",
			marked: "Party row\n\nThe chairman [[Ann Okafor-Vell|PERSON]] left the party. " +
				"[[Okafor|PERSON]] said she would stand again.",
			want: []string{`person:ann-okafor-vell PERSON "Ann Okafor-Vell"`},
		},
		{
			name: "a middle surname without a hyphen",
			marked: "Party row\n\nThe minister [[Arturo Vell Okafor|PERSON]] left the party. " +
				"[[Vell|PERSON]] said he would stand again. [[Vell Dunmore|PERSON]] disagreed.",
			want: []string{`person:arturo-vell-okafor PERSON "Arturo Vell Okafor"`, `person:vell-dunmore PERSON "Vell Dunmore"`},
		},
	})
}
