package graphstore_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// TestQuerierNeighbors checks that the querier's neighbors, found through
// its index of edges, are the graph's, for every node and for an unknown
// id, asked from several goroutines at once.
func TestQuerierNeighbors(t *testing.T) {
	g := graphstore.New()
	for _, d := range testdocs.Random(300, 3) {
		g.Add(d)
	}
	q := graphstore.QuerierOf(g)
	var ids []string
	for _, n := range g.Nodes() {
		ids = append(ids, n.ID)
	}
	ids = append(ids, "PERSON:Nobody")
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			for _, id := range ids {
				got, err := q.Neighbors(context.Background(), id)
				if err != nil {
					errs <- err
					return
				}
				if want := g.Neighbors(id); !reflect.DeepEqual(got, want) {
					t.Errorf("Neighbors(%q): %d neighbors, the graph's %d (or in another order)", id, len(got), len(want))
				}
			}
			errs <- nil
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}
