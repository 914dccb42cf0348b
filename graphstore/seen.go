package graphstore

import "hash/maphash"

// seenSet is the set of the cleaned-text hashes and of the ids of a
// graph's articles, by which Add refuses duplicates. Each is an open
// addressing table of article indexes (plus one; 0 is an empty slot),
// probed linearly from the 64-bit hash of the key, and the article at a
// slot settles whether it holds the key, so no key is stored: 4 bytes a
// slot, at most half full, where a Go map of the 64-bit hashes took about
// 30 bytes an article each and twice that while it grew (issue 15:
// bounded memory).
type seenSet struct {
	seed   maphash.Seed
	byHash []int32 // length a power of two
	byID   []int32
	n      int // articles in the set
}

func newSeenSet() *seenSet {
	return &seenSet{seed: maphash.MakeSeed(), byHash: make([]int32, 64), byID: make([]int32, 64)}
}

// hashKey is an article's Hash as the set compares it: the 32 bytes of a
// SHA-256 (see parseHash), or else the string.
type hashKey struct {
	sum  [32]byte
	text string
	ok   bool // sum holds it
}

func hashKeyOf(h string) hashKey {
	if b, ok := parseHash(h); ok {
		return hashKey{sum: b, ok: true}
	}
	return hashKey{text: h}
}

func (a *article) hashKey() hashKey {
	if a.hash != [32]byte{} {
		return hashKey{sum: a.hash, ok: true}
	}
	return hashKey{text: a.hashOf()}
}

func (s *seenSet) hashHash(k hashKey) uint64 {
	if k.ok {
		return maphash.Bytes(s.seed, k.sum[:])
	}
	return maphash.String(s.seed, k.text)
}

// has reports whether an article of arts has the hash or the id.
func (s *seenSet) has(arts []article, hash, id string) bool {
	k := hashKeyOf(hash)
	return s.find(s.byHash, s.hashHash(k), func(a *article) bool { return a.hashKey() == k }, arts) ||
		s.find(s.byID, maphash.String(s.seed, id), func(a *article) bool { return a.id == id }, arts)
}

// find reports whether the table t holds an article for which is says
// true, probing from h.
func (s *seenSet) find(t []int32, h uint64, is func(*article) bool, arts []article) bool {
	mask := uint64(len(t) - 1)
	for p := h & mask; t[p] != 0; p = (p + 1) & mask {
		if is(&arts[t[p]-1]) {
			return true
		}
	}
	return false
}

// add puts article i of arts in the set; has must have said false of it.
func (s *seenSet) add(arts []article, i int) {
	if 2*(s.n+1) > len(s.byID) {
		s.byHash = make([]int32, 2*len(s.byHash))
		s.byID = make([]int32, 2*len(s.byID))
		for j := range s.n {
			s.put(arts, j)
		}
	}
	s.put(arts, i)
	s.n++
}

// put puts article i in both tables, which have room.
func (s *seenSet) put(arts []article, i int) {
	a := &arts[i]
	insert(s.byHash, s.hashHash(a.hashKey()), int32(i))
	insert(s.byID, maphash.String(s.seed, a.id), int32(i))
}

func insert(t []int32, h uint64, i int32) {
	mask := uint64(len(t) - 1)
	p := h & mask
	for t[p] != 0 {
		p = (p + 1) & mask
	}
	t[p] = i + 1
}
