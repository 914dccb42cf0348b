package ner

import (
	"sync"
	"testing"
)

// TestWordCacheConcurrent adds and reads words from several goroutines at
// once (run with -race): every get returns the entry of its own hash, and
// every hash ends with one entry that all agree on.
func TestWordCacheConcurrent(t *testing.T) {
	var c wordCache
	const words = 5000
	got := make([][]*wordEntry, 4)
	var wg sync.WaitGroup
	for g := range got {
		got[g] = make([]*wordEntry, words)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range words {
				h := uint64(i)*0x9E3779B97F4A7C15 + 1
				e := c.get(h)
				if e == nil {
					e = c.put(&wordEntry{h: h})
				}
				if e.h != h {
					t.Errorf("goroutine %d: word %d: entry of hash %x, want %x", g, i, e.h, h)
					return
				}
				got[g][i] = e
			}
		}()
	}
	wg.Wait()
	for i := range words {
		want := c.get(got[0][i].h)
		for g := range got {
			if got[g][i] != want {
				t.Fatalf("word %d: goroutine %d has another entry than the cache", i, g)
			}
		}
	}
}

// TestWordCacheFull checks that a full table starts a new one, that the
// words of the old one met again are kept, and that the others go with
// the table after that.
func TestWordCacheFull(t *testing.T) {
	var c wordCache
	hash := func(i int) uint64 { return uint64(i)*0x9E3779B97F4A7C15 + 7 }
	for i := range maxCache {
		c.put(&wordEntry{h: hash(i)})
	}
	first := c.cur.Load()
	kept := c.get(hash(0))
	if kept == nil || c.cur.Load() != first {
		t.Fatalf("a table of maxCache entries: get(word 0) = %v, same table %v", kept, c.cur.Load() == first)
	}
	c.put(&wordEntry{h: hash(maxCache)}) // starts a new table
	if c.cur.Load() == first || c.old.Load() != first {
		t.Fatal("the table holding maxCache entries was not replaced")
	}
	if e := c.get(hash(0)); e != kept {
		t.Errorf("word 0 from the old table: %p, want %p", e, kept)
	}
	if n := c.cur.Load().n.Load(); n != 2 {
		t.Errorf("new table holds %d entries, want 2 (the new word and word 0)", n)
	}
	// Fill the new table: the first one goes, with the words not met again.
	for i := maxCache + 1; c.cur.Load().n.Load() < maxCache; i++ {
		c.put(&wordEntry{h: hash(i)})
	}
	c.put(&wordEntry{h: hash(3 * maxCache)})
	if c.old.Load() == first {
		t.Fatal("the first table is still the old one after the second filled")
	}
	if e := c.get(hash(1)); e != nil {
		t.Errorf("word 1, never met again, is still cached")
	}
	if e := c.get(hash(0)); e != kept {
		t.Errorf("word 0, met again, was dropped: %p, want %p", e, kept)
	}
}
