package pos

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
	sorted []row // the features in key order, as saved
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
	l.nfeat = len(l.sorted)
	size, bits := 16, uint(4)
	for size*3 < 4*len(l.sorted) {
		size <<= 1
		bits++
	}
	l.shift = 64 - bits
	mask := uint64(size - 1)
	l.slots = make([]slot, size)
	l.extra = nil
	// About 24 bits per key: one key in 20 not in the model passes.
	fbits, fb := 64, uint(6)
	for fbits < 24*len(l.sorted) {
		fbits <<= 1
		fb++
	}
	l.filter = make([]uint64, fbits/64)
	l.fshift = 64 - fb
	for _, r := range l.sorted {
		h := (r.key * filterMul) >> l.fshift
		l.filter[h/64] |= 1 << (h % 64)
		s := (r.key * slotMul) >> l.shift
		for l.slots[s].key != 0 {
			s = (s + 1) & mask
		}
		sl := &l.slots[s]
		sl.key = r.key
		sl.n = uint8(min(len(r.pairs), 255))
		if len(r.pairs) <= inlined {
			copy(sl.in[:], r.pairs)
		} else {
			sl.off = uint32(len(l.extra))
			l.extra = append(l.extra, r.pairs[:sl.n]...)
		}
	}
}

// lookup returns the weights of feature k, nil when it has none.
func (l *linear) lookup(k uint64) []pair {
	slots := l.slots
	if len(slots) == 0 {
		return nil
	}
	if h := (k * filterMul) >> l.fshift; l.filter[h/64]&(1<<(h%64)) == 0 {
		return nil
	}
	mask := uint64(len(slots) - 1)
	s := (k * slotMul) >> l.shift
	for {
		sl := &slots[s]
		if sl.key == k {
			if sl.n <= inlined {
				return sl.in[:sl.n]
			}
			return l.extra[sl.off : sl.off+uint32(sl.n)]
		}
		if sl.key == 0 {
			return nil
		}
		s = (s + 1) & mask
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
