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
