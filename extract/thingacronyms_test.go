package extract

import (
	"testing"
)

// TestThingAcronyms covers the acronyms of things that are no entity
// (tail14p's, in [names.ConceptAcronyms]) and the guards the resolver
// keeps around them.
func TestThingAcronyms(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a disease's acronym",
			marked: "Health\n\nCases of [[TB|ORG]] rose in Tervane last year, doctors in [[Quarbin|LOC]] said.",
			want:   []string{`location:quarbin LOCATION "Quarbin" partial`},
		},
		{
			name:   "an economic measure's acronym",
			marked: "Trade\n\nThe [[Quarbin Telecom|ORG]] deal depends on rules allowing [[FDI|ORG]] in the sector.",
			want:   []string{`org:quarbin-telecom ORG "Quarbin Telecom"`},
		},
		{
			name:   "a network's acronym",
			marked: "Gadgets\n\nThe laptop from [[Vellmark|ORG]] comes with a wireless [[LAN|ORG]] card.",
			want:   []string{`org:vellmark ORG "Vellmark" partial`},
		},
		{
			name:   "a record's format",
			marked: "Music\n\nThe band [[Quarbin Fell|ORG]] will release a new [[EP|ORG]] in May.",
			want:   []string{`org:quarbin-fell ORG "Quarbin Fell"`},
		},
		// Negatives: what the rule must leave.
		{
			name:   "the acronym opening a firm's longer name",
			marked: "Markets\n\nShares in [[TB Vellmark Holdings|ORG]] rose on Monday.",
			want:   []string{`org:tb-vellmark ORG "TB Vellmark Holdings"`},
		},
	})
}

// TestLevelNumbered covers a level of a scheme named by its number
// ([levelNumbered]).
func TestLevelNumbered(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a stage of a curriculum and its number",
			marked: "Schools\n\nPupils at [[Core Stage|ORG]] 2 in [[Quarbin|LOC]] met the target.",
			want:   []string{`location:quarbin LOCATION "Quarbin" partial`},
		},
		{
			name:   "stages in the plural and a list of numbers",
			marked: "Schools\n\nOnly a third of schools at [[Core Stages|ORG]] 1, 3 and 4 met it, [[Ann Vell|PER]] said.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		// Negatives: what the rule must leave.
		{
			name:   "one word and a number, a band's name",
			marked: "Music\n\nThe band [[Level|ORG]] 42 played in [[Quarbin|LOC]].",
			want:   []string{`location:quarbin LOCATION "Quarbin" partial`, `org:level ORG "Level" partial`},
		},
		{
			name:   "a level's word with no number after it",
			marked: "Theatre\n\nThe [[Quarbin Stage|ORG]] company opened its season.",
			want:   []string{`org:quarbin-stage ORG "Quarbin Stage"`},
		},
	})
}

// TestThingAcronymSpelledOut checks that an acronym of a thing (tail14p's,
// in [names.ConceptAcronyms]) the article spells out as a body's name
// stays a mention of that body.
func TestThingAcronymSpelledOut(t *testing.T) {
	r, err := NewResolver(ResolveOptions{})
	if err != nil {
		t.Fatal(err)
	}
	_, _, es, err := resolveMarked(r, "Vote\n\nThe [[Energy Party|ORG]] won seats on Monday. The [[EP|ORG]] said the law would pass.")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if e.ID == "org:energy-party" {
			if got := len(e.Mentions); got != 2 {
				t.Errorf("org:energy-party has %d mentions, want 2 (the EP kept)", got)
			}
			return
		}
	}
	t.Errorf("no org:energy-party in %v", summaryOf(es, true))
}
