package graphstore

import "hash/maphash"

// seenSet is the set of the cleaned-text hashes and of the ids of a
// graph's articles, by which Add refuses duplicates. It keeps 16 bytes an
// article in each map, not a string key: the 64-bit hash of the string
// and the index of the article that has it, whose string settles a
// collision exactly. Strings whose 64-bit hash another article's has
// already (about one in 10^8 pairs at a million articles) go into more.
type seenSet struct {
	seed   maphash.Seed
	byHash map[uint64]int
	byID   map[uint64]int
	more   map[string]bool // "h"+Hash, "i"+ID of the colliding
}

func newSeenSet() *seenSet {
	return &seenSet{seed: maphash.MakeSeed(), byHash: map[uint64]int{}, byID: map[uint64]int{}}
}

// has reports whether an article of arts has the hash or the id.
func (s *seenSet) has(arts []article, hash, id string) bool {
	if i, ok := s.byHash[maphash.String(s.seed, hash)]; ok && (arts[i].hashOf() == hash || s.more["h"+hash]) {
		return true
	}
	if i, ok := s.byID[maphash.String(s.seed, id)]; ok && (arts[i].info.ID == id || s.more["i"+id]) {
		return true
	}
	return false
}

// add puts article i of arts, of the given Hash, in the set; has must
// have said false of it.
func (s *seenSet) add(arts []article, i int, hash string) {
	info := arts[i].info
	if h := maphash.String(s.seed, hash); !addIndex(s.byHash, h, i) {
		s.addMore("h" + hash)
	}
	if h := maphash.String(s.seed, info.ID); !addIndex(s.byID, h, i) {
		s.addMore("i" + info.ID)
	}
}

func (s *seenSet) addMore(k string) {
	if s.more == nil {
		s.more = map[string]bool{}
	}
	s.more[k] = true
}

// addIndex maps h to i unless it maps to another article already, and
// reports whether it did.
func addIndex(m map[uint64]int, h uint64, i int) bool {
	if _, ok := m[h]; ok {
		return false
	}
	m[h] = i
	return true
}
