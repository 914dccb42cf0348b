package graphstore_test

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/input"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testenv"
)

var agnews = flag.Bool("agnews", false, "build the graph of all 7,600 AG News test articles and report its nodes (a few seconds)")

// TestAGNewsNodes builds the graph of the AG News test set with the default
// recognizer, reports the number of nodes and the 30 most mentioned, and
// fails if two nodes of one type differ only by case, punctuation or a
// possessive. Run it with
//
//	go test ./graphstore -run AGNews -agnews -v
func TestAGNewsNodes(t *testing.T) {
	if !*agnews {
		t.Skip("reads all 7,600 AG News articles; run with -agnews")
	}
	path := testenv.Shared(t, "data/agnews/test.csv")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	r := input.NewReader(f, path, input.ReaderOptions{Columns: []string{"label", "title", "text"}})
	in := make(chan extract.Article)
	out := make(chan *extract.Doc)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range in {
				out <- ex.Extract(a)
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	var readErr error
	go func() {
		defer close(in)
		for {
			a, err := r.Read()
			if err == io.EOF {
				return
			}
			if err != nil {
				readErr = err
				return
			}
			in <- a
		}
	}()
	g := graphstore.New()
	for d := range out {
		g.Add(d)
	}
	if readErr != nil {
		t.Fatal(readErr)
	}
	var nodes []graphstore.Node
	for _, n := range g.Nodes() {
		nodes = append(nodes, n)
	}
	byType := map[extract.Type]int{}
	for _, n := range nodes {
		byType[n.Type]++
	}
	t.Logf("%d articles, %d nodes (PERSON %d, ORG %d, COUNTRY %d, LOCATION %d), %d edges",
		g.Len(), len(nodes), byType[extract.Person], byType[extract.Org], byType[extract.Country], byType[extract.Location], g.NumEdges())
	same := graphstore.NearDuplicates(nodes, true)
	var splits int
	same = slices.DeleteFunc(same, func(grp []graphstore.Node) bool {
		if splitOnly(grp) {
			splits++
			t.Logf("  one name split on purpose: %s", describe(grp))
			return true
		}
		return false
	})
	t.Logf("same-type groups that are one id and its splits (towns of two states, namesakes): %d", splits)
	any := graphstore.NearDuplicates(nodes, false)
	t.Logf("nodes differing only by case, punctuation or possessive: %d groups of one type, %d groups across types", len(same), len(any))
	for i, grp := range any {
		if i == 20 {
			t.Logf("  ...")
			break
		}
		t.Logf("  %s", describe(grp))
	}
	top := slices.Clone(nodes)
	slices.SortStableFunc(top, func(a, b graphstore.Node) int { return b.Mentions - a.Mentions })
	t.Logf("the 30 most mentioned entities:")
	for i, n := range top[:min(30, len(top))] {
		var al []string
		for _, a := range n.Aliases {
			al = append(al, fmt.Sprintf("%s (%d)", a.Name, a.Count))
		}
		t.Logf("%2d. %-24s %-8s %5d mentions %4d articles  aliases: %s", i+1, n.ID, n.Type, n.Mentions, n.Articles, strings.Join(al, ", "))
	}
	if len(same) > 0 {
		t.Errorf("%d groups of same-type nodes differ only by case, punctuation or possessive, want 0; first: %s", len(same), describe(same[0]))
	}
}

func describe(grp []graphstore.Node) string {
	var s []string
	for _, n := range grp {
		s = append(s, fmt.Sprintf("%s %q", n.ID, n.Label))
	}
	return strings.Join(s, " | ")
}

// splitOnly reports whether the nodes of grp are one id and its splits
// ("location:aurora" and "location:aurora~us-or"): the linker's decision
// that one name names two entities (a town of two states, two namesakes),
// which no case, punctuation or possessive tells apart, not a duplicate.
func splitOnly(grp []graphstore.Node) bool {
	base, _, _ := strings.Cut(grp[0].ID, "~")
	for _, n := range grp[1:] {
		if b, _, _ := strings.Cut(n.ID, "~"); b != base {
			return false
		}
	}
	return true
}
