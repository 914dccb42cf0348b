package pos

import (
	"hash/maphash"
	"sync/atomic"
)

// unknownCache keeps the sums of words outside the vocabulary as they are
// met, up to maxUnknown of them: news repeats its new names. It is an open
// addressing table of pointers, written once each by compare-and-swap and
// never removed, so that a lookup is a hash and a probe or two without a
// lock. It took the place of a sync.Map, whose Load and LoadOrStore took
// about 0.025 CPU-s of the 0.19 s that an AG News build spent tagging (CPU
// profile of five builds): the tokens outside the vocabulary met the map
// twice each. The benchmarks here do not tell the two apart.
type unknownCache struct {
	seed  maphash.Seed
	slots []atomic.Pointer[unknownWord] // 2·maxUnknown: never more than half full
	n     atomic.Int32
}

func newUnknownCache() *unknownCache {
	return &unknownCache{seed: maphash.MakeSeed(), slots: make([]atomic.Pointer[unknownWord], 2*maxUnknown)}
}

// hash returns the hash of w that load and store take.
func (c *unknownCache) hash(w string) uint64 { return maphash.String(c.seed, w) }

// load returns the cached sums of w, of hash h, or nil.
func (c *unknownCache) load(w string, h uint64) *unknownWord {
	mask := uint64(len(c.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := c.slots[i].Load()
		if e == nil || e.is(w, h) {
			return e
		}
	}
}

// store caches the analysis and sums of word w of hash h,
// unless the cache is full or holds w already.
func (c *unknownCache) store(w string, h uint64, an *word, sums *roleSums) {
	if c.n.Load() >= maxUnknown {
		return
	}
	e := &unknownWord{w: *an, sums: *sums}
	e.setText(w, h)
	mask := uint64(len(c.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		if c.slots[i].CompareAndSwap(nil, e) {
			c.n.Add(1)
			return
		}
		if o := c.slots[i].Load(); o.is(w, h) {
			return // another goroutine stored it first
		}
	}
}

// vocabIndex finds a vocab word's slot by the hash the unknown-word cache
// uses, so that a token costs one hash whether it is in the vocabulary or
// not: with a Go map for the vocabulary, a word outside it was hashed
// twice, and the map's lookup was a seventh of the tagger's preparation
// of a sentence in an AG News build. The slot holds the word's analysis
// and sums once made, which know their word: a word met again costs the
// slot's cache line and the word's, not also the vocabulary's string and
// an array of pointers.
type vocabIndex struct {
	slots []vocabSlot // open addressing, at most half full
}

type vocabSlot struct {
	hash  uint64
	word  atomic.Pointer[knownWord] // nil until the word is first met
	entry int32                     // 1 + the index into the vocabulary; 0 for an empty slot
}

// newVocabIndex indexes vocab by hashes from seed; a word listed twice
// keeps its first entry.
func newVocabIndex(vocab []string, seed maphash.Seed) vocabIndex {
	size := 16
	for size < 2*len(vocab) {
		size <<= 1
	}
	x := vocabIndex{slots: make([]vocabSlot, size)}
	mask := uint64(size - 1)
	for i, v := range vocab {
		h := maphash.String(seed, v)
		if x.find(v, h, vocab) != nil {
			continue
		}
		j := h & mask
		for x.slots[j].entry != 0 {
			j = (j + 1) & mask
		}
		x.slots[j].hash, x.slots[j].entry = h, int32(i)+1
	}
	return x
}

// find returns the slot of vocab word w, of hash h, or nil.
func (x *vocabIndex) find(w string, h uint64, vocab []string) *vocabSlot {
	mask := uint64(len(x.slots) - 1)
	for j := h & mask; ; j = (j + 1) & mask {
		s := &x.slots[j]
		if s.entry == 0 {
			return nil
		}
		if s.hash != h {
			continue
		}
		if k := s.word.Load(); k != nil {
			if k.is(w, h) {
				return s
			}
		} else if vocab[s.entry-1] == w {
			return s
		}
	}
}
