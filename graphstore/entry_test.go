package graphstore

import (
	"math"
	"reflect"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

func TestEntryRoundTrip(t *testing.T) {
	tests := []struct {
		name        string
		in          EntityCount
		wantAliases bool // whether the entry lists its aliases
	}{
		{"one alias, the name", EntityCount{ID: "person:ann_lee", Name: "Ann Lee", Type: extract.Person, Mentions: 2,
			Aliases: map[string]int{"Ann Lee": 2}, Sentences: []int{0, 3}}, false},
		{"one alias, not the name", EntityCount{ID: "person:ann_lee", Name: "Ann Lee", Type: extract.Person, Mentions: 1,
			Aliases: map[string]int{"Lee": 1}, Sentences: []int{7}}, true},
		{"the name, fewer than the mentions", EntityCount{ID: "org:acme", Name: "Acme", Type: extract.Org, Mentions: 3,
			Sources: 1, Aliases: map[string]int{"Acme": 2}, Sentences: []int{1}}, true},
		{"two aliases", EntityCount{ID: "country:US", Name: "United States", Type: extract.Country, ISO: "US",
			Partial: true, Mentions: 3, Aliases: map[string]int{"U.S.": 2, "United States": 1},
			Sentences: []int{0, 1, 2, 130, 20000, 1 << 40}}, true},
		{"no aliases, no sentences", EntityCount{ID: "place:x", Name: "X", Aliases: map[string]int{}, Sentences: []int{}}, true},
		{"extreme sentences", EntityCount{ID: "place:y", Name: "Y", Aliases: map[string]int{"Y": 0},
			Sentences: []int{math.MinInt, -1, 0, math.MaxInt}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEntry(tt.in, nil)
			if got := e.listed; got != tt.wantAliases {
				t.Errorf("alias slice kept = %v, want %v", got, tt.wantAliases)
			}
			if len(tt.in.Sentences) > 0 && len(e.sentences) > 10*len(tt.in.Sentences) {
				t.Errorf("sentences take %d bytes for %d", len(e.sentences), len(tt.in.Sentences))
			}
			got := e.count()
			want := tt.in
			if len(want.Sentences) == 0 {
				want.Sentences = nil
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("round trip = %+v, want %+v", got, want)
			}
		})
	}
}

func TestMergeLinkedSums(t *testing.T) {
	ents := []EntityCount{
		{ID: "person:lee", Name: "Lee", Type: extract.Person, Partial: true, Mentions: 2,
			Aliases: map[string]int{"Lee": 2}, Sentences: []int{2, 5}},
		{ID: "person:ann_lee", Name: "Ann Lee", Type: extract.Person, Mentions: 1, Sources: 1,
			Aliases: map[string]int{"Ann Lee": 1}, Sentences: []int{0, 5}},
		{ID: "org:acme", Name: "Acme", Type: extract.Org, Mentions: 1,
			Aliases: map[string]int{"Acme": 1}, Sentences: []int{1}},
	}
	to := func(id string) string {
		if id == "person:lee" {
			return "person:ann_lee"
		}
		return id
	}
	got := MergeLinked(NormalizeEntities(ents), to)
	want := []EntityCount{
		{ID: "org:acme", Name: "Acme", Type: extract.Org, Mentions: 1,
			Aliases: map[string]int{"Acme": 1}, Sentences: []int{1}},
		{ID: "person:ann_lee", Name: "Ann Lee", Type: extract.Person, Mentions: 3, Sources: 1,
			Aliases: map[string]int{"Ann Lee": 1, "Lee": 2}, Sentences: []int{0, 2, 5}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("MergeLinked = %+v\nwant %+v", got, want)
	}
}

func TestKeyInternerShares(t *testing.T) {
	keys := newKeyInterner(0)
	ec := EntityCount{ID: "org:acme", Name: "Acme", Type: extract.Org, Mentions: 2,
		Aliases: map[string]int{"Acme": 1, "ACME": 1}, Sentences: []int{0, 4}}
	a, b := newEntry(ec, keys), newEntry(ec, keys)
	if a.entryKey != b.entryKey {
		t.Errorf("two entries of one key point to two copies")
	}
	c := a.withKey(func(k *entryKey) { k.id = "org:acme_corp" })
	if got, want := a.id, "org:acme"; got != want {
		t.Errorf("withKey changed the shared key: id %q, want %q", got, want)
	}
	if got, want := c.id, "org:acme_corp"; got != want {
		t.Errorf("withKey: id %q, want %q", got, want)
	}
	if !reflect.DeepEqual(c.count().Aliases, ec.Aliases) || !reflect.DeepEqual(b.count().Sentences, ec.Sentences) {
		t.Errorf("counts = %+v, want %+v", c.count(), ec)
	}
}
