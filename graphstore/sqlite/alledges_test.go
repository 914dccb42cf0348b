package sqlite

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortByNums wants edges sorted by their ends' numbers, source then
// target, as compareNums orders them: numbers of 32 bits (packed into one
// key) with sources shared by many edges and targets at the 32-bit limit,
// and lists with a number past it or below 0 (compared as they are).
func TestSortByNums(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 27))
	for round := range 40 {
		seen := map[[2]int64]bool{}
		var edges []numberedEdge
		for len(edges) < 1+r.IntN(300) {
			n := [2]int64{int64(r.IntN(20)), int64(r.IntN(5000))}
			switch r.IntN(10) {
			case 0:
				n[1] = math.MaxUint32 - int64(r.IntN(3))
			case 1:
				n[0] = math.MaxUint32
			}
			if round%4 == 3 && r.IntN(50) == 0 {
				n[r.IntN(2)] = []int64{math.MaxUint32 + 1, math.MaxInt64, -1}[r.IntN(3)]
			}
			if !seen[n] {
				seen[n] = true
				edges = append(edges, numberedEdge{n, int32(len(edges))})
			}
		}
		want := slices.Clone(edges)
		slices.SortFunc(want, func(x, y numberedEdge) int { return compareNums(x.nums, y.nums) })
		sortByNums(edges)
		if !slices.Equal(edges, want) {
			t.Fatalf("round %d: sorted\n%v\nwant\n%v", round, edges, want)
		}
	}
}

// TestSortPairs wants pairs sorted as comparePairs orders them: first ids
// that differ past their 16th byte, that end within it, that are prefixes
// of one another (with NUL bytes, which the key pads with, and bytes past
// 0x7f), alike with different second ids, and pairs repeated.
func TestSortPairs(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 27))
	alphabet := []string{"a", "b", "\x00", "\xff", "é", "org:", "person:", "ORG:", " "}
	word := func() string {
		var b []byte
		for range r.IntN(7) {
			b = append(b, alphabet[r.IntN(len(alphabet))]...)
		}
		return string(b)
	}
	for round := range 60 {
		var pairs [][2]string
		for range r.IntN(400) {
			p := [2]string{word(), word()}
			if r.IntN(3) == 0 {
				p[0] = "person:john smith" + word() // alike in the first 16 bytes
			}
			pairs = append(pairs, p)
			if r.IntN(10) == 0 {
				pairs = append(pairs, p)
			}
		}
		want := slices.Clone(pairs)
		slices.SortFunc(want, comparePairs)
		sortPairs(pairs)
		if !slices.Equal(pairs, want) {
			t.Fatalf("round %d: sorted\n%q\nwant\n%q", round, pairs, want)
		}
	}
}
