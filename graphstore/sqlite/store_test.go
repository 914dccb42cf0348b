package graphstore

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/nergraph/nergraph/extract"
)

// fakeDoc makes a document about the given entities; each name is
// "type:Name" and every mention is in sentence i%3.
func fakeDoc(id, text string, date time.Time, names ...string) *extract.Doc {
	sum := sha256.Sum256([]byte(text))
	doc := &extract.Doc{
		Article: extract.Article{ID: id, Title: "T " + id, Text: text, Date: date, Source: "src", URL: "http://x/" + id},
		Text:    text, Hash: hex.EncodeToString(sum[:]), Tokens: 10, Sentences: 3,
	}
	byID := map[string]int{}
	for i, n := range names {
		var typ, name string
		for j := range n {
			if n[j] == ':' {
				typ, name = n[:j], n[j+1:]
				break
			}
		}
		eid := typ + ":" + name
		k, ok := byID[eid]
		if !ok {
			k = len(doc.Entities)
			byID[eid] = k
			doc.Entities = append(doc.Entities, extract.Entity{ID: eid, Name: name, Type: extract.Type(typ)})
		}
		m := extract.Mention{Text: name, Name: name, Sentence: i % 3}
		if i == 0 {
			m.Role = extract.RoleSource
		}
		doc.Entities[k].Mentions = append(doc.Entities[k].Mentions, m)
	}
	return doc
}

// randomDocs makes n documents over a small vocabulary, some dated, some
// with partial names, some duplicated by id or by text.
func randomDocs(n int, seed uint64) []*extract.Doc {
	r := rand.New(rand.NewPCG(seed, 1))
	vocab := []string{"PERSON:Vladimir Putin", "PERSON:Putin", "PERSON:Kim Jong Un", "COUNTRY:Russia",
		"COUNTRY:North Korea", "ORG:Reuters", "ORG:KCNA", "LOCATION:Pyongyang", "PERSON:Zürich \"x\"", "ORG:AT&T"}
	var docs []*extract.Doc
	for i := range n {
		var names []string
		for range r.IntN(7) {
			names = append(names, vocab[r.IntN(len(vocab))])
		}
		var date time.Time
		if r.IntN(4) > 0 {
			date = time.Date(2020, 1, 1+r.IntN(60), r.IntN(24), 0, 0, 0, time.UTC)
		}
		text := fmt.Sprintf("text %d", i)
		if r.IntN(20) == 0 {
			text = "text 0" // same text as article 0
		}
		doc := fakeDoc(fmt.Sprintf("a%d", i), text, date, names...)
		for k := range doc.Entities {
			doc.Entities[k].Partial = doc.Entities[k].ID == "PERSON:Putin"
		}
		docs = append(docs, doc)
	}
	return docs
}

func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "graph.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func addAll(t *testing.T, s *Store, docs []*extract.Doc, batch int) BatchResult {
	t.Helper()
	var total BatchResult
	for i := 0; i < len(docs); i += batch {
		res, err := s.AddBatch(docs[i:min(i+batch, len(docs))])
		if err != nil {
			t.Fatal(err)
		}
		total.Added += res.Added
		total.Skipped = append(total.Skipped, res.Skipped...)
	}
	return total
}

func sameGraph(t *testing.T, got, want *Graph) {
	t.Helper()
	if !reflect.DeepEqual(got.Articles(), want.Articles()) {
		t.Errorf("articles differ:\ngot  %v\nwant %v", got.Articles(), want.Articles())
	}
	if g, w := nodesOf(got), nodesOf(want); !reflect.DeepEqual(g, w) {
		t.Errorf("nodes differ:\ngot  %+v\nwant %+v", g, w)
	}
	if g, w := edgesOf(got), edgesOf(want); !reflect.DeepEqual(g, w) {
		t.Errorf("edges differ:\ngot  %+v\nwant %+v", g, w)
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

func TestStoreGraphEqualsBuild(t *testing.T) {
	docs := randomDocs(300, 7)
	want := New()
	for _, d := range docs {
		want.Add(d)
	}
	for _, batch := range []int{1, 7, 1000} {
		t.Run(fmt.Sprint("batch", batch), func(t *testing.T) {
			s := openTemp(t)
			res := addAll(t, s, docs, batch)
			if res.Added != want.Len() {
				t.Errorf("added %d, want %d", res.Added, want.Len())
			}
			if got := len(res.Skipped); got != len(docs)-want.Len() {
				t.Errorf("skipped %d, want %d", got, len(docs)-want.Len())
			}
			g, err := s.Graph(time.Time{}, time.Time{})
			if err != nil {
				t.Fatal(err)
			}
			sameGraph(t, g, want)

			before := dump(t, s)
			again := addAll(t, s, docs, batch)
			if again.Added != 0 || len(again.Skipped) != len(docs) {
				t.Errorf("re-ingest added %d, skipped %d; want 0, %d", again.Added, len(again.Skipped), len(docs))
			}
			if after := dump(t, s); !reflect.DeepEqual(after, before) {
				t.Errorf("re-ingest changed the store")
			}
		})
	}
}

func TestStoreRawTables(t *testing.T) {
	// Without partial names the raw tables are the graph's own counts.
	docs := []*extract.Doc{
		fakeDoc("1", "one", time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC), "PERSON:Ann", "ORG:Acme", "PERSON:Ann"),
		fakeDoc("2", "two", time.Date(2021, 2, 1, 0, 0, 0, 0, time.UTC), "PERSON:Ann", "ORG:Acme", "COUNTRY:France"),
		fakeDoc("3", "three", time.Time{}, "ORG:Acme"),
	}
	s := openTemp(t)
	addAll(t, s, docs[:1], 1)
	addAll(t, s, docs[1:], 2)
	got := dump(t, s)[3+6:] // past the 3 articles and 2+3+1 mention rows
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
	st, err := s.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 3 || st.Entities != 3 || st.Mentions != 6 || st.Edges != 3 || st.Bytes < 4096 {
		t.Errorf("Stats() = %+v, want 3 articles, 3 entities, 6 mentions, 3 edges and some bytes", st)
	}
}

func TestStoreSkipped(t *testing.T) {
	s := openTemp(t)
	d := time.Time{}
	addAll(t, s, []*extract.Doc{fakeDoc("a", "alpha", d, "ORG:X")}, 1)
	tests := []struct {
		name string
		docs []*extract.Doc
		want []Skipped
	}{
		{"same id", []*extract.Doc{fakeDoc("a", "other", d)}, []Skipped{{ID: "a", Dup: "a", Same: "id"}}},
		{"same text", []*extract.Doc{fakeDoc("b", "alpha", d)}, []Skipped{{ID: "b", Dup: "a", Same: "text"}}},
		{"in batch", []*extract.Doc{fakeDoc("c", "gamma", d), fakeDoc("c", "delta", d), fakeDoc("e", "gamma", d)},
			[]Skipped{{ID: "c", Dup: "c", Same: "id"}, {ID: "e", Dup: "c", Same: "text"}}},
		{"new", []*extract.Doc{fakeDoc("f", "phi", d)}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := s.AddBatch(tt.docs)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(res.Skipped, tt.want) {
				t.Errorf("skipped %+v, want %+v", res.Skipped, tt.want)
			}
			if res.Added != len(tt.docs)-len(tt.want) {
				t.Errorf("added %d, want %d", res.Added, len(tt.docs)-len(tt.want))
			}
		})
	}
}

func TestStoreGraphWindow(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2021, 1, d, 12, 0, 0, 0, time.UTC) }
	docs := []*extract.Doc{
		fakeDoc("1", "1", day(1), "ORG:A", "ORG:B"),
		fakeDoc("2", "2", day(5), "ORG:B", "ORG:C"),
		fakeDoc("3", "3", day(9), "ORG:C", "ORG:D"),
		fakeDoc("4", "4", time.Time{}, "ORG:D", "ORG:A"),
	}
	s := openTemp(t)
	addAll(t, s, docs, 10)
	tests := []struct {
		since, until time.Time
		want         []string
	}{
		{time.Time{}, time.Time{}, []string{"1", "2", "3", "4"}},
		{day(5), time.Time{}, []string{"2", "3"}},
		{time.Time{}, day(5), []string{"1", "2"}},
		{day(2), day(8), []string{"2"}},
		{day(10), time.Time{}, nil},
	}
	for _, tt := range tests {
		g, err := s.Graph(tt.since, tt.until)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range g.Articles() {
			got = append(got, a.ID)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Graph(%v, %v) articles %v, want %v", tt.since, tt.until, got, tt.want)
		}
	}
}

func TestOpenRefuses(t *testing.T) {
	dir := t.TempDir()

	newer := filepath.Join(dir, "newer.db")
	s, err := Open(newer)
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
		{newer, ErrNewerSchema},
		{other, ErrNotStore},
		{text, ErrNotStore},
	}
	for _, tt := range tests {
		s, err := Open(tt.path)
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
	if _, err := OpenExisting(filepath.Join(dir, "absent.db")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("OpenExisting(absent) = %v, want not exist", err)
	}
}

func TestStoreConcurrentWriters(t *testing.T) {
	// Two handles on one file, as two ingest processes would be: their
	// batches queue on the write lock and every article counts once.
	path := filepath.Join(t.TempDir(), "graph.db")
	docs := randomDocs(200, 3)
	want := New()
	for _, d := range docs {
		want.Add(d)
	}
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for w := range 2 {
		wg.Go(func() {
			s, err := Open(path)
			if err != nil {
				errs[w] = err
				return
			}
			defer s.Close()
			for i := 0; i < len(docs); i += 10 {
				if _, err := s.AddBatch(docs[i:min(i+10, len(docs))]); err != nil {
					errs[w] = err
					return
				}
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	s, err := OpenExisting(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	g, err := s.Graph(time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	// Which of two duplicate texts wins may differ; the counts may not.
	if g.Len() != want.Len() || g.NumNodes() != want.NumNodes() || g.NumEdges() != want.NumEdges() {
		t.Errorf("got %d articles, %d nodes, %d edges; want %d, %d, %d",
			g.Len(), g.NumNodes(), g.NumEdges(), want.Len(), want.NumNodes(), want.NumEdges())
	}
}

// BenchmarkStoreAddBatch measures the store alone: articles written per
// second in batches of 500, without extraction.
func BenchmarkStoreAddBatch(b *testing.B) {
	docs := randomDocs(5000, 11)
	n := 0
	for b.Loop() {
		b.StopTimer()
		s, err := Open(filepath.Join(b.TempDir(), "graph.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for i := 0; i < len(docs); i += 500 {
			res, err := s.AddBatch(docs[i:min(i+500, len(docs))])
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
	s, err := Open(filepath.Join(b.TempDir(), "graph.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	docs := randomDocs(5000, 11)
	if _, err := s.AddBatch(docs); err != nil {
		b.Fatal(err)
	}
	n := 0
	for b.Loop() {
		g, err := s.Graph(time.Time{}, time.Time{})
		if err != nil {
			b.Fatal(err)
		}
		n += g.Len()
		g.NumEdges() // finalizes
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// TestMigrateV1 opens a store of schema version 1, as the first release wrote
// it, and checks that it is migrated and keeps its articles.
func TestMigrateV1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(migrations[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE schema_version SET version = 1;
		INSERT INTO articles (id, hash, title, source, url, tokens, sentences, ingested)
		VALUES ('a', 'h', 'T', '', '', 1, 1, '2020-01-01T00:00:00Z');
		INSERT INTO mentions VALUES (1, 'org:x', 'X', 'ORG', '', 0, 1, 0, '[0]', '{"X":1}');`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var v int
	if err := s.db.QueryRow(`SELECT version FROM schema_version`).Scan(&v); err != nil || v != SchemaVersion {
		t.Fatalf("version after Open = %d, %v; want %d", v, err, SchemaVersion)
	}
	if fresh, err := s.Fresh(); err != nil || fresh {
		t.Errorf("Fresh() = %v, %v on a migrated store; want false", fresh, err)
	}
	if _, err := s.Refresh(); err != nil {
		t.Fatal(err)
	}
	q, cached, err := s.Querier(time.Time{}, time.Time{})
	if err != nil || !cached {
		t.Fatalf("Querier() cached %v, %v", cached, err)
	}
	arts, err := q.ArticlesOf("org:x")
	if err != nil || len(arts) != 1 || arts[0].ID != "a" {
		t.Errorf("ArticlesOf(org:x) = %v, %v; want article a", arts, err)
	}
}
