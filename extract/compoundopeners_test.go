package extract

import "testing"

// TestCompoundOpeners covers a closed compound of a role glued before a
// surname at a sentence's start ([compoundOpener]).
func TestCompoundOpeners(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a scorer's compound before a surname",
			marked: "Cup\n\n[[Tim Vellani|PER]] struck late for the hosts. [[Pointscorer Vellani|PER]] was also booked in the first half.",
			want:   []string{`person:tim-vellani PERSON "Tim Vellani"`},
		},
		{
			name:   "a winner's compound in a sentence after a quotation",
			marked: "Race\n\n\"It was hard,\" he said. [[Racewinner Okarro|PER]] thanked the team. [[Ben Okarro|PER]] led from the start.",
			want:   []string{`person:ben-okarro PERSON "Ben Okarro"`},
		},
		// Negatives: names the rule leaves whole.
		{
			name:   "the surname never written beside another capitalized word",
			marked: "Cup\n\nThe hosts won. [[Pointscorer Vellani|PER]] was also booked in the first half.",
			want:   []string{`person:pointscorer-vellani PERSON "Pointscorer Vellani"`},
		},
		{
			name:   "the compound inside a sentence",
			marked: "Cup\n\n[[Tim Vellani|PER]] struck late. The crowd cheered as [[Pointscorer Vellani|PER]] left the pitch.",
			want:   []string{`person:pointscorer-vellani PERSON "Pointscorer Vellani"`, `person:tim-vellani PERSON "Tim Vellani"`},
		},
		{
			name:   "the compound capitalized inside a sentence elsewhere",
			marked: "Cup\n\n[[Tim Vellani|PER]] struck late for the hosts. [[Pointscorer Vellani|PER]] was booked, and the club's Pointscorer award is his.",
			want:   []string{`person:pointscorer-vellani PERSON "Pointscorer Vellani"`, `person:tim-vellani PERSON "Tim Vellani"`},
		},
		{
			name:   "a word in -er that splits into no two common words",
			marked: "Race\n\n[[Ben Okarro|PER]] rode well. [[Quendaler Okarro|PER]] won the cup.",
			want:   []string{`person:ben-okarro PERSON "Ben Okarro"`, `person:quendaler-okarro PERSON "Quendaler Okarro"`},
		},
		{
			name:   "a compound of two common words that is no agent noun",
			marked: "Race\n\n[[Ben Okarro|PER]] rode well. [[Racehorse Okarro|PER]] won the cup.",
			want:   []string{`person:ben-okarro PERSON "Ben Okarro"`, `person:racehorse-okarro PERSON "Racehorse Okarro"`},
		},
	})
}
