package pos

import (
	"cmp"
	"slices"
)

// linear is a trained linear model over hashed features: for each feature
// key, the classes it has a weight for. Rows are sparse because most
// features speak for a few classes only.
type linear struct {
	nclass int
	slots  []slot // open addressing, key 0 = empty
	extra  []pair // the pairs of slots with more than inlined
	shift  uint
	// filter has a bit set for each key, at (key·filterMul)>>fshift: most
	// of the features looked up have no weight (word pairs the training
	// never saw), and a miss in the filter, a quarter of a megabyte, costs
	// far less than one in the slots, sixteen times larger.
	filter []uint64
	fshift uint
	nfeat  int
	// sorted is the features in key order, as saved, until build makes
	// the table of them and drops it: kept, its 130,000 pointers were
	// scanned by every garbage collection of a program that only tags.
	// [linear.rows] makes it again for Save.
	sorted []row
}

// inlined is the number of weights a slot holds itself: most features have
// two or three, so most lookups touch one cache line.
const inlined = 3

type slot struct {
	key uint64
	n   uint8
	in  [inlined]pair
	off uint32 // into extra, when n > inlined
}

type pair struct {
	class uint8
	w     int16
}

type row struct {
	key   uint64
	pairs []pair
}

const (
	slotMul   = 0x9E3779B97F4A7C15
	filterMul = 0xD1B54A32D192ED03
)

// build makes the lookup table from l.sorted, at a load of at most 3/4.
func (l *linear) build() {
	l.alloc(len(l.sorted))
	for _, r := range l.sorted {
		l.setPairs(l.insert(r.key), r.pairs)
	}
	l.sorted = nil
}

// alloc makes an empty table for n features, at a load of at most 3/4.
func (l *linear) alloc(n int) {
	l.nfeat = n
	size, bits := 16, uint(4)
	for size*3 < 4*n {
		size <<= 1
		bits++
	}
	l.shift = 64 - bits
	l.slots = make([]slot, size)
	l.extra = nil
	// About 24 bits per key: one key in 20 not in the model passes.
	fbits, fb := 64, uint(6)
	for fbits < 24*n {
		fbits <<= 1
		fb++
	}
	l.filter = make([]uint64, fbits/64)
	l.fshift = 64 - fb
}

// insert puts key, not yet in the table and not 0, into the table, with
// no weights, and returns its slot. The table must have a free slot.
func (l *linear) insert(key uint64) int32 {
	h := (key * filterMul) >> l.fshift
	l.filter[h/64] |= 1 << (h % 64)
	mask := uint64(len(l.slots) - 1)
	s := (key * slotMul) >> l.shift
	for l.slots[s].key != 0 {
		s = (s + 1) & mask
	}
	l.slots[s].key = key
	return int32(s)
}

// setPairs gives slot s the weights pairs (at most 255).
func (l *linear) setPairs(s int32, pairs []pair) {
	sl := &l.slots[s]
	sl.n = uint8(min(len(pairs), 255))
	if len(pairs) <= inlined {
		copy(sl.in[:], pairs)
	} else {
		sl.off = uint32(len(l.extra))
		l.extra = append(l.extra, pairs[:sl.n]...)
	}
}

// rows returns the features in key order, as build read them.
func (l *linear) rows() []row {
	rs := make([]row, 0, l.nfeat)
	for s := range l.slots {
		if l.slots[s].key != 0 {
			rs = append(rs, row{key: l.slots[s].key, pairs: l.pairs(int32(s))})
		}
	}
	slices.SortFunc(rs, func(a, b row) int { return cmp.Compare(a.key, b.key) })
	return rs
}

// lookup returns the weights of feature k, nil when it has none.
func (l *linear) lookup(k uint64) []pair { return l.pairs(l.find(k)) }

// find returns the index of feature k's slot, or -1 when it has no
// weights.
func (l *linear) find(k uint64) int32 {
	slots := l.slots
	if len(slots) == 0 {
		return -1
	}
	if h := (k * filterMul) >> l.fshift; l.filter[h/64]&(1<<(h%64)) == 0 {
		return -1
	}
	mask := uint64(len(slots) - 1)
	s := (k * slotMul) >> l.shift
	for {
		sl := &slots[s]
		if sl.key == k {
			return int32(s)
		}
		if sl.key == 0 {
			return -1
		}
		s = (s + 1) & mask
	}
}

// pairs returns the weights in slot s, as find gave it; none for -1.
func (l *linear) pairs(s int32) []pair {
	if s < 0 {
		return nil
	}
	sl := &l.slots[s]
	if sl.n <= inlined {
		return sl.in[:sl.n:sl.n]
	}
	return l.extra[sl.off : sl.off+uint32(sl.n) : sl.off+uint32(sl.n)]
}

// few is the weights of one feature, kept without a pointer so that a
// cache of them is nothing for the garbage collector to scan: in place
// when they are few, as most are, else as the index of their slot.
type few struct {
	n    uint8 // the number of weights; more than inlined: in slot
	in   [inlined]pair
	slot int32
}

// keep returns the weights of feature k as a few.
func (l *linear) keep(k uint64) few {
	s := l.find(k)
	if s < 0 {
		return few{}
	}
	sl := &l.slots[s]
	return few{n: sl.n, in: sl.in, slot: s}
}

// addFew adds the weights f to scores.
func (l *linear) addFew(scores []int32, f *few) {
	ps := f.in[:min(f.n, inlined)]
	if f.n > inlined {
		ps = l.pairs(f.slot)
	}
	for _, p := range ps {
		scores[p.class] += int32(p.w)
	}
}

// add adds the weights of the features fs to scores.
func (l *linear) add(scores []int32, fs []uint64) {
	for _, f := range fs {
		for _, p := range l.lookup(f) {
			scores[p.class] += int32(p.w)
		}
	}
}

// sub subtracts the weights of feature f from scores.
func (l *linear) sub(scores []int32, f uint64) {
	for _, p := range l.lookup(f) {
		scores[p.class] -= int32(p.w)
	}
}
