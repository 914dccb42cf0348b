package postgres

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/graphstore/storetest"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// partial marks the entities with the given ids as partial names.
func partial(d *extract.Doc, ids ...string) *extract.Doc {
	for k := range d.Entities {
		for _, id := range ids {
			if d.Entities[k].ID == id {
				d.Entities[k].Partial = true
			}
		}
	}
	return d
}

// relate adds a relation from subject to object to d, stated in its first
// sentence.
func relate(d *extract.Doc, subject, predicate, object string, symmetric bool) *extract.Doc {
	d.Relations = append(d.Relations, extract.Relation{Subject: subject, Predicate: predicate, Object: object,
		Text: predicate, SentenceEnd: len(d.Text), Symmetric: symmetric})
	return d
}

// TestIncrementalRefresh refreshes the cache after each of many small
// batches, among them batches that link a partial name to a full one, take
// it away again and move it, and wants the answers of the graph of all the
// articles after each.
func TestIncrementalRefresh(t *testing.T) {
	ctx := context.Background()
	s, _ := openNew(t)
	day := func(d int) time.Time { return time.Date(2021, 1, d, 0, 0, 0, 0, time.UTC) }
	doc := testdocs.Doc
	// Unrelated articles first (a chain of firms, so that the graph stays
	// connected), so that what the others share is rare enough to be
	// context that links a short name in its article.
	var filler []*extract.Doc
	for i := range 30 {
		filler = append(filler, doc(fmt.Sprint("f", i), fmt.Sprint("f", i), time.Time{}, fmt.Sprintf("ORG:Firm %d", i),
			fmt.Sprintf("ORG:Firm %d", i+1), fmt.Sprintf("PERSON:Jo %d", i%7)))
	}
	steps := [][]*extract.Doc{filler,
		{relate(partial(doc("p1", "p1", day(1), "PERSON:Putin", "COUNTRY:Russia", "ORG:Kremlin", "ORG:Duma", "LOCATION:Moscow"), "PERSON:Putin"),
			"PERSON:Putin", "leader of", "COUNTRY:Russia", false)},
		// A full name that fits, in a context that p1 shares: Putin moves to
		// it there, with his relations.
		{relate(doc("v1", "v1", day(2), "PERSON:Vladimir Putin", "COUNTRY:Russia", "ORG:Kremlin", "ORG:Duma", "LOCATION:Moscow"),
			"PERSON:Vladimir Putin", "leader of", "COUNTRY:Russia", false)},
		{relate(partial(doc("p2", "p2", day(3), "PERSON:Putin", "ORG:Kremlin", "ORG:Duma"), "PERSON:Putin"), "PERSON:Putin", "meet with", "ORG:Kremlin", true),
			doc("x1", "x1", time.Time{}, "ORG:Acme", "ORG:Kremlin")},
		// A second full name that fits, in the same context: Putin is
		// ambiguous and stays itself in both articles.
		{doc("b1", "b1", day(4), "PERSON:Boris Putin", "ORG:Kremlin", "ORG:Duma", "LOCATION:Moscow")},
		// The same name under another type joins the type most articles gave.
		{doc("k1", "k1", day(5), "ORG:Kim Jong Un", "COUNTRY:Russia"), doc("k2", "k2", day(6), "PERSON:Kim Jong Un", "ORG:Acme")},
		{doc("k3", "k3", day(7), "PERSON:Kim Jong Un", "COUNTRY:Russia")},
	}
	for i, d := range testdocs.Random(60, 17) {
		if i%10 == 0 {
			steps = append(steps, nil)
		}
		steps[len(steps)-1] = append(steps[len(steps)-1], d)
	}
	// The node of a raw id in an article ("" for the links in every
	// article), after the steps that move them.
	type in struct{ article, raw string }
	links := map[int]map[in]string{
		1: {{"p1", "PERSON:Putin"}: "PERSON:Putin"},
		2: {{"p1", "PERSON:Putin"}: "PERSON:Vladimir Putin"},
		4: {{"p1", "PERSON:Putin"}: "PERSON:Putin", {"p2", "PERSON:Putin"}: "PERSON:Putin"},
		5: {{"", "ORG:Kim Jong Un"}: "PERSON:Kim Jong Un"},
	}
	var all []*extract.Doc
	for i, batch := range steps {
		all = append(all, batch...)
		addAll(t, s, batch, len(batch))
		if i == 3 {
			continue // two batches in one refresh
		}
		if done, err := s.Refresh(ctx); err != nil || !done {
			t.Fatalf("step %d: Refresh() = %v, %v", i, done, err)
		}
		cq, cached, err := s.Querier(ctx, time.Time{}, time.Time{})
		if err != nil || !cached {
			t.Fatalf("step %d: Querier cached %v, %v", i, cached, err)
		}
		g := graphstore.New()
		for _, d := range all {
			g.Add(d)
		}
		// The steps move raw ids between nodes, which is what they test.
		if want, ok := links[i]; ok {
			for k, to := range want {
				got := g.Canonical(k.raw)
				if k.article != "" {
					got = g.CanonicalIn(k.article, k.raw)
				}
				if got != to {
					t.Fatalf("step %d: the graph links %s in %q to %s, the test wants %s", i, k.raw, k.article, got, to)
				}
			}
		}
		t.Run(fmt.Sprint("step", i), func(t *testing.T) {
			storetest.SameAnswers(t, cq, graphstore.QuerierOf(g), g)
		})
		if t.Failed() {
			return
		}
	}
}
