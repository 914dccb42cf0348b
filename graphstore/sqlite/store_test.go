package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/graphstore/storetest"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// TestConformance checks the contract of graphstore.Store.
func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) string { return filepath.Join(t.TempDir(), "graph.db") })
}

var create = graphstore.OpenOptions{Create: true}

func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "graph.db"), create)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func counts(docs []*extract.Doc) []graphstore.ArticleCounts {
	out := make([]graphstore.ArticleCounts, len(docs))
	for i, d := range docs {
		out[i] = graphstore.Count(d)
	}
	return out
}

func addAll(t *testing.T, s *Store, docs []*extract.Doc, batch int) {
	t.Helper()
	for i := 0; i < len(docs); i += batch {
		if _, err := s.AddBatch(context.Background(), counts(docs[i:min(i+batch, len(docs))])); err != nil {
			t.Fatal(err)
		}
	}
}

// dump returns every row of the count tables, to check that nothing changed.
func dump(t *testing.T, s *Store) []string {
	t.Helper()
	var out []string
	for _, q := range []string{
		`SELECT id || ' ' || hash FROM articles ORDER BY seq`,
		`SELECT article || ' ' || entity || ' ' || mentions || ' ' || sentences || ' ' || aliases FROM mentions ORDER BY article, entity`,
		`SELECT id || ' ' || mentions || ' ' || articles || ' ' || sources || ' ' || coalesce(first_seen, '-') || ' ' || coalesce(last_seen, '-') FROM entities ORDER BY id`,
		`SELECT entity || ' ' || name || ' ' || count FROM aliases ORDER BY entity, name`,
		`SELECT source || ' ' || target || ' ' || weight || ' ' || sentences FROM edges ORDER BY source, target`,
	} {
		rows, err := s.db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var v string
			if err := rows.Scan(&v); err != nil {
				t.Fatal(err)
			}
			out = append(out, v)
		}
		rows.Close()
	}
	return out
}

// pendingRows returns the rows of totals_pending as "first-last ...".
func pendingRows(t *testing.T, s *Store) string {
	t.Helper()
	return strings.Join(textRows(t, s, `SELECT first || '-' || last FROM totals_pending ORDER BY first`), " ")
}

// textRows returns the rows of a query of one text column.
func textRows(t *testing.T, s *Store, query string) []string {
	t.Helper()
	var out []string
	err := eachRow(context.Background(), s.db, query, func(rows *sql.Rows) error {
		var r string
		err := rows.Scan(&r)
		out = append(out, r)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestStoreRawTables(t *testing.T) {
	// Without partial names the raw tables are the graph's own counts.
	docs := []*extract.Doc{
		testdocs.Doc("1", "one", time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC), "PERSON:Ann", "ORG:Acme", "PERSON:Ann"),
		testdocs.Doc("2", "two", time.Date(2021, 2, 1, 0, 0, 0, 0, time.UTC), "PERSON:Ann", "ORG:Acme", "COUNTRY:France"),
		testdocs.Doc("3", "three", time.Time{}, "ORG:Acme"),
	}
	s := openTemp(t)
	addAll(t, s, docs[:1], 1)
	addAll(t, s, docs[1:], 2)
	// The batches leave their totals pending (articles 1, then 2 and 3)
	// until the store writes them, once.
	if got := dump(t, s)[3+6:]; len(got) > 0 {
		t.Errorf("raw tables before Flush: %q; want none", got)
	}
	if got, want := pendingRows(t, s), "1-1 2-3"; got != want {
		t.Errorf("totals_pending = %q; want %q", got, want)
	}
	if err := s.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := pendingRows(t, s); got != "" {
		t.Errorf("totals_pending = %q after Flush; want none", got)
	}
	all := dump(t, s)
	if got, want := all[3:5], []string{`1 ORG:Acme 1 [1] {"Acme":1}`, `1 PERSON:Ann 2 [0,2] {"Ann":2}`}; !reflect.DeepEqual(got, want) {
		t.Errorf("mention rows of article 1:\ngot  %q\nwant %q", got, want)
	}
	got := all[3+6:] // past the 3 articles and 2+3+1 mention rows
	want := []string{
		"COUNTRY:France 1 1 0 2021-02-01T00:00:00.000000000Z 2021-02-01T00:00:00.000000000Z",
		"ORG:Acme 3 3 1 2021-02-01T00:00:00.000000000Z 2021-03-01T00:00:00.000000000Z",
		"PERSON:Ann 3 2 2 2021-02-01T00:00:00.000000000Z 2021-03-01T00:00:00.000000000Z",
		"COUNTRY:France France 1",
		"ORG:Acme Acme 3",
		"PERSON:Ann Ann 3",
		"COUNTRY:France ORG:Acme 1 0",
		"COUNTRY:France PERSON:Ann 1 0",
		"ORG:Acme PERSON:Ann 2 0",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("raw tables:\ngot  %q\nwant %q", got, want)
	}
	// Adding the same articles again changes no row.
	addAll(t, s, docs, 3)
	if again := dump(t, s); !reflect.DeepEqual(again, all) {
		t.Errorf("re-adding changed the tables:\ngot  %q\nwant %q", again, all)
	}
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 3 || st.Entities != 3 || st.Mentions != 6 || st.Edges != 3 || st.Bytes < 4096 {
		t.Errorf("Stats() = %+v, want 3 articles, 3 entities, 6 mentions, 3 edges and some bytes", st)
	}
}

func TestOpenRefuses(t *testing.T) {
	dir := t.TempDir()

	newer := filepath.Join(dir, "newer.db")
	s, err := Open(context.Background(), newer, create)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(`UPDATE schema_version SET version = ?`, SchemaVersion+1); err != nil {
		t.Fatal(err)
	}
	s.Close()

	other := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE t (x)`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	text := filepath.Join(dir, "text.db")
	if err := os.WriteFile(text, []byte("this is not a database, not even close; it is some text that is long enough\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		path string
		want error
	}{
		{newer, graphstore.ErrNewerSchema},
		{other, graphstore.ErrNotStore},
		{text, graphstore.ErrNotStore},
	}
	for _, tt := range tests {
		s, err := Open(context.Background(), tt.path, create)
		if err == nil {
			s.Close()
		}
		if !errors.Is(err, tt.want) {
			t.Errorf("Open(%s) = %v, want %v", filepath.Base(tt.path), err, tt.want)
		}
	}
	// The foreign database is left as it was.
	db, err = sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var mode string
	if err := db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "delete" {
		t.Errorf("journal mode of a foreign database = %q, %v; want delete", mode, err)
	}
	if _, err := Open(context.Background(), filepath.Join(dir, "absent.db"), graphstore.OpenOptions{}); !errors.Is(err, graphstore.ErrNotExist) {
		t.Errorf("Open(absent) = %v, want ErrNotExist", err)
	}
}

// BenchmarkStoreAddBatch measures the store alone: articles written per
// second in batches of 500, without extraction.
func BenchmarkStoreAddBatch(b *testing.B) {
	batch := counts(testdocs.Random(5000, 11))
	n := 0
	for b.Loop() {
		b.StopTimer()
		s, err := Open(context.Background(), filepath.Join(b.TempDir(), "graph.db"), create)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for i := 0; i < len(batch); i += 500 {
			res, err := s.AddBatch(context.Background(), batch[i:min(i+500, len(batch))])
			if err != nil {
				b.Fatal(err)
			}
			n += res.Added
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkStoreGraph measures loading a store's articles back into a graph.
func BenchmarkStoreGraph(b *testing.B) {
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), "graph.db"), create)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := s.AddBatch(context.Background(), counts(testdocs.Random(5000, 11))); err != nil {
		b.Fatal(err)
	}
	n := 0
	for b.Loop() {
		g, err := s.Graph(context.Background(), time.Time{}, time.Time{})
		if err != nil {
			b.Fatal(err)
		}
		n += g.Len()
		g.NumEdges() // finalizes
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// wantClean runs a check and fails t on any problem.
func wantClean(t *testing.T, s *Store, level graphstore.CheckLevel) {
	t.Helper()
	rep, err := s.Check(context.Background(), level)
	if err != nil || len(rep.Problems) > 0 {
		t.Errorf("Check(%v) = %q, %v; want no problems", level, rep.Problems, err)
	}
}

func loadAll(t *testing.T, s *Store) *graphstore.Graph {
	t.Helper()
	g, err := s.Graph(context.Background(), time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestCacheManyEdges writes more edges than one insert statement takes.
func TestCacheManyEdges(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	var docs []*extract.Doc
	for d := range 3 {
		var names []string
		for i := range 25 + d {
			names = append(names, fmt.Sprintf("ORG:Org %02d", (i*7+d)%40))
		}
		docs = append(docs, testdocs.Doc(fmt.Sprint(d), fmt.Sprint(d), time.Time{}, names...))
	}
	addAll(t, s, docs, 10)
	if _, err := s.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	cq, cached, err := s.Querier(ctx, time.Time{}, time.Time{})
	if err != nil || !cached {
		t.Fatalf("Querier: cached %v, %v", cached, err)
	}
	g, err := s.Graph(ctx, time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if n := g.NumEdges(); n < 250 {
		t.Fatalf("only %d edges; the test wants more than two statements' worth", n)
	}
	for _, n := range g.Nodes() {
		got, err := cq.Neighbors(ctx, n.ID)
		if err != nil {
			t.Fatal(err)
		}
		if want := g.Neighbors(n.ID); !reflect.DeepEqual(got, want) {
			t.Errorf("Neighbors(%s): cache says %d neighbors, graph %d, or they differ", n.ID, len(got), len(want))
		}
	}
}

func TestPathOf(t *testing.T) {
	tests := []struct{ target, want string }{
		{"graph.db", "graph.db"},
		{"/var/lib/graph.db", "/var/lib/graph.db"},
		{"sqlite:graph.db", "graph.db"},
		{"SQLite:graph.db", "graph.db"},
		{"sqlite:///var/lib/graph.db", "/var/lib/graph.db"},
		{"sqlite://graph.db", "graph.db"},
		{"sqlite:", "sqlite:"},
	}
	for _, tt := range tests {
		if got := pathOf(tt.target); got != tt.want {
			t.Errorf("pathOf(%q) = %q, want %q", tt.target, got, tt.want)
		}
	}
}

// TestPathNoPath: two entities in separate parts of the graph have no path,
// and the cache says so as the graph does.
func TestPathNoPath(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	docs := []*extract.Doc{
		testdocs.Doc("1", "one", time.Time{}, "ORG:A", "ORG:B"),
		testdocs.Doc("2", "two", time.Time{}, "ORG:C", "ORG:D"),
		testdocs.Doc("3", "three", time.Time{}, "ORG:E"),
	}
	addAll(t, s, docs, 3)
	if _, err := s.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	q, cached, err := s.Querier(ctx, time.Time{}, time.Time{})
	if err != nil || !cached {
		t.Fatalf("Querier: cached %v, %v", cached, err)
	}
	g := loadAll(t, s)
	if got, err := q.ArticlesOf(ctx); err != nil || !reflect.DeepEqual(got, g.Articles()) {
		t.Errorf("ArticlesOf() = %v, %v; want every article, %v", got, err, g.Articles())
	}
	for _, p := range [][2]string{{"ORG:A", "ORG:D"}, {"ORG:E", "ORG:B"}, {"ORG:A", "ORG:B"}} {
		got, gerr := q.Path(ctx, p[0], p[1])
		want, werr := g.Path(p[0], p[1])
		if fmt.Sprint(gerr) != fmt.Sprint(werr) || !reflect.DeepEqual(got, want) {
			t.Errorf("Path(%s, %s): cache %v, %v; graph %v, %v", p[0], p[1], got, gerr, want, werr)
		}
	}
}

// TestCacheQuerierAfterBatch asks a querier made when the cache was fresh
// after another batch has been added without a refresh, as a server does
// between its rechecks: it answers as the cache does, for the articles the
// cache counts, rather than mixing the new rows in and calling the store
// damaged ("the mentions of ... are in 5 articles; its node counts 3").
func TestCacheQuerierAfterBatch(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	var docs []*extract.Doc
	for i := range 6 {
		docs = append(docs, testdocs.Doc(fmt.Sprint(i), fmt.Sprintf("text %d", i), time.Time{},
			"PERSON:Ann Vell", fmt.Sprintf("ORG:Org %d", i%2), fmt.Sprintf("COUNTRY:C%d", i)))
	}
	addAll(t, s, docs[:3], 3)
	if _, err := s.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	cq, cached, err := s.Querier(ctx, time.Time{}, time.Time{})
	if err != nil || !cached {
		t.Fatalf("Querier: cached %v, %v", cached, err)
	}
	old := loadAll(t, s)
	addAll(t, s, docs[3:], 3)
	for _, n := range old.Nodes() {
		got, err := cq.Neighbors(ctx, n.ID)
		if err != nil {
			t.Fatalf("Neighbors(%s) after a batch: %v", n.ID, err)
		}
		if want := old.Neighbors(n.ID); !reflect.DeepEqual(got, want) {
			t.Errorf("Neighbors(%s) after a batch: %v, want the cache's %v", n.ID, got, want)
		}
		arts, err := cq.ArticlesOf(ctx, n.ID)
		if err != nil {
			t.Fatalf("ArticlesOf(%s) after a batch: %v", n.ID, err)
		}
		if want := old.ArticlesOf(n.ID); !reflect.DeepEqual(arts, want) {
			t.Errorf("ArticlesOf(%s) after a batch: %v, want the cache's %v", n.ID, arts, want)
		}
	}
	if got, err := cq.ArticlesOf(ctx); err != nil || !reflect.DeepEqual(got, old.Articles()) {
		t.Errorf("ArticlesOf() after a batch = %v, %v; want the cache's %v", got, err, old.Articles())
	}
}
