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
			name:   "an acronym the article spells out",
			marked: "Pensions\n\nThe [[Pensions Policy Institute|ORG]] ([[PPI|ORG]]) said costs rose. But measured at age 65 instead, the [[PPI|ORG]] said, costs fell.",
			want:   []string{`org:pensions-policy-institute ORG "Pensions Policy Institute"`},
		},
		{
			name:   "computing's terms (tail15g)",
			marked: "Systems\n\nThe [[Quarbin|ORG]] data base runs under the [[UNIX|ORG]] operating system, uses the [[SQL|ORG]] language and [[VLSI|ORG]] chips.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a firm with a computing term in its name (tail15g)",
			marked: "Chips\n\n[[Lemmo VLSI Systems Inc|ORG]] said sales rose.",
			want:   []string{`org:lemmo-vlsi-systems ORG "Lemmo Vlsi Systems Inc"`},
		},
		{
			name:   "a firm with one in its name",
			marked: "Gas\n\n[[Marlow LPG Ltd|ORG]] said it would pay.",
			want:   []string{`org:marlow-lpg ORG "Marlow LPG Ltd"`},
		},
	})
}

// TestSpelledOutAcronymMentions checks that an acronym the article spells
// out keeps every mention in its entity, though the word is a concept's
// elsewhere ("PPI" of a price index).
func TestSpelledOutAcronymMentions(t *testing.T) {
	r, err := NewResolver(ResolveOptions{})
	if err != nil {
		t.Fatal(err)
	}
	_, _, es, err := resolveMarked(r, "Pensions\n\nThe [[Pensions Policy Institute|ORG]] ([[PPI|ORG]]) said costs rose. "+
		"But measured at age 65 instead, the [[PPI|ORG]] said, costs fell.")
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 1 || len(es[0].Mentions) != 3 {
		t.Fatalf("got %d entities %+v, want one with 3 mentions", len(es), es)
	}
	// The concept's own long form does not make its acronym a name.
	_, _, es, err = resolveMarked(r, "Growth\n\nThe [[Gross Domestic Product|ORG]] ([[GDP|ORG]]) rose, and [[GDP|ORG]] will rise.")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		for _, m := range e.Mentions {
			if m.Text == "GDP" {
				t.Errorf("GDP kept in %s", e.ID)
			}
		}
	}
}
