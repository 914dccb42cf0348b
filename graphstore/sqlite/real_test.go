package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"strconv"
	"testing"
	"time"

	"github.com/nergraph/nergraph/graphstore"
)

// TestRealStorePaths compares the paths the cache finds with those of the
// graph, on a real store: NERGRAPH_STORE names it (opened read-only),
// NERGRAPH_PAIRS how many random pairs of nodes to try (100 by default).
// It reports the time of each kind of search.
//
//	NERGRAPH_STORE=graph.db go test ./graphstore/sqlite -run RealStorePaths -v
func TestRealStorePaths(t *testing.T) {
	path := os.Getenv("NERGRAPH_STORE")
	if path == "" {
		t.Skip("NERGRAPH_STORE names no store")
	}
	pairs := 100
	if n, err := strconv.Atoi(os.Getenv("NERGRAPH_PAIRS")); err == nil {
		pairs = n
	}
	ctx := context.Background()
	s, err := Open(ctx, path, graphstore.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	q, cached, err := s.Querier(ctx, time.Time{}, time.Time{})
	if err != nil || !cached {
		t.Fatalf("Querier: cached %v, %v; want a fresh cache", cached, err)
	}
	g := loadAll(t, s)
	var ids []string
	for _, n := range g.Nodes() {
		ids = append(ids, n.ID)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var inCache, inGraph time.Duration
	hops := map[int]int{}
	var longest [2]string
	for range pairs {
		from, to := ids[rng.IntN(len(ids))], ids[rng.IntN(len(ids))]
		start := time.Now()
		got, gerr := q.Path(ctx, from, to)
		inCache += time.Since(start)
		start = time.Now()
		want, werr := g.Path(from, to)
		inGraph += time.Since(start)
		if fmt.Sprint(gerr) != fmt.Sprint(werr) || !reflect.DeepEqual(got, want) {
			t.Errorf("Path(%s, %s): cache %v, %v; graph %v, %v", from, to, got, gerr, want, werr)
		}
		if len(want) > 0 && len(want) >= hops[-1] {
			hops[-1], longest = len(want), [2]string{from, to}
		}
		hops[len(want)]++
	}
	t.Logf("a longest path: %s to %s, %d hops", longest[0], longest[1], hops[-1])
	delete(hops, -1)
	t.Logf("%d pairs, by hops %v; cache %v a path, graph (loaded) %v a path", pairs, hops,
		inCache/time.Duration(pairs), inGraph/time.Duration(pairs))
}
