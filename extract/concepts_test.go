package extract

import "testing"

// TestConceptAcronyms checks, on sentences of our own, that an acronym of a
// technique, a statistic or a commodity alone is no entity, and that a
// firm whose name holds one stays.
func TestConceptAcronyms(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a technique and a statistic",
			marked: "Films\n\nThe film has more [[CGI|ORG]] robots than actors, and the [[PPI|ORG]] rose 0.6 pct.",
			want:   nil,
		},
		{
			name:   "commodities",
			marked: "Gas\n\nJapanese buyers of [[LPG|ORG]] and [[LNG|ORG]] paid more to [[Quarbin Gas Co|ORG]] on Monday.",
			want:   []string{`org:quarbin-gas ORG "Quarbin Gas Co"`},
		},
		{
			name:   "a firm with one in its name",
			marked: "Gas\n\n[[Marlow LPG Ltd|ORG]] said it would pay.",
			want:   []string{`org:marlow-lpg ORG "Marlow LPG Ltd"`},
		},
	})
}
