package layout

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"runtime"
	"testing"
)

// digest returns a SHA-256 of every bit of the results, to compare runs
// across processes (the log shows it).
func digest(pts []Point, p Partition, rank []float64) string {
	h := sha256.New()
	var buf [8]byte
	put := func(v float64) {
		binary.LittleEndian.PutUint64(buf[:], math.Float64bits(v))
		h.Write(buf[:])
	}
	for _, q := range pts {
		put(q.X)
		put(q.Y)
	}
	for _, c := range p.Community {
		put(float64(c))
	}
	put(p.Modularity)
	for _, r := range rank {
		put(r)
	}
	return fmt.Sprintf("%x", h.Sum(nil)[:12])
}

// TestRealGraphDeterminism runs everything on the AG News graph (and, with
// NERGRAPH_LAYOUT_LONG=1, on the Reuters+BBC+AG News graph) with 1 and 2
// procs and wants the same bits; the digest in the log lets separate
// processes be compared too.
func TestRealGraphDeterminism(t *testing.T) {
	if testing.Short() {
		t.Skip("real graphs skipped in -short mode")
	}
	sets := [][]string{{"ag.json"}}
	if os.Getenv("NERGRAPH_LAYOUT_LONG") != "" {
		sets = append(sets, []string{"ag.json", "rb.json"})
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, files := range sets {
		g := realGraph(t, files...)
		var first string
		for _, procs := range []int{1, 2} {
			runtime.GOMAXPROCS(procs)
			ctx := context.Background()
			pts, err := ForceAtlas2(ctx, g, Options{Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			p, err := Louvain(ctx, g, LouvainOptions{Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			rank, err := PageRank(ctx, g, DefaultDamping, DefaultTolerance)
			if err != nil {
				t.Fatal(err)
			}
			d := digest(pts, p, rank)
			t.Logf("%v GOMAXPROCS=%d: digest %s, Q = %.4f", files, procs, d, p.Modularity)
			if first == "" {
				first = d
			} else if d != first {
				t.Errorf("%v: GOMAXPROCS=%d gives digest %s, GOMAXPROCS=1 gave %s", files, procs, d, first)
			}
		}
	}
}
