package graphstore_test

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// TestQuerierNeighbors checks that the querier's neighbors, found through
// its index of edges, are the graph's, for every node and for an unknown
// id, asked from several goroutines at once.
func TestQuerierNeighbors(t *testing.T) {
	g := graphstore.New()
	for _, d := range testdocs.Random(300, 3) {
		g.Add(d)
	}
	q := graphstore.QuerierOf(g)
	var ids []string
	for _, n := range g.Nodes() {
		ids = append(ids, n.ID)
	}
	ids = append(ids, "PERSON:Nobody")
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			for _, id := range ids {
				got, err := q.Neighbors(context.Background(), id)
				if err != nil {
					errs <- err
					return
				}
				if want := g.Neighbors(id); !reflect.DeepEqual(got, want) {
					t.Errorf("Neighbors(%q): %d neighbors, the graph's %d (or in another order)", id, len(got), len(want))
				}
			}
			errs <- nil
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}

// TestQuerierTop checks that the querier's top, from its sorted nodes, is
// the graph's, for every type and several sizes.
func TestQuerierTop(t *testing.T) {
	g := graphstore.New()
	for _, d := range testdocs.Random(300, 4) {
		g.Add(d)
	}
	q := graphstore.QuerierOf(g)
	for _, typ := range []extract.Type{"", extract.Person, "person", extract.Org, extract.Country, extract.Location, extract.Misc} {
		for _, n := range []int{0, 1, 3, 1000} {
			got, err := q.Top(context.Background(), typ, n)
			if want := g.Top(typ, n); err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("Top(%q, %d) = %d nodes, %v; the graph's %d", typ, n, len(got), err, len(want))
			}
		}
	}
}

// TestQuerierLookup checks that the querier finds names, through its index,
// as the graph does: ids, labels and aliases in any case, partial names,
// ambiguous and unknown ones, and case folds beyond ASCII.
func TestQuerierLookup(t *testing.T) {
	g := graphstore.New()
	docs := testdocs.Random(300, 5)
	day := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, who := range []string{"Michael Jordan", "Eddie Jordan"} {
		d := testdocs.Doc(fmt.Sprint("j", i), who, day, "PERSON:"+who, "ORG:Racing")
		d.Entities[0].Mentions[0].Name = "Jordan"
		docs = append(docs, d)
	}
	docs = append(docs, testdocs.Doc("k", "kelvin", day, "ORG:\u212Aelvin Labs", "ORG:Straße AG"))
	for _, d := range docs {
		g.Add(d)
	}
	q := graphstore.QuerierOf(g)
	names := []string{"Putin", "putin", "VLADIMIR PUTIN", "PERSON:Vladimir Putin", "person:vladimir putin", "Jordan",
		"jordan", "Nobody", "", "kelvin labs", "KELVIN LABS", "\u212Aelvin labs", "STRASSE AG", "straße ag", "STRAẞE AG",
		`zürich "x"`, "ZÜRICH \"X\"", "at&t", "\xff"}
	for _, n := range g.Nodes() {
		names = append(names, n.ID, n.Label, strings.ToUpper(n.Label))
	}
	for _, name := range names {
		got, err := q.Lookup(context.Background(), name)
		want, werr := g.Lookup(name)
		if !reflect.DeepEqual(got, want) || fmt.Sprint(err) != fmt.Sprint(werr) {
			t.Errorf("Lookup(%q) = %s, %v; the graph's %s, %v", name, got.ID, err, want.ID, werr)
		}
	}
}

// TestQuerierArticlesOf checks that the querier's articles of one, two and
// three entities, from its index, are the graph's, partial names linked.
func TestQuerierArticlesOf(t *testing.T) {
	g := graphstore.New()
	for _, d := range testdocs.Random(300, 6) {
		g.Add(d)
	}
	q := graphstore.QuerierOf(g)
	var ids []string
	for _, n := range g.Nodes() {
		ids = append(ids, n.ID)
	}
	ids = append(ids, "PERSON:Putin", "PERSON:Nobody") // a linked partial id, an unknown one
	check := func(ids ...string) {
		got, err := q.ArticlesOf(context.Background(), ids...)
		if want := g.ArticlesOf(ids...); err != nil || len(got) != len(want) || (len(got) > 0 && !reflect.DeepEqual(got, want)) {
			t.Errorf("ArticlesOf(%q): %d articles, %v; the graph's %d", ids, len(got), err, len(want))
		}
	}
	check()
	for i, a := range ids {
		check(a)
		for _, b := range ids[i:] {
			check(a, b)
		}
		check(a, ids[(i+1)%len(ids)], ids[(i+3)%len(ids)])
	}
}
