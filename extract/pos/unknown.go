package pos

import (
	"hash/maphash"
	"strings"
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

// load returns the cached sums of w, or nil, and w's hash for store.
func (c *unknownCache) load(w string) (*unknownWord, uint64) {
	h := maphash.String(c.seed, w)
	mask := uint64(len(c.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := c.slots[i].Load()
		if e == nil || e.hash == h && e.text == w {
			return e, h
		}
	}
}

// store caches the analysis and sums of word w of hash h (from load),
// unless the cache is full or holds w already.
func (c *unknownCache) store(w string, h uint64, an *word, sums *roleSums) {
	if c.n.Load() >= maxUnknown {
		return
	}
	e := &unknownWord{text: strings.Clone(w), hash: h, w: *an, sums: *sums}
	mask := uint64(len(c.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		if c.slots[i].CompareAndSwap(nil, e) {
			c.n.Add(1)
			return
		}
		if o := c.slots[i].Load(); o.hash == h && o.text == w {
			return // another goroutine stored it first
		}
	}
}
