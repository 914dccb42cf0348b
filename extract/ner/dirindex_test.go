package ner

import (
	"encoding/binary"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestDirIndex finds every key of indexes of many sizes, and nothing that
// is not a key, against the keys' own positions; keys bunched under one
// prefix and keys at the ends of the range too.
func TestDirIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	sets := [][]uint64{nil, {0}, {1<<64 - 1}, {0, 1, 2, 3, 1<<64 - 2, 1<<64 - 1}}
	for _, n := range []int{1, 2, 3, 17, 31, 32, 33, 100, 1000, 40000} {
		set := map[uint64]bool{}
		for len(set) < n {
			set[r.Uint64()&^1] = true // even keys: odd ones are never keys
		}
		sets = append(sets, slices.Sorted(func(yield func(uint64) bool) {
			for k := range set {
				if !yield(k) {
					return
				}
			}
		}))
	}
	bunched := make([]uint64, 500)
	for i := range bunched {
		bunched[i] = 1<<60 + uint64(2*i)
	}
	sets = append(sets, bunched)
	for _, keys := range sets {
		x := newDirIndex(keys)
		for i, k := range keys {
			if got := x.find(k); got != i {
				t.Fatalf("%d keys: find(%#x) = %d, want %d", len(keys), k, got, i)
			}
		}
		for range 2000 {
			k := r.Uint64() | 1
			if got := x.find(k); got != -1 && keys[got] != k {
				t.Fatalf("%d keys: find(%#x) = %d, which is %#x", len(keys), k, got, keys[got])
			}
		}
		for i, k := range keys {
			if k&1 == 0 && !slices.Contains(keys, k+1) {
				if got := x.find(k + 1); got != -1 {
					t.Fatalf("%d keys: find(%#x), after key %d, = %d", len(keys), k+1, i, got)
				}
			}
		}
	}
	var empty dirIndex
	if empty.find(3) != -1 {
		t.Error("find in an empty index found something")
	}
}

// TestDecoderGazetteer reads phrases as Save writes them (a hash of eight
// bytes, then the type set as a varint), cut short at every byte and out
// of order.
func TestDecoderGazetteer(t *testing.T) {
	keys := []uint64{5, 1 << 33, 1<<63 + 7}
	vals := []uint32{0, 1<<31 | 1<<20 | 3, 127}
	var b []byte
	for i, k := range keys {
		b = binary.LittleEndian.AppendUint64(b, k)
		b = binary.AppendUvarint(b, uint64(vals[i]))
	}
	b = append(b, 0xAB) // what follows the gazetteer
	gk, gv := make([]uint64, 3), make([]uint32, 3)
	d := &decoder{b: b}
	d.gazetteer(gk, gv)
	if d.err != nil || !slices.Equal(gk, keys) || !slices.Equal(gv, vals) || len(d.b) != 1 {
		t.Fatalf("gazetteer: %v, %v, %d left, err %v; want %v, %v", gk, gv, len(d.b), d.err, keys, vals)
	}
	for n := range len(b) - 1 {
		d := &decoder{b: b[:n]}
		if d.gazetteer(gk, gv); d.err == nil {
			t.Errorf("gazetteer of the first %d bytes: no error", n)
		}
	}
	swapped := slices.Clone(b)
	copy(swapped[0:8], b[9:17]) // the second key first: 1<<33, 1<<33
	d = &decoder{b: swapped}
	if d.gazetteer(gk, gv); d.err == nil {
		t.Error("keys out of order: no error")
	}
}
