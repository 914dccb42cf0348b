package ner

// hashIndex maps 64-bit hashes to their positions in a slice of keys, by
// open addressing with linear probing. Building one from n keys costs a
// few nanoseconds a key, several times less than a Go map, which matters
// when a model with hundreds of thousands of gazetteer phrases and
// clustered words loads.
type hashIndex struct {
	slots []int32 // position+1 in keys; 0 = empty
	keys  []uint64
	shift uint
}

func newHashIndex(keys []uint64) hashIndex {
	bitsN := uint(4)
	for 1<<bitsN < 2*len(keys) {
		bitsN++
	}
	x := hashIndex{slots: make([]int32, 1<<bitsN), keys: keys, shift: 64 - bitsN}
	mask := uint64(len(x.slots) - 1)
	for i, k := range keys {
		s := (k * 0x9E3779B97F4A7C15) >> x.shift
		for x.slots[s] != 0 {
			s = (s + 1) & mask
		}
		x.slots[s] = int32(i + 1)
	}
	return x
}

// find returns the position of key h, or -1.
func (x *hashIndex) find(h uint64) int {
	if len(x.slots) == 0 {
		return -1
	}
	mask := uint64(len(x.slots) - 1)
	for s := (h * 0x9E3779B97F4A7C15) >> x.shift; ; s = (s + 1) & mask {
		p := x.slots[s]
		if p == 0 {
			return -1
		}
		if x.keys[p-1] == h {
			return int(p - 1)
		}
	}
}

// dirIndex finds hashes in keys kept in increasing order by their top
// bits: dir[p] is the position of the first key whose top bits are p or
// more. It is built in one pass over the keys, with sequential writes, and
// a quarter of a hashIndex's size, and finds a key with as many reads (the
// directory, then the keys, one or two of them on average): the
// gazetteer's 312,636 phrases took 9 M instructions and 4 MB of fresh
// memory at each start in a hashIndex, 2 M and 1 MB here.
type dirIndex struct {
	dir   []uint32 // 1<<bits + 1 positions
	keys  []uint64
	shift uint
}

// newDirIndex indexes keys, which must increase (else find may miss
// some, but never fails otherwise): a bucket for every two keys or so.
func newDirIndex(keys []uint64) dirIndex {
	bitsN := uint(4)
	for 2<<bitsN < len(keys) {
		bitsN++
	}
	x := dirIndex{dir: make([]uint32, 1<<bitsN+1), keys: keys, shift: 64 - bitsN}
	p := uint64(0)
	for i, k := range keys {
		for b := k >> x.shift; p <= b; p++ {
			x.dir[p] = uint32(i)
		}
	}
	for ; p < uint64(len(x.dir)); p++ {
		x.dir[p] = uint32(len(keys))
	}
	return x
}

// find returns the position of key h, or -1.
func (x *dirIndex) find(h uint64) int {
	if len(x.dir) == 0 {
		return -1
	}
	p := h >> x.shift
	for i, end := x.dir[p], x.dir[p+1]; i < end; i++ {
		if k := x.keys[i]; k >= h {
			if k == h {
				return int(i)
			}
			break
		}
	}
	return -1
}
