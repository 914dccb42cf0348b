package graphstore_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/nergraph/nergraph/graphstore"
)

// randomEdges makes a graph of n nodes with about deg edges per node and
// weights from 1 to maxWeight, so that many paths tie; a few nodes are hubs,
// as in news graphs, and a few are left alone.
func randomEdges(rng *rand.Rand, n, deg, maxWeight int) []graphstore.Edge {
	seen := map[[2]int]bool{}
	var edges []graphstore.Edge
	add := func(a, b int) {
		if a == b {
			return
		}
		if a > b {
			a, b = b, a
		}
		if seen[[2]int{a, b}] {
			return
		}
		seen[[2]int{a, b}] = true
		// Ids of uneven width, so that their order is not the numbers'.
		edges = append(edges, graphstore.Edge{Source: fmt.Sprint("n", a), Target: fmt.Sprint("n", b), Weight: 1 + rng.IntN(maxWeight)})
	}
	for i := range n * deg / 2 {
		a := rng.IntN(n - 2) // the last two nodes stay alone
		b := rng.IntN(n - 2)
		if i%5 == 0 {
			b = rng.IntN(3) // a hub
		}
		add(a, b)
	}
	for i := range edges {
		if edges[i].Source > edges[i].Target {
			edges[i].Source, edges[i].Target = edges[i].Target, edges[i].Source
		}
	}
	return edges
}

// arcsOf serves the edges of a graph by node number, as a store would, and
// counts the nodes asked for.
type arcsOf struct {
	adj   map[int][]graphstore.Arc[int]
	id    map[int]string
	asked int
}

func newArcsOf(edges []graphstore.Edge) (*arcsOf, map[string]int) {
	a := &arcsOf{adj: map[int][]graphstore.Arc[int]{}, id: map[int]string{}}
	num := map[string]int{}
	key := func(id string) int {
		k, ok := num[id]
		if !ok {
			k = len(num)
			num[id] = k
			a.id[k] = id
		}
		return k
	}
	for _, e := range edges {
		s, t := key(e.Source), key(e.Target)
		a.adj[s] = append(a.adj[s], graphstore.Arc[int]{To: t, Weight: e.Weight})
		a.adj[t] = append(a.adj[t], graphstore.Arc[int]{To: s, Weight: e.Weight})
	}
	return a, num
}

func (a *arcsOf) arcs(_ context.Context, k int) ([]graphstore.Arc[int], error) {
	a.asked++
	return a.adj[k], nil
}

// levels serves the edges of many nodes at once.
func (a *arcsOf) levels(ctx context.Context, ks []int) (map[int][]graphstore.Arc[int], error) {
	out := map[int][]graphstore.Arc[int]{}
	for _, k := range ks {
		out[k], _ = a.arcs(ctx, k)
	}
	return out, nil
}

func (a *arcsOf) ids(_ context.Context, ks []int) (map[int]string, error) {
	out := map[int]string{}
	for _, k := range ks {
		out[k] = a.id[k]
	}
	return out, nil
}

// TestSearchPathIsShortestPath wants SearchPath's path on every pair of
// nodes of random graphs to be ShortestPath's, ties included.
func TestSearchPathIsShortestPath(t *testing.T) {
	ctx := context.Background()
	pairs, asked, all := 0, 0, 0
	for seed := range uint64(12) {
		rng := rand.New(rand.NewPCG(seed, 1))
		n := 10 + rng.IntN(50)
		edges := randomEdges(rng, n, 1+rng.IntN(4), 1+rng.IntN(3))
		a, num := newArcsOf(edges)
		for from, fk := range num {
			for to, tk := range num {
				want, wantErr := graphstore.ShortestPath(edges, from, to)
				var wantNodes []string
				if wantErr == nil {
					wantNodes = []string{from}
					id := from
					for _, ei := range want {
						id = edges[ei].Other(id)
						wantNodes = append(wantNodes, id)
					}
				}
				a.asked = 0
				got, err := graphstore.SearchPath(ctx, fk, tk, a.arcs, a.ids)
				var gotNodes []string
				for _, k := range got {
					gotNodes = append(gotNodes, a.id[k])
				}
				if (err == nil) != (wantErr == nil) || !reflect.DeepEqual(gotNodes, wantNodes) {
					t.Fatalf("seed %d, %s to %s: got %v, %v; want %v, %v", seed, from, to, gotNodes, err, wantNodes, wantErr)
				}
				if err != nil && !errors.Is(err, graphstore.ErrNoPath) {
					t.Fatalf("seed %d, %s to %s: %v, want ErrNoPath", seed, from, to, err)
				}
				read := a.asked
				a.asked = 0
				levels, lerr := graphstore.SearchPathLevels(ctx, fk, tk, a.levels, a.ids)
				if fmt.Sprint(lerr) != fmt.Sprint(err) || !reflect.DeepEqual(levels, got) || a.asked != read {
					t.Fatalf("seed %d, %s to %s: SearchPathLevels gives %v, %v reading %d nodes; SearchPath %v, %v reading %d",
						seed, from, to, levels, lerr, a.asked, got, err, read)
				}
				a.asked = read
				if err == nil {
					pairs++
					asked += a.asked
					all += len(a.adj)
				}
			}
		}
	}
	t.Logf("%d pairs joined; the search read the edges of %.1f%% of the nodes", pairs, 100*float64(asked)/float64(all))
}

// TestSearchPathLoners: a node without edges has no path to another, and a
// path from a node to itself is the node.
func TestSearchPathLoners(t *testing.T) {
	edges := []graphstore.Edge{{Source: "a", Target: "b", Weight: 1}}
	a, num := newArcsOf(edges)
	lone := len(num)
	a.id[lone] = "z"
	if _, err := graphstore.SearchPath(context.Background(), num["a"], lone, a.arcs, a.ids); !errors.Is(err, graphstore.ErrNoPath) {
		t.Errorf("path to a node without edges: %v, want ErrNoPath", err)
	}
	if got, err := graphstore.SearchPath(context.Background(), lone, lone, a.arcs, a.ids); err != nil || !reflect.DeepEqual(got, []int{lone}) {
		t.Errorf("path from a node to itself: %v, %v", got, err)
	}
}
