package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/graphstore/storetest"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// relinkDocs makes n documents whose names the corpus links differently as
// it grows: a lone "Putin" that a later "Vladimir Putin" takes, then an
// "Ivan Putin" makes ambiguous again; "Apple" given as a place, then mostly
// as an organization; "Red Sox", which "Boston Red Sox" takes once enough
// articles give both. Each quarter of the documents draws from a different
// mix, so that batches move raw ids from node to node and back.
func relinkDocs(n int, seed uint64) []*extract.Doc {
	r := rand.New(rand.NewPCG(seed, 7))
	rr := rand.New(rand.NewPCG(seed, 11)) // relations, drawn apart so that the entities stay those of before
	type ent struct {
		id, name string
		partial  bool
		aliases  []string
	}
	putin := ent{id: "PERSON:Putin", name: "Putin", partial: true}
	vputin := ent{id: "PERSON:Vladimir Putin", name: "Vladimir Putin", aliases: []string{"Vladimir Putin", "Putin"}}
	iputin := ent{id: "PERSON:Ivan Putin", name: "Ivan Putin"}
	appleLoc := ent{id: "LOCATION:Apple", name: "Apple"}
	appleOrg := ent{id: "ORG:Apple", name: "Apple"}
	sox := ent{id: "ORG:Red Sox", name: "Red Sox"}
	bsox := ent{id: "ORG:Boston Red Sox", name: "Boston Red Sox", aliases: []string{"Boston Red Sox", "Red Sox"}}
	kim := ent{id: "PERSON:Kim Jong Un", name: "Kim Jong Un"}
	ru := ent{id: "COUNTRY:Russia", name: "Russia"}
	kcna := ent{id: "ORG:KCNA", name: "KCNA"}
	mixes := [][]ent{
		{putin, appleLoc, sox, kim, ru, kcna},
		{putin, vputin, appleLoc, appleOrg, sox, bsox, kim, ru},
		{putin, iputin, appleOrg, bsox, bsox, kcna, ru},
		{putin, vputin, iputin, appleLoc, appleOrg, appleOrg, sox, bsox, kim, kcna},
	}
	var docs []*extract.Doc
	for i := range n {
		mix := mixes[i*len(mixes)/n]
		doc := &extract.Doc{Article: extract.Article{ID: fmt.Sprintf("r%03d", i), Title: "T", Source: "src"},
			Hash: fmt.Sprintf("%064d", i), Tokens: 20, Sentences: 4}
		if r.IntN(3) > 0 {
			// Zones of several offsets, which the store keeps; UTC as
			// itself, which a date read back from text is.
			zone := time.UTC
			if h := r.IntN(5) - 2; h != 0 {
				zone = time.FixedZone("", 3600*h)
			}
			doc.Article.Date = time.Date(2021, 3, 1+r.IntN(30), r.IntN(24), 0, 0, 0, zone)
		}
		seen := map[string]bool{}
		for range 1 + r.IntN(5) {
			e := mix[r.IntN(len(mix))]
			if seen[e.id] {
				continue
			}
			seen[e.id] = true
			typ, _, _ := stringsCut(e.id)
			x := extract.Entity{ID: e.id, Name: e.name, Type: extract.Type(typ), Partial: e.partial}
			names := e.aliases
			if len(names) == 0 {
				names = []string{e.name}
			}
			for k := range 1 + r.IntN(3) {
				x.Mentions = append(x.Mentions, extract.Mention{Text: names[k%len(names)], Name: names[k%len(names)], Sentence: r.IntN(4)})
			}
			doc.Entities = append(doc.Entities, x)
		}
		doc.Relations = drawRelations(rr, doc)
		docs = append(docs, doc)
	}
	return docs
}

// drawRelations draws up to three relations between the entities of doc,
// some negated, some symmetric, some in the sentence of another.
func drawRelations(r *rand.Rand, doc *extract.Doc) []extract.Relation {
	preds := []struct {
		p         string
		sym, role bool
	}{{"accuse", false, false}, {"meet with", false, false}, {"exchange letters", true, false}, {"leader of", false, true}}
	var out []extract.Relation
	for range r.IntN(4) {
		if len(doc.Entities) < 2 {
			break
		}
		a, b := r.IntN(len(doc.Entities)), r.IntN(len(doc.Entities))
		if a == b {
			continue
		}
		p := preds[r.IntN(len(preds))]
		out = append(out, extract.Relation{Subject: doc.Entities[a].ID, Predicate: p.p, Object: doc.Entities[b].ID,
			Text: p.p, Sentence: r.IntN(4), Negated: r.IntN(4) == 0, Symmetric: p.sym, Role: p.role})
	}
	return out
}

func stringsCut(id string) (string, string, bool) {
	for i := range len(id) {
		if id[i] == ':' {
			return id[:i], id[i+1:], true
		}
	}
	return id, "", false
}

// canonical reads the links the cache holds: in every article (by raw id)
// and in articles' own contexts (by article number and raw id).
func canonical(t *testing.T, s *Store) map[string]string {
	t.Helper()
	out := map[string]string{}
	rows, err := s.db.Query(`SELECT raw, id FROM graph_canonical UNION ALL SELECT article || ' ' || raw, id FROM graph_article_links`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var raw, id string
		if err := rows.Scan(&raw, &id); err != nil {
			t.Fatal(err)
		}
		out[raw] = id
	}
	return out
}

// TestIncrementalRefresh adds random batches and refreshes after some of
// them; after each refresh the cache must equal one computed from nothing
// (the full check compares them row by row), and at the end the cache's
// answers must be those of the graph build makes of the same articles.
func TestIncrementalRefresh(t *testing.T) {
	ctx := context.Background()
	for seed := range uint64(6) {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(seed, 3))
			docs := relinkDocs(160, seed)
			if seed%2 == 1 {
				docs = append(docs, testdocs.Random(60, seed)...)
			}
			if seed >= 4 {
				// --min-confidence's unsure entities: nodes left out,
				// made nodes by a later sure entity, moved by relinking
				// while left out.
				docs = unsureSome(docs, seed)
			}
			s := openTemp(t)
			relinked, refreshes, kept, movedPlans := 0, 0, 0, 0
			var links map[string]string
			for i := 0; i < len(docs); {
				n := 1 + r.IntN(30)
				addAll(t, s, docs[i:min(i+n, len(docs))], n)
				i += n
				if r.IntN(5) < 2 && i < len(docs) {
					continue // refresh later, several batches at once
				}
				kept += edgesKept(t, s)
				movedPlans += samePlans(t, s)
				if done, err := s.Refresh(ctx); err != nil || !done {
					t.Fatalf("Refresh() = %v, %v", done, err)
				}
				refreshes++
				wantClean(t, s, graphstore.CheckFull)
				relationsNow(t, s, docs[:min(i, len(docs))])
				now := canonical(t, s)
				if links != nil && !maps.Equal(now, links) {
					relinked++
				}
				links = now
			}
			if relinked == 0 {
				t.Errorf("no refresh of %d changed the links; the test wants some", refreshes)
			}
			if movedPlans == 0 {
				t.Errorf("no refresh of %d recomputed a moved node beside the new articles; the test wants some", refreshes)
			}
			if seed == 0 && kept == 0 {
				t.Errorf("no refresh of %d kept an edge of a moved node as it was; the test wants some", refreshes)
			}
			want := graphstore.New()
			for _, d := range docs {
				want.Add(d)
			}
			q, cached, err := s.Querier(ctx, time.Time{}, time.Time{})
			if err != nil || !cached {
				t.Fatalf("Querier: cached %v, %v", cached, err)
			}
			storetest.SameAnswers(t, q, graphstore.QuerierOf(want), want)
			storetest.SameGraph(t, loadAll(t, s), want)
			t.Logf("%d refreshes, %d changed the links", refreshes, relinked)
		})
	}
}

// edgesKept plans the refresh of s and fails if it would write an edge row
// the cache holds as it is; it returns how many of the moved nodes' edges
// it keeps as they are (not written).
func edgesKept(t *testing.T, s *Store) int {
	t.Helper()
	ctx := context.Background()
	u, err := s.planRefresh(ctx)
	if err != nil || u == nil {
		t.Fatalf("planRefresh() = %v, %v", u, err)
	}
	if u.full {
		return 0
	}
	cached := map[[2]int64]edgeRow{}
	err = eachRow(ctx, s.db, `SELECT `+edgeCols+`, e.articles FROM graph_edges e`, func(rows *sql.Rows) error {
		r, err := s.scanEdgeRow(rows, true)
		cached[[2]int64{r.source, r.target}] = r
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range u.w.edges {
		if cached[[2]int64{r.source, r.target}] == r {
			t.Errorf("the refresh writes the edge row of nodes %d and %d as the cache holds it", r.source, r.target)
		}
	}
	// The moved nodes' edges that stay as they were are neither written
	// nor deleted.
	written := map[[2]int64]bool{}
	for _, r := range u.w.edges {
		written[[2]int64{r.source, r.target}] = true
	}
	for _, k := range u.w.edgeDel {
		written[[2]int64{k[0].(int64), k[1].(int64)}] = true
	}
	kept := 0
	for k := range cached {
		for _, num := range k {
			if id, ok := u.byNum[num]; ok && u.moved[id] && !written[k] {
				kept++
				break
			}
		}
	}
	return kept
}

// samePlans plans the refresh of s twice, the moved nodes recomputed beside
// the new articles' reads and after them on one goroutine (planSerial), and
// fails unless both plan the same writes; it returns 1 when the plan
// recomputed moved nodes and added new articles to others (what runs side
// by side), else 0.
func samePlans(t *testing.T, s *Store) int {
	t.Helper()
	ctx := context.Background()
	plan := func(serial bool) *update {
		defer func(was bool) { planSerial = was }(planSerial)
		planSerial = serial
		u, err := s.planRefresh(ctx)
		if err != nil || u == nil {
			t.Fatalf("planRefresh() = %v, %v", u, err)
		}
		return u
	}
	got, want := plan(false), plan(true)
	if !reflect.DeepEqual(got.w, want.w) || got.next != want.next {
		t.Fatalf("the refresh's plan with moved nodes recomputed beside the new articles:\n%+v\nwant (one after the other)\n%+v", got.w, want.w)
	}
	if len(got.moved) > 0 && len(got.w.tallies) > len(got.moved) {
		return 1
	}
	return 0
}

// lastSeq returns the number of the store's last article.
func lastSeq(t *testing.T, s *Store) int64 {
	t.Helper()
	var n int64
	if err := s.db.QueryRow(`SELECT coalesce(max(seq), 0) FROM articles`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// unsureSome returns copies of docs with about two entities in five marked
// unsure, more of them in the first half, and the ids a docs' first
// quarter names alone unsure there.
func unsureSome(docs []*extract.Doc, seed uint64) []*extract.Doc {
	r := rand.New(rand.NewPCG(seed, 13))
	out := make([]*extract.Doc, len(docs))
	for i, d := range docs {
		c := *d
		c.Entities = slices.Clone(d.Entities)
		for j := range c.Entities {
			p := 5
			if i < len(docs)/2 {
				p = 3
			}
			c.Entities[j].Unsure = r.IntN(p) < 2
		}
		out[i] = &c
	}
	return out
}

// relationsNow wants the cache of s to give the relations and neighbors
// the graph of docs gives: of every node, and between every node and each
// of its neighbors.
func relationsNow(t *testing.T, s *Store, docs []*extract.Doc) {
	t.Helper()
	ctx := context.Background()
	g := graphstore.New()
	for _, d := range docs {
		g.Add(d)
	}
	q, cached, err := s.Querier(ctx, time.Time{}, time.Time{})
	if err != nil || !cached {
		t.Fatalf("Querier: cached %v, %v", cached, err)
	}
	want := graphstore.QuerierOf(g)
	stated := 0
	for _, n := range g.Nodes() {
		got, err := q.Relations(ctx, n.ID)
		w, _ := want.Relations(ctx, n.ID)
		if err != nil || !reflect.DeepEqual(got, w) {
			t.Fatalf("after %d articles, Relations(%s):\n%+v, %v\nwant\n%+v", len(docs), n.ID, got, err, w)
		}
		stated += len(w)
		gotNb, err := q.Neighbors(ctx, n.ID)
		wantNb, _ := want.Neighbors(ctx, n.ID)
		if err != nil || !reflect.DeepEqual(gotNb, wantNb) {
			t.Fatalf("after %d articles, Neighbors(%s):\n%+v, %v\nwant\n%+v", len(docs), n.ID, gotNb, err, wantNb)
		}
		for _, nb := range wantNb {
			got, err := q.Relations(ctx, n.ID, nb.Node.ID)
			w, _ := want.Relations(ctx, n.ID, nb.Node.ID)
			if err != nil || !reflect.DeepEqual(got, w) {
				t.Fatalf("after %d articles, Relations(%s, %s):\n%+v, %v\nwant\n%+v", len(docs), n.ID, nb.Node.ID, got, err, w)
			}
		}
	}
	if stated == 0 && len(docs) > 20 {
		t.Errorf("after %d articles, no relations: the comparison tests nothing", len(docs))
	}
}

// TestRefreshReadBack runs ingests as the command does: ArticleIDs and a
// quick check, which keep the articles they read, batches, which add
// theirs up to a bound, and a refresh, which takes the articles it can
// from the read-back rather than from the file. Now and then another
// process (a second Store on the file) adds a batch between them, before
// one of the ingest's own. After each refresh the cache must equal one
// computed from the file alone (the full check compares them row by row),
// and at the end the graph that build makes. Seeds 4 and 5 mark entities
// unsure, so that new articles held in the compact form make left-out
// nodes nodes; the bound on the batches' articles varies by seed.
func TestRefreshReadBack(t *testing.T) {
	ctx := context.Background()
	bounds := []int{1 << 20, 0, 12, 1 << 20, 40, 25}
	defer func(b int) { maxHeldEntities = b }(maxHeldEntities)
	for seed := range uint64(len(bounds)) {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			maxHeldEntities = bounds[seed]
			r := rand.New(rand.NewPCG(seed, 5))
			docs := relinkDocs(160, seed)
			if seed%2 == 1 {
				docs = append(docs, testdocs.Random(60, seed)...)
			}
			if seed >= 4 {
				docs = unsureSome(docs, seed)
			}
			s := openTemp(t)
			held, bounded := 0, 0 // refreshes that found the batches' articles all held, and stopped by the bound
			other, err := Open(ctx, s.path, create)
			if err != nil {
				t.Fatal(err)
			}
			defer other.Close()
			alone, mixed, movedPlans := 0, 0, 0
			for i := 0; i < len(docs); {
				ids, err := s.ArticleIDs(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if len(ids) != len(s.readBack.articles) {
					t.Fatalf("ArticleIDs: %d ids, a read-back of %d articles", len(ids), len(s.readBack.articles))
				}
				wantClean(t, s, graphstore.CheckQuick)
				if s.readBack == nil {
					t.Fatal("the quick check of a writable store kept no read-back")
				}
				others := false
				for range 1 + r.IntN(3) {
					n := 1 + r.IntN(20)
					batch := docs[i:min(i+n, len(docs))]
					i += len(batch)
					into := s
					if r.IntN(4) == 0 {
						into, others = other, true
					}
					addAll(t, into, batch, n)
				}
				if others {
					mixed++
				} else {
					alone++
				}
				switch rb, last := s.readBack, lastSeq(t, s); {
				case rb.held > maxHeldEntities:
					t.Fatalf("the batches hold %d entities, past the bound of %d", rb.held, maxHeldEntities)
				case rb.maxSeq == last && !others:
					held++
				case rb.maxSeq > last:
					t.Fatalf("the read-back holds articles up to number %d; the store up to %d", rb.maxSeq, last)
				case !others:
					bounded++
				}
				movedPlans += samePlans(t, s)
				if done, err := s.Refresh(ctx); err != nil || !done {
					t.Fatalf("Refresh() = %v, %v", done, err)
				}
				if s.readBack != nil {
					t.Fatal("the read-back outlived the refresh")
				}
				wantClean(t, s, graphstore.CheckFull)
			}
			if movedPlans == 0 {
				t.Errorf("no refresh recomputed a moved node beside the new articles; the test wants some")
			}
			if alone == 0 || mixed == 0 {
				t.Errorf("ingests alone %d, with another writer %d: the test wants both", alone, mixed)
			}
			if maxHeldEntities >= len(docs)*5 && (held == 0 || bounded > 0) {
				t.Errorf("ingests alone with every article held %d, stopped by the bound %d; want some, none", held, bounded)
			}
			if maxHeldEntities < 50 && bounded == 0 {
				t.Errorf("no ingest stopped by the bound of %d entities; the test wants some", maxHeldEntities)
			}
			want := graphstore.New()
			for _, d := range docs {
				want.Add(d)
			}
			q, cached, err := s.Querier(ctx, time.Time{}, time.Time{})
			if err != nil || !cached {
				t.Fatalf("Querier: cached %v, %v", cached, err)
			}
			storetest.SameAnswers(t, q, graphstore.QuerierOf(want), want)
			storetest.SameGraph(t, loadAll(t, s), want)
		})
	}
}

// spreadDocs makes n documents, the i-th naming the organization "Co i"
// and one of three countries: a batch of them touches many nodes, more than
// a refresh reads a query (keyReadChunk).
func spreadDocs(n, from int) []*extract.Doc {
	countries := []string{"Russia", "France", "Chile"}
	var docs []*extract.Doc
	for i := range n {
		id := fmt.Sprintf("s%04d", from+i)
		doc := &extract.Doc{Article: extract.Article{ID: id, Title: "T", Source: "src"},
			Hash: fmt.Sprintf("%064s", id), Tokens: 10, Sentences: 2}
		co := fmt.Sprintf("Co %d", i)
		c := countries[i%len(countries)]
		doc.Entities = []extract.Entity{
			{ID: "ORG:" + co, Name: co, Type: extract.Org, Mentions: []extract.Mention{{Text: co, Name: co}}},
			{ID: "COUNTRY:" + c, Name: c, Type: extract.Country, Mentions: []extract.Mention{{Text: c, Name: c, Sentence: 1}}},
		}
		docs = append(docs, doc)
	}
	return docs
}

// TestRefreshManyNodes refreshes a cache with a batch that touches more
// nodes than a query reads (their rows and tallies are read a chunk at a
// time): the cache must equal one computed from nothing.
func TestRefreshManyNodes(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	first := spreadDocs(3*keyReadChunk+5, 0)
	addAll(t, s, first, 50)
	if done, err := s.Refresh(ctx); err != nil || !done {
		t.Fatalf("Refresh() = %v, %v", done, err)
	}
	// The same organizations again, with other countries: every node's
	// tally and row is read and changed.
	more := spreadDocs(3*keyReadChunk+5, 1000)
	for _, d := range more {
		d.Entities[1], d.Entities[1].Mentions = extract.Entity{ID: "COUNTRY:Peru", Name: "Peru", Type: extract.Country},
			[]extract.Mention{{Text: "Peru", Name: "Peru"}}
	}
	addAll(t, s, more, 100)
	if done, err := s.Refresh(ctx); err != nil || !done {
		t.Fatalf("Refresh() = %v, %v", done, err)
	}
	wantClean(t, s, graphstore.CheckFull)
	want := graphstore.New()
	for _, d := range append(first, more...) {
		want.Add(d)
	}
	storetest.SameGraph(t, loadAll(t, s), want)
}

// TestRefreshDamagedRows damages the checksums of the cache's rows that a
// refresh reads (node rows, node tallies): the refresh must fail with
// graphstore.ErrDamaged, naming the table, and write nothing.
func TestRefreshDamagedRows(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct{ table, damage string }{
		{"graph_nodes", `UPDATE graph_nodes SET sum = sum + 1 WHERE id LIKE '%co_1%'`},
		{"node_tallies", `UPDATE node_tallies SET sum = sum + 1 WHERE id LIKE '%co_1%'`},
	} {
		t.Run(c.table, func(t *testing.T) {
			s := openTemp(t)
			docs := spreadDocs(2*keyReadChunk, 0)
			addAll(t, s, docs, 50)
			if done, err := s.Refresh(ctx); err != nil || !done {
				t.Fatalf("Refresh() = %v, %v", done, err)
			}
			res, err := s.db.Exec(c.damage)
			if err != nil {
				t.Fatal(err)
			}
			if n, _ := res.RowsAffected(); n == 0 {
				t.Fatalf("%s: damaged no row", c.damage)
			}
			before := canonical(t, s)
			addAll(t, s, spreadDocs(2*keyReadChunk, 5000), 200)
			_, err = s.Refresh(ctx)
			if !errors.Is(err, graphstore.ErrDamaged) || !strings.Contains(err.Error(), c.table) {
				t.Fatalf("Refresh() = %v, want an error wrapping graphstore.ErrDamaged that names %s", err, c.table)
			}
			if fresh, err := s.Fresh(ctx); err != nil || fresh {
				t.Errorf("Fresh() = %v, %v after a failed refresh; want false, nil", fresh, err)
			}
			if after := canonical(t, s); !maps.Equal(after, before) {
				t.Errorf("the failed refresh changed graph_canonical or graph_article_links")
			}
		})
	}
}

// TestRefreshUnsureLinkedAway: a node left out as unsure (a tally, no row)
// whose raw id a new article's sure mention lets the type rule link into
// another node is gone, and its tally with it: the full check compares the
// cache with one computed anew.
func TestRefreshUnsureLinkedAway(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	// Each article names Pearmain (of typ; ORG mentions unsure or not)
	// or, in the others, something else. Two of the LOCATION ones and the
	// sure ORG one, added last, share two rare names, which the type rule
	// wants of a name of one word before it joins its types: the unsure
	// ORG ones alone share nothing with them.
	doc := func(i int, typ extract.Type, unsure bool) *extract.Doc {
		d := &extract.Doc{Article: extract.Article{ID: fmt.Sprintf("u%03d", i), Title: "T"}, Hash: fmt.Sprintf("%064d", i),
			Tokens: 20, Sentences: 2}
		ents := []extract.Entity{{ID: "COUNTRY:Norway", Name: "Norway", Type: "COUNTRY"}}
		switch {
		case typ == "":
			ents = append(ents, extract.Entity{ID: fmt.Sprintf("PERSON:Other %d", i%7), Name: fmt.Sprintf("Other %d", i%7), Type: "PERSON"})
		default:
			ents = append(ents, extract.Entity{ID: string(typ) + ":Pearmain", Name: "Pearmain", Type: typ, Unsure: unsure})
			if typ == "ORG" && !unsure || i < 2 {
				ents = append(ents, extract.Entity{ID: "PERSON:Ann Orchard", Name: "Ann Orchard", Type: "PERSON"},
					extract.Entity{ID: "ORG:Cider Board", Name: "Cider Board", Type: "ORG"})
			}
		}
		for _, e := range ents {
			e.Mentions = []extract.Mention{{Text: e.Name, Name: e.Name}}
			d.Entities = append(d.Entities, e)
		}
		return d
	}
	var docs []*extract.Doc
	for i := range 10 {
		docs = append(docs, doc(i, "LOCATION", false))
	}
	for i := 10; i < 13; i++ {
		docs = append(docs, doc(i, "ORG", true))
	}
	for i := 14; i < 60; i++ {
		docs = append(docs, doc(i, "", false))
	}
	addAll(t, s, docs, len(docs))
	if done, err := s.Refresh(ctx); err != nil || !done {
		t.Fatalf("Refresh() = %v, %v", done, err)
	}
	left := func() (tally, node bool) {
		tally = len(textRows(t, s, `SELECT id FROM node_tallies WHERE id = 'ORG:Pearmain'`)) > 0
		node = len(textRows(t, s, `SELECT id FROM graph_nodes WHERE id = 'ORG:Pearmain'`)) > 0
		return tally, node
	}
	if tally, node := left(); !tally || node {
		t.Fatalf("ORG:Pearmain, unsure in all its articles: tally %v, node %v; want a tally and no node", tally, node)
	}
	wantClean(t, s, graphstore.CheckFull)
	addAll(t, s, []*extract.Doc{doc(13, "ORG", false)}, 1)
	if done, err := s.Refresh(ctx); err != nil || !done {
		t.Fatalf("Refresh() = %v, %v", done, err)
	}
	if got := textRows(t, s, `SELECT id FROM graph_canonical WHERE raw = 'ORG:Pearmain'`); !slices.Equal(got, []string{"LOCATION:Pearmain"}) {
		t.Fatalf("ORG:Pearmain links to %q; the test wants it linked into LOCATION:Pearmain", got)
	}
	if tally, node := left(); tally || node {
		t.Errorf("ORG:Pearmain, linked away: tally %v, node %v; want neither", tally, node)
	}
	wantClean(t, s, graphstore.CheckFull)
}
