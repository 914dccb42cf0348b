package graphstore

import (
	"reflect"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// keyCorpus is a graph whose linking makes links of several rules: short
// names in context, an acronym, a shorter organization name, a type vote.
func keyCorpus() *Graph {
	g := New()
	for _, d := range []*extract.Doc{
		doc("a", ent("person:mara-quell", "Mara Quell", extract.Person, false), ent("org:tarn-works", "Tarn Works", extract.Org, false),
			linked("org:north-sea-ferry-board", "North Sea Ferry Board", "NSFB")),
		doc("b", ent("person:quell", "Quell", extract.Person, true), ent("org:tarn-works", "Tarn Works", extract.Org, false),
			ent("org:nsfb", "NSFB", extract.Org, true)),
		doc("c", linked("org:north-sea-ferry-board", "North Sea Ferry Board", "NSFB"),
			linked("org:east-vale-rovers", "East Vale Rovers", "Vale Rovers")),
		doc("d", linked("org:east-vale-rovers", "East Vale Rovers", "Vale Rovers"), ent("person:mara-quell", "Mara Quell", extract.Person, false)),
		doc("e", linked("org:east-vale-rovers", "East Vale Rovers", "Vale Rovers"), ent("org:vale-rovers", "Vale Rovers", extract.Org, false)),
		doc("f", ent("org:ilse-varga", "Ilse Varga", extract.Org, false)),
		doc("g", ent("person:ilse-varga", "Ilse Varga", extract.Person, false), ent("org:tarn-works", "Tarn Works", extract.Org, false)),
		doc("h", ent("person:ilse-varga", "Ilse Varga", extract.Person, false), ent("person:quell", "Quell", extract.Person, true)),
	} {
		g.Add(d)
	}
	return g
}

// TestLinkKeysOfAnyInterner checks that corpus linking gives the same links
// whether the entries' keys are numbered by the interner it is given, by
// none, or by another: keys withKey copied (numbered apart) must not take
// the numbers of the keys they were copied from.
func TestLinkKeysOfAnyInterner(t *testing.T) {
	g := keyCorpus()
	want := linkCorpus(g.articles, g.keys)
	if len(want.links) < 3 {
		t.Fatalf("the corpus makes %d links, want some of several rules: %+v", len(want.links), want.links)
	}
	other := newKeyInterner(0)
	mixed := make([]article, len(g.articles))
	for i, a := range g.articles {
		mixed[i] = article{id: a.id, entries: make([]entry, len(a.entries))}
		for j, e := range a.entries {
			switch (i + j) % 3 {
			case 0:
				e = e.withKey(func(*entryKey) {}) // the same key, of no interner
			case 1:
				e.entryKey = other.get(*e.entryKey) // of another interner
			}
			mixed[i].entries[j] = e
		}
	}
	for _, tt := range []struct {
		name string
		arts []article
		keys *keyInterner
	}{
		{"no interner", g.articles, nil},
		{"another interner", g.articles, other},
		{"mixed keys", mixed, g.keys},
		{"mixed keys, no interner", mixed, nil},
	} {
		got := linkCorpus(tt.arts, tt.keys)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: links %+v\nwant %+v", tt.name, got.links, want.links)
		}
	}
}

// TestNumberKeys checks that every distinct key gets a number of its own,
// below the table size, and the interner's keys theirs.
func TestNumberKeys(t *testing.T) {
	ki := newKeyInterner(0)
	a := newEntry(EntityCount{ID: "org:tarn-works", Name: "Tarn Works", Type: extract.Org, Mentions: 1}, ki)
	b := newEntry(EntityCount{ID: "person:quell", Name: "Quell", Type: extract.Person, Partial: true, Mentions: 1}, ki)
	c := a.withKey(func(k *entryKey) { k.id = "org:tarn" }) // a key of its own, copied from a numbered one
	d := newEntry(EntityCount{ID: "org:tarn-works", Name: "Tarn Works", Type: extract.Org, Mentions: 2}, nil)
	if a.num != 1 || b.num != 2 || a.set != ki || c.set != nil || c.num != 0 || d.set != nil {
		t.Fatalf("numbers a %d %p, b %d, c %d %p, d %p; want 1 and the interner, 2, none", a.num, a.set, b.num, c.num, c.set, d.set)
	}
	arts := []article{{id: "x", entries: []entry{a, c, d}}, {id: "y", entries: []entry{b, c, a}}}
	nums := numberKeys(arts, ki)
	seen := map[int32]*entryKey{}
	for _, art := range arts {
		for _, e := range art.entries {
			n := nums.of(e.entryKey)
			if n < 0 || int(n) >= nums.n {
				t.Fatalf("key %+v numbered %d, outside [0, %d)", *e.entryKey, n, nums.n)
			}
			if p, ok := seen[n]; ok && p != e.entryKey {
				t.Errorf("keys %+v and %+v share number %d", *p, *e.entryKey, n)
			}
			seen[n] = e.entryKey
		}
	}
	if len(seen) != 4 || nums.n != 4 {
		t.Errorf("%d numbers of %d, want 4 of 4", len(seen), nums.n)
	}
}
