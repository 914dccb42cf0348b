package extract

import "testing"

// TestSplitSlashPairs checks, on sentences of our own, that two players
// sharing a place in a team sheet are two names, and the readings left
// whole: two clubs in a cup draw, an acronym pair, a pair in prose, a side
// with a figure, a pair of firms in a list.
func TestSplitSlashPairs(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "two players with initials in a team sheet",
			marked: "Side named\n\nReplacements: T Okafor, L Marsh, [[R Tovey/K Marle|PER]], D Vane, Dunne.",
			want:   []string{`person:k-marle PERSON "K Marle" partial`, `person:r-tovey PERSON "R Tovey" partial`},
		},
		{
			name:   "a particle in a side, last in the list",
			marked: "Side named\n\nReplacements: T Okafor, L Marsh, D Vane, [[P du Plessow/K Marle|PER]].",
			want:   []string{`person:k-marle PERSON "K Marle" partial`, `person:p-du-plessow PERSON "P du Plessow" partial`},
		},
		{
			name:   "surnames first in the list",
			marked: "Side named\n\nReplacements (from): [[Tovey/Marle|PER]], Okafor, Marsh, Vane.",
			want:   []string{`person:marle PERSON "Marle" partial`, `person:tovey PERSON "Tovey" partial`},
		},
		{
			name:   "two clubs in a cup draw, left",
			marked: "Cup draw\n\n[[Elkmouth|ORG]] v [[Quarbury/Tervane Town|ORG]]",
			want:   []string{`org:elkmouth ORG "Elkmouth" partial`, `org:quarbury-tervane-town ORG "Quarbury/Tervane Town"`},
		},
		{
			name:   "an acronym pair in a list",
			marked: "Bands\n\nHe played with Vell, Marle, [[QX/DV|PER]], Okafor and others.",
			want:   []string{`person:qx-dv PERSON "QX/DV"`},
		},
		{
			name:   "a pair in prose",
			marked: "Duo\n\nThe [[Tovey/Marle|PER]] partnership won the pairs title.",
			want:   []string{`person:tovey-marle PERSON "Tovey/Marle"`},
		},
		{
			name:   "a pair of firms in a list",
			marked: "Ratings\n\nFigures came from Quarbin, Elkton, [[Tervane/NetMarle|ORG]], and Vell.",
			want:   []string{`org:tervane-netmarle ORG "Tervane/NetMarle"`},
		},
		{
			name:   "a side with a figure",
			marked: "Side named\n\nReplacements: T Okafor, L Marsh, [[Tovey/K2 Marle|PER]], D Vane.",
			want:   []string{`person:tovey-k2-marle PERSON "Tovey/K2 Marle"`},
		},
	})
}
