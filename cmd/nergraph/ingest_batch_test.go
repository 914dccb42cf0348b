package main

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/nergraph/nergraph/graphstore"
)

// TestDefaultBatch checks ingest's batch when --batch is not given: the
// store's own choice (2,000 articles for SQLite), else 500.
func TestDefaultBatch(t *testing.T) {
	st, err := graphstore.Open(context.Background(), filepath.Join(t.TempDir(), "graph.db"), graphstore.OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if got := defaultBatch(st); got != 2000 {
		t.Errorf("defaultBatch(SQLite) = %d, want 2000", got)
	}
	var other struct{ graphstore.Store } // no DefaultBatch, as PostgreSQL's
	if got := defaultBatch(other); got != 500 {
		t.Errorf("defaultBatch(a store without DefaultBatch) = %d, want 500", got)
	}
}
