package graphstore

import (
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestKeepOwnNames checks that the entry of names one article's linking
// joined is named as the entry whose id is the node's, when that entry is
// as partial as the joined one and written as often at least as the one
// whose name it held, and as before otherwise.
func TestKeepOwnNames(t *testing.T) {
	ent := func(id, name string, partial bool, mentions int) EntityCount {
		return EntityCount{ID: id, Name: name, Type: extract.Org, Partial: partial, Mentions: mentions,
			Aliases: map[string]int{name: mentions}, Sentences: []int{mentions}}
	}
	cases := []struct {
		name  string
		ents  []EntityCount
		links map[string]string // from → to
		want  string            // the name of the entry of the node of the second entry's link
	}{
		{"a short name linked in, first by id, gives not its name",
			[]EntityCount{ent("org:quarnix", "Quarnix", true, 1), ent("org:quarnyx", "Quarnyx", true, 1)},
			map[string]string{"org:quarnix": "org:quarnyx"}, "Quarnyx"},
		{"a full name linked in after the node's own full name",
			[]EntityCount{ent("org:tellwin-corp", "Tellwin Corp", false, 2), ent("org:tellwyn-corp", "Tellwyn Corp", false, 1)},
			map[string]string{"org:tellwyn-corp": "org:tellwin-corp"}, "Tellwin Corp"},
		{"a short name written more, linked in, keeps its name",
			[]EntityCount{ent("org:quarnix", "Quarnix", true, 4), ent("org:quarnyx", "Quarnyx", true, 1)},
			map[string]string{"org:quarnix": "org:quarnyx"}, "Quarnix"},
		{"a full name written more, linked in, keeps its name",
			[]EntityCount{ent("org:tellwin-corp", "Tellwin Corp", false, 1), ent("org:tellwyn-corp", "Tellwyn Corp", false, 3)},
			map[string]string{"org:tellwyn-corp": "org:tellwin-corp"}, "Tellwyn Corp"},
		{"a full name linked into a short one's node keeps the full name",
			[]EntityCount{ent("org:tellwin", "Tellwin", true, 3), ent("org:tellwin-corp", "Tellwin Corp", false, 1)},
			map[string]string{"org:tellwin-corp": "org:tellwin"}, "Tellwin Corp"},
		{"no entry of the node's own id: the first by id, as before",
			[]EntityCount{ent("org:quarnix", "Quarnix", true, 1), ent("org:quarnyx", "Quarnyx", true, 2)},
			map[string]string{"org:quarnix": "org:quarnex", "org:quarnyx": "org:quarnex"}, "Quarnix"},
		{"a short name linked into a full one's node, as before",
			[]EntityCount{ent("org:quarnix", "Quarnix", true, 3), ent("org:quarnix-group", "Quarnix Group", false, 1)},
			map[string]string{"org:quarnix": "org:quarnix-group"}, "Quarnix Group"},
		{"an entry linked away does not name the node of its id",
			[]EntityCount{ent("org:quarnex", "Quarnex", true, 1), ent("org:quarnix", "Quarnix", true, 1),
				ent("org:quarnyx", "Quarnyx", true, 1)},
			map[string]string{"org:quarnix": "org:quarnex", "org:quarnex": "org:quarnyx"}, "Quarnix"},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			to := func(id string) string {
				if n, ok := tt.links[id]; ok {
					return n
				}
				return id
			}
			end := to(tt.ents[1].ID)
			for _, e := range MergeLinked(NormalizeEntities(tt.ents), to) {
				if e.ID != end {
					continue
				}
				if e.Name != tt.want {
					t.Errorf("name = %q, want %q", e.Name, tt.want)
				}
				return
			}
			t.Errorf("no entry %s", end)
		})
	}
}
