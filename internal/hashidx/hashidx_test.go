package hashidx

import (
	"math/rand/v2"
	"testing"
)

func TestFind(t *testing.T) {
	keys := []uint64{3, 17, 1 << 40, 99, 5}
	x := New(keys)
	for i, k := range keys {
		if got := x.Find(k); got != i {
			t.Errorf("Find(%d) = %d, want %d", k, got, i)
		}
	}
	for _, k := range []uint64{0, 4, 1<<40 + 1} {
		if got := x.Find(k); got != -1 {
			t.Errorf("Find(%d) = %d, want -1", k, got)
		}
	}
	if x.Len() != len(keys) {
		t.Errorf("Len = %d, want %d", x.Len(), len(keys))
	}
	var empty Index
	if empty.Find(3) != -1 || empty.Len() != 0 {
		t.Error("the zero Index found something")
	}
}

// TestFindMany fills the table to its load limit with keys that collide in
// their top bits, so that probes wrap past the end of the slots.
func TestFindMany(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	seen := map[uint64]bool{}
	var keys []uint64
	for len(keys) < 5000 {
		k := r.Uint64() >> 20 // small keys: many share a slot
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	x := New(keys)
	for i, k := range keys {
		if got := x.Find(k); got != i {
			t.Fatalf("Find(%#x) = %d, want %d", k, got, i)
		}
	}
	for range 5000 {
		k := r.Uint64() >> 20
		if got := x.Find(k); (got >= 0) != seen[k] || got >= 0 && keys[got] != k {
			t.Fatalf("Find(%#x) = %d, in keys %v", k, got, seen[k])
		}
	}
}
