package sqlite

import (
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// TestTownStateStored checks that the state a story writes after a town
// (its mention rows' ISO) survives the store: the graph read back parts
// the town as the graph of the same articles does.
func TestTownStateStored(t *testing.T) {
	town := func(art, text string) *extract.Doc {
		e := extract.Entity{ID: "location:pellworth", Name: "Pellworth", Type: extract.Location, Partial: true}
		i := strings.Index(text, "Pellworth")
		e.Mentions = []extract.Mention{{Text: "Pellworth", Name: "Pellworth", Start: i, End: i + len("Pellworth")}}
		return &extract.Doc{Article: extract.Article{ID: art}, Text: text, Hash: art, Entities: []extract.Entity{e}}
	}
	docs := []*extract.Doc{
		town("o1", "Dunmore Tools opened a plant in Pellworth, Ohio, on Monday."),
		town("o2", "The Pellworth, Ohio, plant of Dunmore Tools hired staff."),
		town("r", "The Pellworth, Ore., mill of Quarbin Timber closed."),
	}
	mem := graphstore.New()
	for _, d := range docs {
		mem.Add(d)
	}
	s := openTemp(t)
	addAll(t, s, docs, 3)
	g := loadAll(t, s)
	for _, art := range []string{"o1", "r"} {
		want := mem.CanonicalIn(art, "location:pellworth")
		if got := g.CanonicalIn(art, "location:pellworth"); got != want {
			t.Errorf("stored: CanonicalIn(%s) = %q, want %q as in memory", art, got, want)
		}
	}
	if got := mem.CanonicalIn("r", "location:pellworth"); got != "location:pellworth~us-or" {
		t.Errorf("in memory: CanonicalIn(r) = %q, want the Oregon town's node", got)
	}
}
