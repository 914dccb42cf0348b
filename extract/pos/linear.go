package pos

// linear is a trained linear model over hashed features: for each feature
// key, the classes it has a weight for. Rows are sparse because most
// features speak for a few classes only.
type linear struct {
	nclass int
	keys   []uint64 // open addressing, 0 = empty
	start  []uint32 // len(keys)+1: the pairs of slot s are pairs[start[s]:start[s+1]]
	pairs  []pair
	shift  uint
	nfeat  int
	sorted []row // the features in key order, as saved
}

type pair struct {
	class uint8
	w     int16
}

type row struct {
	key   uint64
	pairs []pair
}

const slotMul = 0x9E3779B97F4A7C15

// build makes the lookup table from l.sorted.
func (l *linear) build() {
	l.nfeat = len(l.sorted)
	size, bits := 16, uint(4)
	for size < 2*len(l.sorted) {
		size <<= 1
		bits++
	}
	l.shift = 64 - bits
	mask := uint64(size - 1)
	keys := make([]uint64, size)
	at := make([]int32, size)
	for i, r := range l.sorted {
		s := (r.key * slotMul) >> l.shift
		for keys[s] != 0 {
			s = (s + 1) & mask
		}
		keys[s] = r.key
		at[s] = int32(i)
	}
	n := 0
	for _, r := range l.sorted {
		n += len(r.pairs)
	}
	l.keys = keys
	l.start = make([]uint32, size+1)
	l.pairs = make([]pair, 0, n)
	for s := range keys {
		l.start[s] = uint32(len(l.pairs))
		if keys[s] != 0 {
			l.pairs = append(l.pairs, l.sorted[at[s]].pairs...)
		}
	}
	l.start[size] = uint32(len(l.pairs))
}

// lookup returns the weights of feature k, nil when it has none.
func (l *linear) lookup(k uint64) []pair {
	keys := l.keys
	if len(keys) == 0 {
		return nil
	}
	mask := uint64(len(keys) - 1)
	s := (k * slotMul) >> l.shift
	for {
		c := keys[s]
		if c == k {
			return l.pairs[l.start[s]:l.start[s+1]]
		}
		if c == 0 {
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
