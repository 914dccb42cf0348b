package sqlite

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// schemaRows returns the rows of sqlite_schema but the B-trees' page
// numbers, which differ with the order the tables and indexes were made in.
func schemaRows(t *testing.T, s *Store) []string {
	t.Helper()
	return textRows(t, s, `SELECT type || ' ' || name || ' ' || tbl_name || ' ' || coalesce(sql, '')
		FROM sqlite_schema ORDER BY type, name`)
}

// countIndexNames returns the names of countIndexes the store holds.
func countIndexNames(t *testing.T, s *Store) []string {
	t.Helper()
	missing, err := missingCountIndexes(context.Background(), s.db)
	if err != nil {
		t.Fatal(err)
	}
	var have []string
	for _, idx := range countIndexes {
		if !slices.Contains(missing, idx) {
			have = append(have, indexName(idx))
		}
	}
	return have
}

// TestFirstIngestMakesIndexesAfter checks that the first ingest into an
// empty store writes its batches without the counts' secondary indexes and
// leaves the store with the schema a new store has, the same rows as an
// ingest that kept its indexes, and that a store an ingest left without them
// (killed between batches) gets them back from the next ingest.
func TestFirstIngestMakesIndexesAfter(t *testing.T) {
	ctx := context.Background()
	docs := testdocs.Random(300, 11)
	fresh := openTemp(t)
	want := schemaRows(t, fresh)
	if got := countIndexNames(t, fresh); len(got) != len(countIndexes) {
		t.Fatalf("a new store has the indexes %v, want all %d of countIndexes", got, len(countIndexes))
	}

	// The reference: the same articles, all but the first into a store
	// that holds it already, whose batches keep the indexes.
	ref := openTemp(t)
	addAll(t, ref, docs[:1], 1)
	if err := ref.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	addAll(t, ref, docs[1:], 100)
	if got := countIndexNames(t, ref); len(got) != len(countIndexes) {
		t.Fatalf("batches into a store that held articles left the indexes %v, want all", got)
	}
	if err := ref.Flush(ctx); err != nil {
		t.Fatal(err)
	}

	addAll(t, fresh, docs, 100)
	if got := countIndexNames(t, fresh); len(got) != 0 {
		t.Errorf("between the batches of a first ingest the store has the indexes %v, want none", got)
	}
	if err := fresh.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if got := schemaRows(t, fresh); !slices.Equal(got, want) {
		t.Errorf("after the first ingest the schema is\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got, w := dump(t, fresh), dump(t, ref); !slices.Equal(got, w) {
		t.Errorf("the rows differ from those of batches that kept the indexes")
	}
	wantClean(t, fresh, graphstore.CheckFull)

	// Killed between two batches: the indexes are dropped, and the
	// totals pending, when the store is next opened.
	path := filepath.Join(t.TempDir(), "killed.db")
	s, err := Open(ctx, path, create)
	if err != nil {
		t.Fatal(err)
	}
	addAll(t, s, docs[:100], 100)
	s.totals, s.indexesDropped = nil, false // as if the process died: Close writes neither
	if err := s.db.Close(); err != nil {
		t.Fatal(err)
	}
	r, err := Open(ctx, path, graphstore.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := countIndexNames(t, r); len(got) != 0 {
		t.Errorf("the killed ingest's store has the indexes %v, want none", got)
	}
	r.Close()
	s, err = Open(ctx, path, create)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	wantClean(t, s, graphstore.CheckQuick)
	if got := countIndexNames(t, s); len(got) != 0 {
		t.Errorf("opening the killed ingest's store for writing made the indexes %v before it was checked", got)
	}
	addAll(t, s, docs[100:200], 100)
	if err := s.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if got := schemaRows(t, s); !slices.Equal(got, want) {
		t.Errorf("after an ingest into a killed first ingest's store, the schema is\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	wantClean(t, s, graphstore.CheckFull)
}
