package extract

import "testing"

// TestIndexName checks, on sentences of our own, that a market's or a
// price's index is no node, whatever type the recognizer gave it, and that
// a fund named for an index stays a firm.
func TestIndexName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an index typed a firm",
			marked: "Markets\n\nThe [[Tervane Industrial Index|ORG]] fell 12.5 points to 840.2 in thin trade.",
		},
		{
			name:   "indices typed a firm",
			marked: "Markets\n\nThe [[Quarbin World Indices|ORG]] rose for a third day.",
		},
		{
			name:   "an index typed a place",
			marked: "Markets\n\nThe [[Vellmark Index|LOC]] closed 3.1 points higher.",
		},
		{
			name:   "the Index of ...",
			marked: "Economy\n\nThe [[Index of Quarbin Indicators|ORG]] rose 0.4 pct in May, the [[Tervane Department|ORG]] said.",
			want:   []string{`org:tervane-department ORG "Tervane Department"`},
		},
		{
			name:   "a fund named for an index",
			marked: "Funds\n\n[[Quarbin Stock Index Fund|ORG]] said its assets rose 4 pct.",
			want:   []string{`org:quarbin-stock-index-fund ORG "Quarbin Stock Index Fund"`},
		},
	})
}
