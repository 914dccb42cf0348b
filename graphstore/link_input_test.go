package graphstore_test

import (
	"maps"
	"reflect"
	"slices"
	"testing"

	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// TestLinkArticles wants the compact articles a store keeps for linking to
// give back the entities they were made of, to merge them as MergeLinked
// does, and to link as LinkCorpus links the same articles, whether their
// keys are shared or each article has its own.
func TestLinkArticles(t *testing.T) {
	docs := testdocs.Random(400, 21)
	g := graphstore.New()
	var arts []graphstore.ArticleCounts
	for _, d := range docs {
		if g.Add(d) {
			a := graphstore.Count(d)
			a.Entities = graphstore.NormalizeEntities(a.Entities)
			arts = append(arts, a)
		}
	}
	want := graphstore.LinkCorpus(arts)
	for _, tt := range []struct {
		name   string
		shared bool
	}{{"shared keys", true}, {"keys of their own", false}} {
		t.Run(tt.name, func(t *testing.T) {
			keys := graphstore.NewLinkKeys()
			compact := make([]*graphstore.LinkArticle, len(arts))
			for i, a := range arts {
				if !tt.shared {
					keys = graphstore.NewLinkKeys()
				}
				compact[i] = graphstore.NewLinkArticle(a, keys)
				if got := compact[i].Entities(); !reflect.DeepEqual(got, a.Entities) {
					t.Fatalf("article %s: Entities() =\n%+v\nwant\n%+v", a.Info.ID, got, a.Entities)
				}
				var ids []string
				for _, e := range a.Entities {
					ids = append(ids, e.ID)
				}
				if got := slices.Collect(compact[i].EntityIDs()); !slices.Equal(got, ids) {
					t.Fatalf("article %s: EntityIDs() = %q, want %q", a.Info.ID, got, ids)
				}
			}
			got := graphstore.LinkArticles(compact, keys)
			if !maps.Equal(got.Remap(), want.Remap()) {
				t.Errorf("Remap() = %v, want %v", got.Remap(), want.Remap())
			}
			linked := len(want.Remap())
			for i, a := range arts {
				if !maps.Equal(got.InArticle(i), want.InArticle(i)) {
					t.Errorf("article %s: InArticle = %v, want %v", a.Info.ID, got.InArticle(i), want.InArticle(i))
				}
				linked += len(want.InArticle(i))
				to := func(id string) string { return want.To(i, id) }
				if m, w := compact[i].MergeLinked(to), graphstore.MergeLinked(a.Entities, to); !reflect.DeepEqual(m, w) {
					t.Errorf("article %s: MergeLinked =\n%+v\nwant\n%+v", a.Info.ID, m, w)
				}
			}
			if linked == 0 {
				t.Fatal("the corpus links nothing; the test needs links")
			}
		})
	}
}
