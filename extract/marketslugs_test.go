package extract

import (
	"slices"
	"testing"
)

// TestSlugCut checks, on headlines of our own, that a market column's slug
// joined by a slash to its story's subject is cut from the span
// ([slugCut]), so that the headline names the firm of the story; and the
// spans left alone: several words after the slash that end in no firm's
// suffix, a slash after a word that is no market's.
func TestSlugCut(t *testing.T) {
	tests := []struct {
		name, marked, id string
		want             []string // the mentions' texts of entity id
	}{
		{
			name:   "a one-word subject",
			marked: "[[WALL STREET STOCKS/QUARBIN|ORG]]\n\nShares of [[Quarbin Corp|ORG]] rose two dlrs.",
			id:     "org:quarbin",
			want:   []string{"QUARBIN", "Quarbin Corp"},
		},
		{
			name:   "a firm's name with its suffix",
			marked: "[[ELKTON BONDS/VELL HOLDINGS INC|ORG]]\n\nBonds of [[Vell Holdings Inc|ORG]] fell.",
			id:     "org:vell",
			want:   []string{"VELL HOLDINGS INC", "Vell Holdings Inc"},
		},
		{
			name:   "several words and no suffix",
			marked: "[[WALL STREET STOCKS/QUARBIN DEPT STORES|ORG]]\n\nShares of [[Quarbin Department Stores Inc|ORG]] fell.",
			id:     "org:quarbin-department-stores",
			want:   []string{"Quarbin Department Stores Inc"},
		},
		{
			name:   "no market's word before the slash",
			marked: "Deal\n\n[[Vell/Quarbin Corp|ORG]] said it agreed.",
			id:     "org:vell-quarbin",
			want:   []string{"Vell/Quarbin Corp"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewResolver(ResolveOptions{})
			if err != nil {
				t.Fatal(err)
			}
			_, _, es, err := resolveMarked(r, tt.marked)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range es {
				if e.ID == tt.id {
					for _, m := range e.Mentions {
						got = append(got, m.Text)
					}
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("mentions of %s: got %q, want %q (entities %q)", tt.id, got, tt.want, summaryOf(es, true))
			}
		})
	}
}
