package ner

import "sync/atomic"

// wordWeights holds the summed weights of a word's features in each role
// it plays for a token. The roles of the token itself and of either
// neighbour have several features, summed in int32. The roles two before
// and two after have one feature each, the lower-cased word (see
// appendWordFeats), so their weights are one row of the model's, kept as
// its int16: 68 bytes a word instead of 136.
type wordWeights struct {
	near [numNear][numLabels]int32 // roleSelf, rolePrev1, roleNext1
	far  [2][numLabels]int16       // rolePrev2, roleNext2
}

// numNear is the number of roles, from the first, that wordWeights sums
// in near.
const numNear = rolePrev2

// wordEntry is a cached word: its hash, its analysis and its weights. It
// is never changed once in the cache, so that every tagger may read it.
type wordEntry struct {
	h  uint64
	ti tokInfo
	w  wordWeights
}

// wordCache maps the hash of a word to its entry for all the taggers of a
// Model at once. Each tagger once had a cache of its own: with two
// workers an AG News build held every frequent word twice, and the
// caches of taggers that sync.Pool dropped were filled again by new ones
// (issue 15: the caches were 47 MB of a 16× AG News build's live heap,
// against 23 MB at 1×). A table is written by compare-and-swap and never
// removed from, so that a lookup takes no lock; when it holds maxCache
// words the next word starts a new table, and the words met again are
// taken over from the old one, so that a run of a changing vocabulary
// keeps the words in use, in at most two tables (27 MB). AG News has
// 30,852 words (its 16 copies alike: they fit one table); Reuters and BBC
// about 100,000, of which 3.5% of lookups miss (2.9% with tables twice the
// size, 5.1% with half).
type wordCache struct {
	cur, old atomic.Pointer[cacheTable]
}

// cacheTable is an open-addressing table of entries, keyed by their hash,
// at most half full.
type cacheTable struct {
	slots [1 << cacheBits]atomic.Pointer[wordEntry]
	n     atomic.Int32
}

const (
	cacheBits = 16
	maxCache  = 1 << (cacheBits - 1)
)

// slot is the first slot of hash h.
func slot(h uint64) uint64 { return (h * 0x9E3779B97F4A7C15) >> (64 - cacheBits) }

// find returns the entry of hash h in t, or nil.
func (t *cacheTable) find(h uint64) *wordEntry {
	for i := slot(h); ; i = (i + 1) & (1<<cacheBits - 1) {
		e := t.slots[i].Load()
		if e == nil || e.h == h {
			return e
		}
	}
}

// add adds e to t, or returns the entry of its hash that t has already.
func (t *cacheTable) add(e *wordEntry) *wordEntry {
	for i := slot(e.h); ; i = (i + 1) & (1<<cacheBits - 1) {
		if t.slots[i].CompareAndSwap(nil, e) {
			t.n.Add(1)
			return e
		}
		if o := t.slots[i].Load(); o.h == e.h {
			return o
		}
	}
}

// get returns the entry of hash h, or nil. An entry found only in the old
// table moves to the current one.
func (c *wordCache) get(h uint64) *wordEntry {
	t := c.cur.Load()
	if t == nil {
		return nil
	}
	if e := t.find(h); e != nil {
		return e
	}
	if o := c.old.Load(); o != nil {
		if e := o.find(h); e != nil {
			return c.put(e)
		}
	}
	return nil
}

// put adds e to the cache and returns the entry to use: e, or the one
// another tagger added for the same hash first. A full table is replaced
// by a new one, and kept as the old one. A table may take a few more than
// maxCache entries when taggers add at once: never more than one each.
func (c *wordCache) put(e *wordEntry) *wordEntry {
	for {
		t := c.cur.Load()
		if t != nil && t.n.Load() < maxCache {
			return t.add(e)
		}
		nt := new(cacheTable)
		if c.cur.CompareAndSwap(t, nt) {
			c.old.Store(t)
		}
	}
}
