package sqlite

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestEdgesByNum checks that edgesByNum gives every edge once, with the
// numbers of its own nodes, in the order of the numbers.
func TestEdgesByNum(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 7, 300} {
		u := &update{newNums: map[string]int64{}}
		ids := make([]string, 40)
		for i := range ids {
			ids[i] = fmt.Sprintf("n%02d", i)
			u.newNums[ids[i]] = int64(r.IntN(1000)) // numbers in another order than the ids
		}
		m := map[[2]string]*edgeAcc{}
		for len(m) < min(n, len(ids)*(len(ids)-1)/2) {
			a, b := r.IntN(len(ids)), r.IntN(len(ids))
			if a < b {
				m[[2]string{ids[a], ids[b]}] = &edgeAcc{weight: a*100 + b}
			}
		}
		got, err := u.edgesByNum(m)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(m) {
			t.Fatalf("%d edges: got %d", len(m), len(got))
		}
		seen := map[[2]string]bool{}
		for i, p := range got {
			if m[p.key] != p.acc || seen[p.key] {
				t.Fatalf("%d edges: edge %d, %v, not the map's or given twice", len(m), i, p.key)
			}
			seen[p.key] = true
			if p.row.source != u.newNums[p.key[0]] || p.row.target != u.newNums[p.key[1]] {
				t.Errorf("edge %v: numbers %d, %d; want those of its nodes", p.key, p.row.source, p.row.target)
			}
			if i > 0 && compareNums([2]int64{got[i-1].row.source, got[i-1].row.target}, [2]int64{p.row.source, p.row.target}) > 0 {
				t.Errorf("%d edges: edge %d out of the numbers' order", len(m), i)
			}
		}
	}
}
