package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testdocs"
)

var readOnly = graphstore.OpenOptions{ReadOnly: true}

// TestReadOnly opens a store read-only beside a writer: it reads the
// writer's batches, answers from the cache, refuses every write, and leaves
// the file as it was.
func TestReadOnly(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "graph.db")
	w, err := Open(ctx, path, create)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	docs := testdocs.Random(60, 7)
	addAll(t, w, docs[:30], 10)
	if _, err := w.Refresh(ctx); err != nil {
		t.Fatal(err)
	}

	r, err := Open(ctx, path, readOnly)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	before := dump(t, w)
	fresh := testdocs.Doc("ro-new", "A text no other article has.", time.Time{}, "PERSON:Ada Lovelace", "ORG:Analytical Engines")
	if res, err := r.AddBatch(ctx, counts([]*extract.Doc{fresh})); err == nil {
		t.Errorf("AddBatch on a read-only store succeeded: %+v", res)
	}
	if after := dump(t, w); !reflect.DeepEqual(after, before) {
		t.Error("the read-only store changed the file")
	}
	q, cached, err := r.Querier(ctx, time.Time{}, time.Time{})
	if err != nil || !cached {
		t.Fatalf("Querier: cached %v, %v", cached, err)
	}
	top, err := q.Top(ctx, "", 1)
	if err != nil || len(top) != 1 {
		t.Fatalf("Top: %v, %v", top, err)
	}

	// The writer goes on; the reader sees its batches.
	addAll(t, w, docs[30:], 10)
	st, err := r.Stats(ctx)
	wst, werr := w.Stats(ctx)
	if err != nil || werr != nil || st.Articles != wst.Articles || st.Articles <= top[0].Articles {
		t.Errorf("Stats after more batches: %+v, %v; the writer's %+v, %v", st, err, wst, werr)
	}
	if fresh, err := r.Fresh(ctx); err != nil || fresh {
		t.Errorf("Fresh = %v, %v after a batch; want false", fresh, err)
	}
	if _, err := r.Refresh(ctx); err == nil {
		t.Error("Refresh of a stale cache on a read-only store succeeded")
	}
	g, err := r.Graph(ctx, time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	wg, err := w.Graph(ctx, time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if g.NumNodes() != wg.NumNodes() || g.NumEdges() != wg.NumEdges() {
		t.Errorf("read-only graph %d nodes, %d edges; writer's %d, %d", g.NumNodes(), g.NumEdges(), wg.NumNodes(), wg.NumEdges())
	}
}

// TestReadOnlyRefuses checks what a read-only open refuses, a missing file
// and read-only with create, and that it reads an old schema as it is
// (TestOldSchemas reads one in full) without migrating it.
func TestReadOnlyRefuses(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if _, err := Open(ctx, filepath.Join(dir, "absent.db"), readOnly); !errors.Is(err, graphstore.ErrNotExist) {
		t.Errorf("absent: %v, want ErrNotExist", err)
	}
	old := filepath.Join(dir, "v1.db")
	db, err := sql.Open("sqlite", old)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(migrations[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE schema_version SET version = 1`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	r, err := Open(ctx, old, readOnly)
	if err != nil {
		t.Fatalf("a read-only open of a schema 1 store: %v", err)
	}
	if _, err := r.AddBatch(ctx, counts(testdocs.Random(2, 1))); !errors.Is(err, graphstore.ErrReadOnly) {
		t.Errorf("AddBatch on a read-only schema 1 store: %v, want ErrReadOnly", err)
	}
	r.Close()
	db, err = sql.Open("sqlite", old)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v int
	if err := db.QueryRow(`SELECT version FROM schema_version`).Scan(&v); err != nil || v != 1 {
		t.Errorf("version after a read-only open: %d, %v; want 1, as it was", v, err)
	}
	if _, err := Open(ctx, filepath.Join(dir, "new.db"), graphstore.OpenOptions{ReadOnly: true, Create: true}); err == nil {
		t.Error("read-only with create succeeded")
	}
}
