package postgres

import (
	"context"
	"fmt"
	"net/url"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testenv"
)

var schemaSeq atomic.Int64

// freshTarget returns the URL of a store in a schema of its own, which does
// not exist yet and is dropped when the test ends.
func freshTarget(t testing.TB) string {
	t.Helper()
	base := testenv.Postgres(t)
	schema := fmt.Sprintf("test_%d_%d", time.Now().UnixNano()%1e9, schemaSeq.Add(1))
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", testenv.PostgresURL, err)
	}
	q := u.Query()
	q.Set("schema", schema)
	u.RawQuery = q.Encode()
	t.Cleanup(func() {
		conn, err := pgx.Connect(context.Background(), base)
		if err != nil {
			t.Logf("drop schema %s: %v", schema, err)
			return
		}
		defer conn.Close(context.Background())
		if _, err := conn.Exec(context.Background(), `DROP SCHEMA IF EXISTS `+schema+` CASCADE`); err != nil {
			t.Logf("drop schema %s: %v", schema, err)
		}
	})
	return u.String()
}

// admin connects to the test server's database, for tests that look at or
// change a store's tables behind its back.
func admin(t testing.TB) *pgx.Conn {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), testenv.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

// schemaOf returns the schema a target names.
func schemaOf(t testing.TB, target string) string {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	return u.Query().Get("schema")
}

var create = graphstore.OpenOptions{Create: true}

func openNew(t testing.TB) (*Store, string) {
	t.Helper()
	target := freshTarget(t)
	s, err := Open(context.Background(), target, create)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, target
}

func counts(docs []*extract.Doc) []graphstore.ArticleCounts {
	out := make([]graphstore.ArticleCounts, len(docs))
	for i, d := range docs {
		out[i] = graphstore.Count(d)
	}
	return out
}

func addAll(t testing.TB, s graphstore.Store, docs []*extract.Doc, batch int) {
	t.Helper()
	for i := 0; i < len(docs); i += batch {
		if _, err := s.AddBatch(context.Background(), counts(docs[i:min(i+batch, len(docs))])); err != nil {
			t.Fatal(err)
		}
	}
}
