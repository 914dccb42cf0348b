package graphstore

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestSplitTownStates checks which articles of a town's id go to a node of
// another state's town.
func TestSplitTownStates(t *testing.T) {
	for _, tt := range townStateCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// placeDoc is an article of one sentence, text, that names the place name
// (of id) wherever it stands in it.
func placeDoc(art, id, name, text string) *extract.Doc {
	e := extract.Entity{ID: id, Name: name, Type: extract.Location, Partial: true}
	for i := 0; ; {
		j := strings.Index(text[i:], name)
		if j < 0 {
			break
		}
		start := i + j
		e.Mentions = append(e.Mentions, extract.Mention{Text: name, Name: name, Start: start, End: start + len(name)})
		i = start + len(name)
	}
	d := doc(art, e)
	d.Text = text
	return d
}

// townStateCases are TestSplitTownStates' corpora, each with its filler
// articles: a made-up town, Pellworth, in Ohio and in Oregon.
func townStateCases() []nodeCase {
	var filler []*extract.Doc
	for i := range 20 {
		filler = append(filler, doc(fmt.Sprintf("filler%02d", i), at(fmt.Sprintf("org:firm%02d", i), "Firm", extract.Org, false, 0)))
	}
	town := func(art, text string) *extract.Doc { return placeDoc(art, "location:pellworth", "Pellworth", text) }
	oh := func(art string) *extract.Doc {
		return town(art, "Dunmore Tools opened a plant in Pellworth, Ohio, on Monday.")
	}
	or := town("r", "The Pellworth, Ore., mill of Quarbin Timber closed.")
	alone := func(art string) *extract.Doc { return town(art, "Pellworth voted on the budget.") }
	tests := []nodeCase{
		{"another state's town", []*extract.Doc{oh("o1"), oh("o2"), or}, "r", "location:pellworth", "location:pellworth~us-or"},
		{"the state of most articles keeps the id", []*extract.Doc{oh("o1"), oh("o2"), or}, "o1", "location:pellworth", "location:pellworth"},
		{"a story that writes no state stays", []*extract.Doc{oh("o1"), oh("o2"), or, alone("u")}, "u", "location:pellworth", "location:pellworth"},
		{"a state's name in full", []*extract.Doc{oh("o1"), oh("o2"), town("r", "Quarbin Timber of Pellworth, Oregon said it would close.")},
			"r", "location:pellworth", "location:pellworth~us-or"},
		{"a line broken after the comma", []*extract.Doc{oh("o1"), oh("o2"), town("r", "Quarbin Timber of Pellworth,\nOre., said it would close.")},
			"r", "location:pellworth", "location:pellworth~us-or"},
		{"states listed after the town", []*extract.Doc{oh("o1"), oh("o2"), town("r", "Quarbin Timber sells in Pellworth, Oregon and Idaho.")},
			"r", "location:pellworth", "location:pellworth"},
		{"an abbreviation without its period", []*extract.Doc{oh("o1"), oh("o2"), town("r", "Quarbin Timber sells in Pellworth, Ore on Fridays.")},
			"r", "location:pellworth", "location:pellworth"},
		{"a town named alone in most of its stories", []*extract.Doc{oh("o1"), or, alone("a1"), alone("a2"), alone("a3")},
			"r", "location:pellworth", "location:pellworth"},
		{"a town of one state", []*extract.Doc{oh("o1"), oh("o2"), oh("o3")}, "o1", "location:pellworth", "location:pellworth"},
		{"a state is no town", []*extract.Doc{placeDoc("s1", "location:ohio", "Ohio", "Ohio, Indiana, Utah."),
			placeDoc("s2", "location:ohio", "Ohio", "Ohio, Iowa, Utah."), placeDoc("s3", "location:ohio", "Ohio", "Ohio, Iowa, Utah.")},
			"s1", "location:ohio", "location:ohio"},
	}
	return withFiller(filler, tests)
}

// TestTownStateNoNodeISO checks that the state a story writes after a town
// is no node's ISO code.
func TestTownStateNoNodeISO(t *testing.T) {
	g := New()
	g.Add(placeDoc("a", "location:pellworth", "Pellworth", "Dunmore Tools opened a plant in Pellworth, Ohio, on Monday."))
	for _, n := range g.Nodes() {
		if n.ISO != "" {
			t.Errorf("node %s: ISO %q, want none", n.ID, n.ISO)
		}
	}
}
