package graphstore

import (
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"
)

// readAll asks g every read question and returns the answers as text.
func readAll(g *Graph) []string {
	var out []string
	add := func(what string, v ...any) { out = append(out, what+" "+fmt.Sprint(v...)) }
	add("nodes", nodesOf(g), g.NumNodes())
	add("edges", edgesOf(g), g.NumEdges())
	add("articles", g.Articles(), g.Len())
	add("degrees", g.Degrees())
	add("top", g.Top("", 5))
	for _, n := range nodesOf(g) {
		nd, ok := g.Node(n.ID)
		add("node", nd, ok)
		add("neighbors", g.Neighbors(n.ID))
		add("canonical", g.Canonical(n.ID))
		add("articlesOf", g.ArticlesOf(n.ID))
		l, err := g.Lookup(n.Label)
		add("lookup", l, err)
		hops, err := g.Path(n.ID, "PERSON:Vladimir Putin")
		add("path", hops, err)
	}
	f, err := g.Filter(Filter{MinWeight: 2})
	add("filter", err)
	if err == nil {
		add("filtered", nodesOf(f), edgesOf(f))
	}
	return out
}

// TestConcurrentReads reads a graph that has not been finalized yet from
// many goroutines at once (run with -race): every reader gets the answers of
// a graph read from one goroutine, and reading changes nothing.
func TestConcurrentReads(t *testing.T) {
	docs := randomDocs(300, 9)
	build := func() *Graph {
		g := New()
		for _, d := range docs {
			g.Add(d)
		}
		return g
	}
	want := readAll(build())
	g := build()
	const readers = 8
	got := make([][]string, readers)
	var wg sync.WaitGroup
	for i := range readers {
		wg.Go(func() { got[i] = readAll(g) })
	}
	wg.Wait()
	for i := range readers {
		if !reflect.DeepEqual(got[i], want) {
			t.Errorf("reader %d got other answers than a lone reader", i)
		}
	}
	if again := readAll(g); !reflect.DeepEqual(again, want) {
		t.Errorf("reading changed the graph")
	}
}

// TestReadSnapshot checks that the nodes handed out before an Add are those
// of the graph at the time, and that the next read sees the Add.
func TestReadSnapshot(t *testing.T) {
	g := New()
	g.Add(fakeDoc("1", "one", time.Time{}, "ORG:Acme", "ORG:Bolt"))
	nodes, edges := g.Nodes(), g.Edges()
	g.Add(fakeDoc("2", "two", time.Time{}, "ORG:Acme", "ORG:Cato"))
	if got := len(values(nodes)); got != 2 {
		t.Errorf("nodes handed out before the Add: %d, want 2", got)
	}
	if got := len(values(edges)); got != 1 {
		t.Errorf("edges handed out before the Add: %d, want 1", got)
	}
	if g.NumNodes() != 3 || g.NumEdges() != 2 {
		t.Errorf("after the Add: %d nodes, %d edges; want 3, 2", g.NumNodes(), g.NumEdges())
	}
	// A node value handed out is a copy: changing it leaves the graph alone.
	for _, n := range g.Nodes() {
		n.Label = "changed"
	}
	if n, _ := g.Node("ORG:Acme"); n.Label != "Acme" {
		t.Errorf("label %q after changing a copy, want Acme", n.Label)
	}
}
