package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/graphstore/storetest"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// The schema versions of the history: 1 the first release, 2 the cache (what
// nergraph v1 writes), 3 the relations, 4 the checksums and the cache a
// refresh updates (with link tallies, 5 with links in articles' own
// contexts, 6 with the mentions' unsure flag, 7 with a cache that leaves
// out nodes all of whose entities are unsure); "dev3" the version 3 a
// development build wrote, with the checksums and without the relations.
var oldVersions = []string{"1", "2", "3", "dev3", "4", "5", "6", "7", "8"}

// withoutRelations returns copies of docs without their relations, as a
// store of a schema without them kept them.
func withoutRelations(docs []*extract.Doc) []*extract.Doc {
	out := make([]*extract.Doc, len(docs))
	for i, d := range docs {
		c := *d
		c.Relations = nil
		out[i] = &c
	}
	return out
}

// keepsRelations reports whether a store of the old version kept relations.
func keepsRelations(version string) bool {
	return version == "3" || version == "4" || version == "5" || version == "6" || version == "7" || version == "8"
}

// cacheKept reports whether the cache of a store of the old version is
// read as it is: none is since version 9, which records the rules a cache
// was computed with. The caches of versions 5 to 8 are of today's form
// (5's only lacks the unsure flag of the mentions, which its rows need not,
// all sure), but their rules are unknown: readers load the graph and the
// next refresh computes the cache from nothing.
func cacheKept(string) bool { return false }

// versionOf is the number a store of the old version has in schema_version.
func versionOf(version string) int {
	return map[string]int{"1": 1, "2": 2, "3": 3, "dev3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8}[version]
}

// oldStore writes docs into a store of an older schema version and returns
// its path: it adds them to a store of this version, whose tables of counts
// are those of the older versions, and takes away what the later versions
// added. The cache of versions 2 and 3, of a form this version does not
// read, is empty; the development build's, of today's form, is fresh.
func oldStore(t *testing.T, version string, docs []*extract.Doc) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "v"+version+".db")
	s, err := Open(context.Background(), path, create)
	if err != nil {
		t.Fatal(err)
	}
	addAll(t, s, docs, 50)
	if _, err := s.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// No version before 9 recorded the rules of its cache.
	unrecordRules(t, db)
	// Version 4's tables of counts and checksums are today's; its cache kept
	// link tallies instead of links in articles' own contexts.
	v4 := `DROP TABLE graph_article_links;
		CREATE TABLE link_tallies (id TEXT PRIMARY KEY, articles INTEGER NOT NULL, tally BLOB NOT NULL, sum INTEGER NOT NULL) WITHOUT ROWID;`
	// Version 5 is today's but for the mentions' unsure flag, which no
	// older version had.
	v5 := `DROP INDEX mentions_unsure; ALTER TABLE mentions DROP COLUMN unsure;`
	// Versions 6 and 7 are today's but for totals_pending: their totals were
	// written by every batch, and today's Close wrote them all.
	v5 = `DROP TABLE totals_pending;` + v5
	down := v5 + `ALTER TABLE articles DROP COLUMN relations_sum;`
	switch version {
	case "8":
		down = ``
	case "6", "7":
		// Versions 6 and 7 are today's but for totals_pending; 6's cache
		// rule differs only for unsure rows, which these stores lack.
		down = `DROP TABLE totals_pending;`
	case "5":
		down = v5
	case "4":
		down = v5 + v4
	case "dev3":
		down += v4 + `DROP TABLE relations;`
	default:
		down += `DROP TABLE store_sums;
		ALTER TABLE articles DROP COLUMN mentions_sum;
		ALTER TABLE articles DROP COLUMN sum;
		DROP VIEW graph_links;
		DROP TABLE graph_state; DROP TABLE graph_nodes; DROP TABLE graph_names; DROP TABLE graph_edges;
		DROP TABLE graph_canonical; DROP TABLE graph_article_links; DROP TABLE node_tallies;`
		if version != "1" {
			down += migrations[1]
		}
		if !keepsRelations(version) {
			down += `DROP TABLE relations;`
		}
	}
	if _, err := db.Exec(down + `PRAGMA journal_mode = DELETE;`); err != nil {
		t.Fatal(err)
	}
	if version == "dev3" {
		dev3Sums(t, db)
	}
	if _, err := db.Exec(`UPDATE schema_version SET version = ?`, versionOf(version)); err != nil {
		t.Fatal(err)
	}
	return path
}

// unrecordRules takes the rules column of version 9 out of graph_state,
// with the checksum of the row as version 8 wrote it.
func unrecordRules(t *testing.T, db *sql.DB) {
	t.Helper()
	var c cacheState
	err := db.QueryRow(`SELECT articles, max_seq, nodes, node_sum, next_num FROM graph_state`).Scan(&c.articles, &c.maxSeq,
		&c.nodes.rows, &c.nodes.sum, &c.nextNum)
	switch {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		t.Fatal(err)
	default:
		if _, err := db.Exec(`UPDATE graph_state SET sum = ?`, c.sum()); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Exec(`ALTER TABLE graph_state DROP COLUMN rules`); err != nil {
		t.Fatal(err)
	}
}

// dev3Sums gives the articles of db the checksums of the development
// build's version 3, whose article rows had no relations_sum.
func dev3Sums(t *testing.T, db *sql.DB) {
	t.Helper()
	var all setSum
	var rows []articleRow
	err := eachRow(context.Background(), db, `SELECT `+articleCols+`, a.mentions_sum, 0, a.sum FROM articles a`, func(sc *sql.Rows) error {
		var a articleRow
		var sum int64
		err := scanArticle(sc, &a, &sum)
		rows = append(rows, a)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range rows {
		sum := rowSum(a.seq, a.id, a.hash, a.title, a.date, a.utc, a.source, a.url, a.tokens, a.sentences, a.ingested, a.mentionsSum)
		all.add(sum)
		if _, err := db.Exec(`UPDATE articles SET sum = ? WHERE seq = ?`, sum, a.seq); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Exec(`UPDATE store_sums SET rows = ?, sum = ?`, all.rows, all.sum); err != nil {
		t.Fatal(err)
	}
}

// schemaFor is the schema of a store of the old version, as its own
// migrations made it.
func schemaFor(t *testing.T, version string) string {
	t.Helper()
	db, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "schema.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	steps := migrations[:versionOf(version)]
	if version == "dev3" {
		// The development build's version 3 was this version 4 without the
		// relations of version 3.
		steps = []string{migrations[0], migrations[1], migrations[3] + `ALTER TABLE articles DROP COLUMN relations_sum;`}
	}
	for _, step := range steps {
		if _, err := db.Exec(step); err != nil {
			t.Fatal(err)
		}
	}
	return schemaOf(t, db)
}

// TestOldSchemas opens stores of every older schema version. For reading,
// they are read as they are and left unchanged (but the development build's
// version 3, which is refused with a message). For writing, they are
// migrated to today's version, with checksums, keep their articles and relations,
// answer from a refreshed cache as the graph does, and take more articles
// with their relations.
func TestOldSchemas(t *testing.T) {
	ctx := context.Background()
	docs := testdocs.Random(160, 4)
	old, more := docs[:120], docs[120:]
	for _, version := range oldVersions {
		t.Run("v"+version, func(t *testing.T) {
			kept := old
			if !keepsRelations(version) {
				kept = withoutRelations(old)
			}
			want := graphstore.New()
			for _, d := range kept {
				want.Add(d)
			}
			path := oldStore(t, version, old)
			db, err := sql.Open("sqlite", path)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := schemaOf(t, db), schemaFor(t, version); got != want {
				t.Fatalf("the store made to look like version %s has the schema\n%s\nwant\n%s", version, got, want)
			}
			db.Close()
			readOld(t, path, version, want)

			s, err := Open(ctx, path, create)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			var v int
			if err := s.db.QueryRow(`SELECT version FROM schema_version`).Scan(&v); err != nil || v != SchemaVersion {
				t.Fatalf("version after Open = %d, %v; want %d", v, err, SchemaVersion)
			}
			// No cache older than version 5 is of today's form: version
			// 4's (and the development build's) linked by per-id tallies,
			// and the migration to version 5 empties it. Version 5's is,
			// as its articles are all sure (the unsure flag of version 6).
			if fresh, err := s.Fresh(ctx); err != nil || fresh != cacheKept(version) {
				t.Errorf("Fresh() = %v, %v on a migrated store; want %v", fresh, err, cacheKept(version))
			}
			storetest.SameGraph(t, loadAll(t, s), want)
			if _, err := s.Refresh(ctx); err != nil {
				t.Fatal(err)
			}
			wantAnswers(t, s, want)
			wantClean(t, s, graphstore.CheckFull)

			addAll(t, s, more, 20)
			if _, err := s.Refresh(ctx); err != nil {
				t.Fatal(err)
			}
			for _, d := range more {
				want.Add(d)
			}
			storetest.SameGraph(t, loadAll(t, s), want)
			wantAnswers(t, s, want)
			wantClean(t, s, graphstore.CheckFull)
			var n int
			if err := s.db.QueryRow(`SELECT count(*) FROM relations`).Scan(&n); err != nil || n == 0 {
				t.Errorf("%d relation rows, %v; want those of the articles added after the migration", n, err)
			}
		})
	}
}

// readOld reads a store of an old version for reading only, as export and
// query do, and wants the graph of want, no cache, and the file unchanged.
func readOld(t *testing.T, path, version string, want *graphstore.Graph) {
	t.Helper()
	ctx := context.Background()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Open(ctx, path, graphstore.OpenOptions{})
	if version == "dev3" {
		if err == nil || !strings.Contains(err.Error(), "development build") {
			t.Errorf("read-only open of the development build's version 3: %v; want it refused, saying why", err)
		}
		if err == nil {
			r.Close()
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	storetest.SameGraph(t, loadAll(t, r), want)
	if q, cached, err := r.Querier(ctx, time.Time{}, time.Time{}); err != nil || cached != cacheKept(version) || q == nil {
		t.Errorf("Querier() of an old store read-only: cached %v, %v; want %v", cached, err, cacheKept(version))
	}
	if st, err := r.Stats(ctx); err != nil || (st.Relations > 0) != keepsRelations(version) {
		t.Errorf("Stats() = %+v, %v", st, err)
	}
	if _, err := r.Refresh(ctx); !cacheKept(version) && !errors.Is(err, graphstore.ErrReadOnly) || cacheKept(version) && err != nil {
		t.Errorf("Refresh() read-only: %v, want ErrReadOnly for a cache to compute, nil for a fresh one", err)
	}
	r.Close()
	if after, err := os.ReadFile(path); err != nil || !bytes.Equal(before, after) {
		t.Errorf("reading an old store changed its file (%v)", err)
	}
}

// wantAnswers wants the cache of s to answer as the graph g does.
func wantAnswers(t *testing.T, s *Store, g *graphstore.Graph) {
	t.Helper()
	q, cached, err := s.Querier(context.Background(), time.Time{}, time.Time{})
	if err != nil || !cached {
		t.Fatalf("Querier() cached %v, %v", cached, err)
	}
	storetest.SameAnswers(t, q, graphstore.QuerierOf(g), g)
}

// TestMigrateRealV2 migrates a store that nergraph v1 itself wrote, of
// testdata/articles, when NERGRAPH_V1 names its binary: the schema is
// version 2's, the graph read from it as it is equals the graph after the
// migration, and the cache then answers as that graph does.
func TestMigrateRealV2(t *testing.T) {
	bin := os.Getenv("NERGRAPH_V1")
	if bin == "" {
		t.Skip("NERGRAPH_V1 names no nergraph v1 binary (e.g. /work/baseline/nergraph-v1) to write a store of version 2")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	if out, err := exec.Command(bin, "ingest", "-q", "--db", path, "../../testdata/articles").CombinedOutput(); err != nil {
		t.Fatalf("nergraph v1 ingest: %v\n%s", err, out)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := schemaOf(t, db), schemaFor(t, "2"); got != want {
		t.Errorf("nergraph v1 wrote the schema\n%s\nwant version 2's\n%s", got, want)
	}
	db.Close()
	r, err := Open(ctx, path, graphstore.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := loadAll(t, r)
	r.Close()
	if want.NumNodes() == 0 {
		t.Fatal("the v1 store holds no nodes: the test tests nothing")
	}
	s, err := Open(ctx, path, create)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	storetest.SameGraph(t, loadAll(t, s), want)
	if _, err := s.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	wantAnswers(t, s, want)
	wantClean(t, s, graphstore.CheckFull)
}

// TestMigrateUnsureCache: a store of version 6 with unsure rows has a cache
// that counted their nodes. Read-only, it answers from the graph; opened
// for writing, the migration to version 7 empties the cache (and 8 adds
// totals_pending), and the next
// refresh computes one that answers as the graph does.
func TestMigrateUnsureCache(t *testing.T) {
	ctx := context.Background()
	docs := testdocs.UnsureCopies(testdocs.Random(120, 6))
	want := graphstore.New()
	for _, d := range docs {
		want.Add(d)
	}
	if want.UnsureNodes() == 0 {
		t.Fatal("no node left out as unsure: the docs test nothing")
	}
	path := filepath.Join(t.TempDir(), "v6.db")
	s, err := Open(ctx, path, create)
	if err != nil {
		t.Fatal(err)
	}
	addAll(t, s, docs, 40)
	if _, err := s.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	// Version 6 had no totals_pending (the refresh above left it empty),
	// nor the rules of version 9.
	unrecordRules(t, s.db)
	if _, err := s.db.Exec(`DROP TABLE totals_pending; UPDATE schema_version SET version = 6`); err != nil {
		t.Fatal(err)
	}
	s.Close()

	r, err := Open(ctx, path, graphstore.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	q, cached, err := r.Querier(ctx, time.Time{}, time.Time{})
	if err != nil || cached {
		t.Fatalf("Querier() of version 6 with unsure rows, read-only: cached %v, %v; want the graph", cached, err)
	}
	storetest.SameAnswers(t, q, graphstore.QuerierOf(want), want)
	r.Close()

	s, err = Open(ctx, path, create)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if fresh, err := s.Fresh(ctx); err != nil || fresh {
		t.Errorf("Fresh() = %v, %v after the migration; want the cache emptied", fresh, err)
	}
	if _, err := s.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	wantAnswers(t, s, want)
	wantClean(t, s, graphstore.CheckFull)
}
