package postgres

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// TestOpenRefuses opens schemas that are not stores this package may use,
// and wants a clear error for each, leaving them as they were.
func TestOpenRefuses(t *testing.T) {
	ctx := context.Background()
	conn := admin(t)
	tests := []struct {
		name    string
		setup   string // SQL run in the store's schema after a store is made there, or instead when foreign
		foreign bool
		want    error
		says    string
	}{
		{"newer", `UPDATE schema_version SET version = version + 1`, false, graphstore.ErrNewerSchema, "upgrade nergraph"},
		{"dropped table", `DROP TABLE edges`, false, graphstore.ErrNotStore, "table edges is missing"},
		{"changed column", `ALTER TABLE mentions DROP COLUMN aliases`, false, graphstore.ErrNotStore, "table mentions has columns"},
		{"two versions", `INSERT INTO schema_version VALUES (1)`, false, graphstore.ErrNotStore, "schema_version has 2 rows"},
		{"no counter", `DELETE FROM batch_counter`, false, graphstore.ErrNotStore, "batch_counter"},
		{"foreign", `CREATE TABLE customers (id int)`, true, graphstore.ErrNotStore, "holds other tables (customers)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			target := freshTarget(t)
			schema := schemaOf(t, target)
			if tt.foreign {
				if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
					t.Fatal(err)
				}
			} else {
				s, err := Open(ctx, target, create)
				if err != nil {
					t.Fatal(err)
				}
				s.Close()
			}
			if _, err := conn.Exec(ctx, `SET search_path TO `+schema+`; `+tt.setup+`; RESET search_path`); err != nil {
				t.Fatal(err)
			}
			for _, opts := range []graphstore.OpenOptions{{}, create} {
				s, err := Open(ctx, target, opts)
				if err == nil {
					s.Close()
				}
				if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.says) {
					t.Errorf("Open(create %v) = %v; want %v saying %q", opts.Create, err, tt.want, tt.says)
				}
			}
			if tt.foreign {
				var n int
				if err := conn.QueryRow(ctx, `SELECT count(*) FROM pg_tables WHERE schemaname = $1`, schema).Scan(&n); err != nil || n != 1 {
					t.Errorf("the foreign schema holds %d tables (%v), want its 1", n, err)
				}
			}
		})
	}
}

// TestReadOnly: a store opened without Create reads, refuses to write, and
// never creates a schema; PostgreSQL itself refuses a write in its
// transactions.
func TestReadOnly(t *testing.T) {
	ctx := context.Background()
	target := freshTarget(t)
	if _, err := Open(ctx, target, graphstore.OpenOptions{}); !errors.Is(err, graphstore.ErrNotExist) {
		t.Fatalf("Open of a missing store: %v, want ErrNotExist", err)
	}
	var n int
	if err := admin(t).QueryRow(ctx, `SELECT count(*) FROM pg_namespace WHERE nspname = $1`, schemaOf(t, target)).Scan(&n); err != nil || n != 0 {
		t.Fatalf("a read-only Open left %d schemas (%v), want none", n, err)
	}
	w, err := Open(ctx, target, create)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	addAll(t, w, testdocs.Random(20, 1), 10)
	r, err := Open(ctx, target, graphstore.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if g, err := r.Graph(ctx, time.Time{}, time.Time{}); err != nil || g.Len() == 0 {
		t.Errorf("Graph() read-only: %d articles, %v", g.Len(), err)
	}
	if _, err := r.AddBatch(ctx, counts(testdocs.Random(25, 2)[20:])); !errors.Is(err, graphstore.ErrReadOnly) {
		t.Errorf("AddBatch on a read-only store: %v, want ErrReadOnly", err)
	}
	if _, err := r.Refresh(ctx); !errors.Is(err, graphstore.ErrReadOnly) {
		t.Errorf("Refresh of a stale cache on a read-only store: %v, want ErrReadOnly", err)
	}
	// The server refuses a write in a read-only store's transactions.
	_, err = r.pool.Exec(ctx, `INSERT INTO schema_version VALUES (9)`)
	if err == nil || !errors.Is(explain(ctx, err), graphstore.ErrReadOnly) {
		t.Errorf("a write through the read-only pool: %v, want PostgreSQL's refusal as ErrReadOnly", err)
	}
	if _, err := Open(ctx, target, graphstore.OpenOptions{ReadOnly: true, Create: true}); err == nil {
		t.Error("read-only with create succeeded")
	}
}

// TestBadTargets: URLs that cannot name a store fail before connecting,
// without showing a password.
func TestBadTargets(t *testing.T) {
	for _, target := range []string{
		"postgres://me:s3cret@127.0.0.1:1/db?schema=Bad-Name",
		"postgres://me:s3cret@127.0.0.1:1/db?schema=" + strings.Repeat("x", 64),
		"postgres://me:s3cret@127.0.0.1:1/db?sslmode=sometimes",
	} {
		_, err := Open(context.Background(), target, create)
		if err == nil || strings.Contains(err.Error(), "s3cret") {
			t.Errorf("Open(%s) = %v; want an error without the password", redact(target), err)
		}
	}
}
