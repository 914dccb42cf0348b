package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/graphstore/storetest"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// allCacheRows returns every row of the cache tables, every column with its
// type, in the order of the columns.
func allCacheRows(t *testing.T, s *Store) []string {
	t.Helper()
	var out []string
	for _, table := range cacheTables {
		rows, err := s.db.Query(`SELECT * FROM ` + table)
		if err != nil {
			t.Fatal(err)
		}
		cols, err := rows.Columns()
		if err != nil {
			t.Fatal(err)
		}
		var rs []string
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			b.WriteString(table)
			for _, v := range vals {
				if p, ok := v.([]byte); ok {
					v = string(p)
				}
				fmt.Fprintf(&b, " %T:%q", v, fmt.Sprint(v))
			}
			rs = append(rs, b.String())
		}
		if err := rows.Close(); err != nil {
			t.Fatal(err)
		}
		slices.Sort(rs)
		out = append(out, rs...)
	}
	return out
}

// oddNameDocs makes documents whose names encoding/json escapes (quotes,
// markup, non-ASCII, bytes that are not UTF-8), and names that lower-case
// alike, and a label no mention gives, so that node rows' aliases and
// graph_names take every way.
func oddNameDocs(n int) []*extract.Doc {
	names := []string{`Café "Noir"`, "CAFÉ <noir>", "Tom & Jerry", "TOM & JERRY", "tom & jerry", "Ødegaard"}
	var docs []*extract.Doc
	for i := range n {
		doc := &extract.Doc{Article: extract.Article{ID: fmt.Sprintf("odd%03d", i), Title: "T", Source: "src"},
			Hash: fmt.Sprintf("%064x", 1000+i), Tokens: 12, Sentences: 3}
		a, b := names[i%len(names)], names[(i*3+1)%len(names)]
		doc.Entities = []extract.Entity{
			{ID: "ORG:Cafe Noir", Name: "Café Noir Holdings", Type: extract.Org, Mentions: []extract.Mention{{Text: a, Name: a}, {Text: b, Name: b, Sentence: 2}}},
			{ID: "PERSON:Tom", Name: b, Type: extract.Person, Mentions: []extract.Mention{{Text: b, Name: b, Sentence: 1}}},
			{ID: "COUNTRY:Norway", Name: "Norway", Type: extract.Country, Mentions: []extract.Mention{{Text: "Norway", Name: "Norway"}}},
			{ID: "ORG:Acme", Name: "Acme Corporation", Type: extract.Org, Mentions: []extract.Mention{{Text: "Acme", Name: "Acme"}}},
		}
		docs = append(docs, doc)
	}
	return docs
}

// freshDocs returns the documents of the fresh-refresh tests for a seed.
func freshDocs(seed uint64) []*extract.Doc {
	docs := relinkDocs(120, seed)
	docs = append(docs, oddNameDocs(20)...)
	if seed%2 == 1 {
		docs = append(docs, testdocs.Random(60, seed)...)
	}
	if seed >= 2 {
		docs = unsureSome(docs, seed)
	}
	return docs
}

// ingestFresh adds docs to a new store in batches of random sizes, as an
// ingest does (ArticleIDs and the quick check first), and refreshes it,
// forcing the normal refresh when normal; it reports whether the refresh
// was refreshFresh's.
func ingestFresh(t *testing.T, docs []*extract.Doc, seed uint64, normal bool) (*Store, bool) {
	t.Helper()
	ctx := context.Background()
	s := openTemp(t)
	if _, err := s.ArticleIDs(ctx); err != nil {
		t.Fatal(err)
	}
	wantClean(t, s, graphstore.CheckQuick)
	r := rand.New(rand.NewPCG(seed, 3))
	for i := 0; i < len(docs); {
		n := 1 + r.IntN(30)
		addAll(t, s, docs[i:min(i+n, len(docs))], n)
		i += n
	}
	if normal {
		s.emptyAtStart = false
	}
	before := freshRefreshes.Load()
	if done, err := s.Refresh(ctx); err != nil || !done {
		t.Fatalf("Refresh() = %v, %v", done, err)
	}
	return s, freshRefreshes.Load() > before
}

// TestRefreshFreshSameRows computes the cache of a fresh store both ways,
// refreshFresh's and the normal refresh's, and wants every row of every
// cache table alike.
func TestRefreshFreshSameRows(t *testing.T) {
	for seed := range uint64(4) {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			docs := freshDocs(seed)
			fresh, used := ingestFresh(t, docs, seed, false)
			if !used {
				t.Fatal("the first ingest into an empty store did not take refreshFresh")
			}
			normal, used := ingestFresh(t, docs, seed, true)
			if used {
				t.Fatal("the normal refresh was asked for; refreshFresh ran")
			}
			got, want := allCacheRows(t, fresh), allCacheRows(t, normal)
			if len(want) < 60 {
				t.Fatalf("only %d cache rows: the test wants more", len(want))
			}
			if !slices.Equal(got, want) {
				for i := range min(len(got), len(want)) {
					if got[i] != want[i] {
						t.Fatalf("refreshFresh wrote %d cache rows, the normal refresh %d; first difference:\n%s\n%s",
							len(got), len(want), got[i], want[i])
					}
				}
				t.Fatalf("refreshFresh wrote %d cache rows, the normal refresh %d", len(got), len(want))
			}
			wantClean(t, fresh, graphstore.CheckFull)
			g := graphstore.New()
			for _, d := range docs {
				g.Add(d)
			}
			storetest.SameGraph(t, loadAll(t, fresh), g)
		})
	}
}

// TestRefreshFreshFallsBack wants the normal refresh wherever refreshFresh
// cannot prove it holds every article of the store: a store that held
// articles when the process began, another writer's batch in between, the
// read-back's bound, a cache to add to. The cache then is what a fresh
// ingest of the same articles writes (the graph of one added to).
func TestRefreshFreshFallsBack(t *testing.T) {
	ctx := context.Background()
	docs := freshDocs(1)
	whole, used := ingestFresh(t, docs, 1, false)
	if !used {
		t.Fatal("the first ingest into an empty store did not take refreshFresh")
	}
	want := allCacheRows(t, whole)
	same := func(t *testing.T, s *Store) {
		t.Helper()
		if got := allCacheRows(t, s); !slices.Equal(got, want) {
			for i := range min(len(got), len(want)) {
				if got[i] != want[i] {
					t.Fatalf("the cache (%d rows) differs from a fresh ingest's (%d); first difference:\n%s\n%s", len(got), len(want), got[i], want[i])
				}
			}
			t.Fatalf("the cache (%d rows) differs from a fresh ingest's (%d)", len(got), len(want))
		}
	}
	half := len(docs) / 2
	refresh := func(t *testing.T, s *Store, wantFresh bool) {
		t.Helper()
		before := freshRefreshes.Load()
		if done, err := s.Refresh(ctx); err != nil || !done {
			t.Fatalf("Refresh() = %v, %v", done, err)
		}
		if used := freshRefreshes.Load() > before; used != wantFresh {
			t.Fatalf("refreshFresh ran: %v; want %v", used, wantFresh)
		}
	}
	t.Run("held articles at start", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "graph.db")
		first, err := Open(ctx, path, create)
		if err != nil {
			t.Fatal(err)
		}
		addAll(t, first, docs[:half], 25) // no refresh, as ingest --refresh=false, or a killed run
		if err := first.Close(); err != nil {
			t.Fatal(err)
		}
		s, err := Open(ctx, path, create)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		if _, err := s.ArticleIDs(ctx); err != nil {
			t.Fatal(err)
		}
		addAll(t, s, docs[half:], 25)
		refresh(t, s, false)
		same(t, s)
	})
	t.Run("another writer", func(t *testing.T) {
		s := openTemp(t)
		other, err := Open(ctx, s.path, create)
		if err != nil {
			t.Fatal(err)
		}
		defer other.Close()
		addAll(t, s, docs[:half/2], 25)
		addAll(t, other, docs[half/2:half], 25)
		addAll(t, s, docs[half:], 25)
		refresh(t, s, false)
		same(t, s)
	})
	t.Run("bound", func(t *testing.T) {
		defer func(b int) { maxHeldEntities = b }(maxHeldEntities)
		maxHeldEntities = 50
		s := openTemp(t)
		addAll(t, s, docs, 25)
		refresh(t, s, false)
		same(t, s)
	})
	t.Run("cache to add to", func(t *testing.T) {
		s := openTemp(t)
		addAll(t, s, docs[:half], 25)
		refresh(t, s, true)
		addAll(t, s, docs[half:], 25)
		refresh(t, s, false)
		// Added to, the cache numbers its nodes as they came: the
		// graph is the same, not every row.
		wantClean(t, s, graphstore.CheckFull)
		g := graphstore.New()
		for _, d := range docs {
			g.Add(d)
		}
		storetest.SameGraph(t, loadAll(t, s), g)
	})
	t.Run("cache of other rules", func(t *testing.T) {
		// A cache an older nergraph computed is computed anew from
		// every article: by the normal refresh once the read-back is
		// gone (the refresh before dropped it).
		s := openTemp(t)
		addAll(t, s, docs, 25)
		refresh(t, s, true)
		if _, err := s.db.Exec(`UPDATE graph_state SET rules = 0`); err != nil {
			t.Fatal(err)
		}
		fixStateSum(t, s)
		refresh(t, s, false)
		same(t, s)
	})
}

// fixStateSum sets graph_state's checksum to its row's.
func fixStateSum(t *testing.T, s *Store) {
	t.Helper()
	c, err := readStateUnchecked(s.db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(`UPDATE graph_state SET sum = ?`, c.sum()); err != nil {
		t.Fatal(err)
	}
}

func readStateUnchecked(db *sql.DB) (cacheState, error) {
	var c cacheState
	err := db.QueryRow(`SELECT articles, max_seq, nodes, node_sum, next_num, rules FROM graph_state`).
		Scan(&c.articles, &c.maxSeq, &c.nodes.rows, &c.nodes.sum, &c.nextNum, &c.rules)
	return c, err
}

// TestFreshEdgesSized wants the fresh refresh's edges made with the room
// the running totals counted (their entities, edges and the sum of their
// weights, as the entities and edges tables hold them) and never grown: it
// fails when allEdges starts empty, or the totals count otherwise.
func TestFreshEdgesSized(t *testing.T) {
	ctx := context.Background()
	for seed := range uint64(3) {
		docs := freshDocs(seed)
		s := openTemp(t)
		if _, err := s.ArticleIDs(ctx); err != nil {
			t.Fatal(err)
		}
		wantClean(t, s, graphstore.CheckQuick)
		addAll(t, s, docs[:len(docs)/2], 40)
		addAll(t, s, docs[len(docs)/2:], 40)
		if err := s.Flush(ctx); err != nil {
			t.Fatal(err)
		}
		var want allEdgesSize
		if err := s.db.QueryRow(`SELECT (SELECT count(*) FROM entities), (SELECT count(*) FROM edges),
			(SELECT sum(weight) FROM edges)`).Scan(&want.ids, &want.edges, &want.pairs); err != nil {
			t.Fatal(err)
		}
		if s.counted != want || want.pairs <= want.edges {
			t.Fatalf("seed %d: the totals counted %+v; the tables hold %+v", seed, s.counted, want)
		}
		rb := s.readBack
		if rb == nil || len(rb.articles) < len(docs)/2 {
			t.Fatalf("seed %d: the read-back holds no articles", seed)
		}
		u, err := s.planFresh(ctx, cacheState{}, rb.articles)
		if err != nil {
			t.Fatal(err)
		}
		a := u.all
		if len(a.seqs) == 0 || len(a.keys) == 0 {
			t.Fatalf("seed %d: no edges", seed)
		}
		if cap(a.seqs) != want.pairs || cap(a.keys) != want.edges || cap(a.sums) != want.edges || cap(a.ids) != want.ids {
			t.Fatalf("seed %d: allEdges has room for %d articles of %d edges of %d ids (%d, %d, %d used); the totals counted %+v",
				seed, cap(a.seqs), cap(a.keys), cap(a.ids), len(a.seqs), len(a.keys), len(a.ids), want)
		}
		if s.counted != (allEdgesSize{}) {
			t.Fatalf("seed %d: the count stays after the refresh: %+v", seed, s.counted)
		}
	}
}
