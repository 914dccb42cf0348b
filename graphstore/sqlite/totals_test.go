package sqlite

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// TestTotalsPending wants the totals tables (entities, aliases, edges) of
// a store whose totals were written late, by another process, read back
// or in a batch, to equal those of a store that took the same articles in
// one process and wrote them once: each article counted once, none lost.
func TestTotalsPending(t *testing.T) {
	ctx := context.Background()
	docs := testdocs.Random(300, 11)
	clean := openTemp(t)
	addAll(t, clean, docs, 300)
	if err := clean.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	want := dump(t, clean)
	if len(want) < 3*300 {
		t.Fatalf("the clean store has %d rows: the test tests nothing", len(want))
	}
	open := func(t *testing.T, path string) *Store {
		t.Helper()
		s, err := Open(ctx, path, create)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	// kill drops a store as a killed process does: nothing written.
	kill := func(s *Store) {
		s.totals = nil
		s.db.Close()
	}
	for _, tc := range []struct {
		name string
		run  func(t *testing.T, path string)
	}{
		{"killed, then another ingest", func(t *testing.T, path string) {
			a := open(t, path)
			addAll(t, a, docs[:100], 50)
			kill(a)
			r, err := Open(ctx, path, graphstore.OpenOptions{})
			if err != nil {
				t.Fatal(err)
			}
			// Pending articles are not damage.
			wantClean(t, r, graphstore.CheckFull)
			r.Close()
			b := open(t, path)
			addAll(t, b, docs[100:], 50)
			if err := b.Close(); err != nil {
				t.Fatal(err)
			}
		}},
		{"two writers, one takes the other's", func(t *testing.T, path string) {
			a, b := open(t, path), open(t, path)
			addAll(t, a, docs[:100], 50)
			addAll(t, b, docs[100:200], 50)
			if err := b.Flush(ctx); err != nil { // reads a's articles back
				t.Fatal(err)
			}
			addAll(t, a, docs[200:], 50) // a's sums hold articles b wrote: dropped
			if err := a.Close(); err != nil {
				t.Fatal(err)
			}
			if err := b.Close(); err != nil {
				t.Fatal(err)
			}
		}},
		{"a batch fails after counting", func(t *testing.T, path string) {
			a := open(t, path)
			addAll(t, a, docs[:100], 50)
			cancelled, cancel := context.WithCancel(ctx)
			cancel()
			if _, err := a.AddBatch(cancelled, counts(docs[100:150])); err == nil {
				t.Fatal("AddBatch with a cancelled context succeeded")
			}
			addAll(t, a, docs[100:], 50)
			if err := a.Close(); err != nil {
				t.Fatal(err)
			}
		}},
		{"written by the batches", func(t *testing.T, path string) {
			defer func(n int) { maxPendingEdges = n }(maxPendingEdges)
			maxPendingEdges = 10
			a := open(t, path)
			defer a.Close()
			for i := 0; i < len(docs); i += 50 {
				if _, err := a.AddBatch(ctx, counts(docs[i:i+50])); err != nil {
					t.Fatal(err)
				}
				if got := pendingRows(t, a); got != "" {
					t.Fatalf("totals_pending = %q after a batch past maxPendingEdges; want none", got)
				}
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "graph.db")
			tc.run(t, path)
			s := open(t, path)
			defer s.Close()
			if got := pendingRows(t, s); got != "" {
				t.Errorf("totals_pending = %q; want none", got)
			}
			if got := dump(t, s); !reflect.DeepEqual(got, want) {
				t.Errorf("rows differ from a clean store's: %d rows, want %d", len(got), len(want))
				for i := range min(len(got), len(want)) {
					if got[i] != want[i] {
						t.Errorf("first difference: %q, want %q", got[i], want[i])
						break
					}
				}
			}
			wantClean(t, s, graphstore.CheckFull)
		})
	}
}

// TestTotalsPendingDamage wants the full check to name a row of
// totals_pending that names no new articles.
func TestTotalsPendingDamage(t *testing.T) {
	s := openTemp(t)
	addAll(t, s, testdocs.Random(20, 3), 10)
	if _, err := s.db.Exec(`INSERT INTO totals_pending (first, last) VALUES (30, 40)`); err != nil {
		t.Fatal(err)
	}
	rep, err := s.Check(context.Background(), graphstore.CheckFull)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range rep.Problems {
		found = found || p == "totals_pending holds the articles from 30 to 40, which are not a range of the articles after the last"
	}
	if !found {
		t.Errorf("Check(full) = %q; want the bad row of totals_pending named", rep.Problems)
	}
}
