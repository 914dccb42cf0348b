package pos

import (
	"hash/maphash"
	"strings"
	"testing"
)

// TestWordKey checks that an unknownWord keyed by one word is that word
// and no other, for words kept in place and longer ones.
func TestWordKey(t *testing.T) {
	seed := maphash.MakeSeed()
	words := []string{
		"", "a", "A", "ab", "Putin", strings.Repeat("x", shortText-1), strings.Repeat("x", shortText),
		strings.Repeat("x", shortText+1), strings.Repeat("y", shortText+1), "Zorblax-Quintrelle-Flumexian",
	}
	for _, a := range words {
		var e unknownWord
		e.setText(a, maphash.String(seed, a))
		for _, b := range words {
			h := maphash.String(seed, b)
			if got, want := e.is(b, h), a == b; got != want {
				t.Errorf("keyed by %q: is(%q) = %v, want %v", a, b, got, want)
			}
			// The same text under another hash is another key.
			if a == b && e.is(b, h+1) {
				t.Errorf("keyed by %q: is(%q) with another hash = true", a, b)
			}
		}
	}
}

// TestVocabIndex checks that every vocab word is found at its first
// entry, before and after its sums are made, and that words outside the
// vocabulary are not found.
func TestVocabIndex(t *testing.T) {
	m, err := Decode(embedded)
	if err != nil {
		t.Fatal(err)
	}
	tab := m.tab
	first := map[string]int32{}
	for i, v := range m.vocab {
		if _, ok := first[v]; !ok {
			first[v] = int32(i)
		}
	}
	var s scratch
	for pass := range 2 {
		for i, v := range m.vocab {
			h := tab.unknown.hash(v)
			slot := tab.index.find(v, h, m.vocab)
			if slot == nil || slot.entry-1 != first[v] {
				t.Fatalf("pass %d: vocab word %d %q: slot %v, want entry %d", pass, i, v, slot, first[v])
			}
			if pass == 0 && i%3 == 0 {
				m.knownWord(slot, v, h, &s) // the slot now holds the word
			}
		}
	}
	for _, w := range []string{"Zorblax", "qwxzv", strings.Repeat("é", 30)} {
		if _, ok := first[w]; ok {
			continue
		}
		if slot := tab.index.find(w, tab.unknown.hash(w), m.vocab); slot != nil {
			t.Errorf("%q outside the vocabulary found at entry %d", w, slot.entry-1)
		}
	}
}
