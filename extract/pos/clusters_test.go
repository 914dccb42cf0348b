package pos

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestClusterIndex finds every key of an index with its clusters, and no
// other hash, against a Go map of the same; a nil index has none.
func TestClusterIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	want := map[uint64][numLevels]uint16{}
	for len(want) < 3000 {
		want[r.Uint64()|1] = [numLevels]uint16{uint16(r.IntN(64)), uint16(r.IntN(512)), uint16(r.IntN(1 << 16))}
	}
	keys := make([]uint64, 0, len(want))
	for k := range want {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	ids := make([][numLevels]uint16, len(keys))
	for i, k := range keys {
		ids[i] = want[k]
	}
	c := newClusterIndex(keys, ids)
	if c.len() != len(want) {
		t.Fatalf("len = %d, want %d", c.len(), len(want))
	}
	for k, v := range want {
		if got := c.get(k); got != v {
			t.Fatalf("get(%#x) = %v, want %v", k, got, v)
		}
		if got := c.get(k ^ 1); got != ([numLevels]uint16{}) {
			t.Fatalf("get(%#x), not a key, = %v", k^1, got)
		}
	}
	var none clusterMap
	if got := none.get(keys[0]); got != ([numLevels]uint16{}) || none.len() != 0 {
		t.Errorf("nil index: get = %v, len = %d", got, none.len())
	}
}

// TestClusterTable keys the clusters by the normalized word, the first
// word in sorted order winning among those that normalize alike.
func TestClusterTable(t *testing.T) {
	c := clusterTable(map[string][]uint16{"river": {1, 2, 3}, "Bank": {4, 5, 6}, "lake": {7, 8}})
	for w, want := range map[string][numLevels]uint16{"river": {1, 2, 3}, "Bank": {4, 5, 6}, "lake": {7, 8, 0}, "sea": {}} {
		if got := c.get(addString(fnvOffset, normalize(w))); got != want {
			t.Errorf("clusters of %q = %v, want %v", w, got, want)
		}
	}
	if c.len() != 3 || !slices.IsSorted(c.keys) {
		t.Errorf("len %d, keys sorted %v", c.len(), slices.IsSorted(c.keys))
	}
	if clusterTable(nil) != nil {
		t.Error("clusterTable(nil) is not nil")
	}
}
