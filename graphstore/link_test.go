package graphstore

import (
	"fmt"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// ent is a one-mention entity for link tests.
func ent(id, name string, t extract.Type, partial bool) extract.Entity {
	return extract.Entity{ID: id, Name: name, Type: t, Partial: partial,
		Mentions: []extract.Mention{{Text: name, Name: name}}}
}

func doc(id string, es ...extract.Entity) *extract.Doc {
	return &extract.Doc{Article: extract.Article{ID: id}, Text: id, Hash: id, Entities: es}
}

func TestLinkPartials(t *testing.T) {
	putin := ent("person:vladimir-putin", "Vladimir Putin", extract.Person, false)
	tests := []struct {
		name string
		docs []*extract.Doc
		id   string
		want string
	}{
		{"surname", []*extract.Doc{doc("a", putin), doc("b", ent("person:putin", "Putin", extract.Person, true))},
			"person:putin", "person:vladimir-putin"},
		{"given name, family first", []*extract.Doc{doc("a", ent("person:kim-jong-un", "Kim Jong Un", extract.Person, false)),
			doc("b", ent("person:kim", "Kim", extract.Person, true))}, "person:kim", "person:kim-jong-un"},
		{"two fit", []*extract.Doc{doc("a", ent("person:kim-jong-un", "Kim Jong Un", extract.Person, false)),
			doc("c", ent("person:kim-yo-jong", "Kim Yo Jong", extract.Person, false)),
			doc("b", ent("person:kim", "Kim", extract.Person, true))}, "person:kim", "person:kim"},
		{"used alone elsewhere", []*extract.Doc{doc("a", ent("person:kim-jong-un", "Kim Jong Un", extract.Person, false)),
			doc("c", ent("person:kim", "Kim", extract.Person, false)),
			doc("b", ent("person:kim", "Kim", extract.Person, true))}, "person:kim", "person:kim"},
		{"acronym", []*extract.Doc{doc("a", ent("org:international-atomic-energy-agency", "International Atomic Energy Agency", extract.Org, false)),
			doc("b", ent("org:iaea", "IAEA", extract.Org, true))}, "org:iaea", "org:international-atomic-energy-agency"},
		// The index of initials skipped only the corpus linker's own minor
		// words, which lacked "y" (and "van", "bin", "al"...) while
		// ShortFits skipped them: "BBV" found no candidate.
		{"acronym skipping a minor word", []*extract.Doc{doc("a", ent("org:banco-bilbao-y-vizcaya", "Banco Bilbao y Vizcaya", extract.Org, false)),
			doc("b", ent("org:bbv", "BBV", extract.Org, true))}, "org:bbv", "org:banco-bilbao-y-vizcaya"},
		{"other type", []*extract.Doc{doc("a", putin), doc("b", ent("org:putin", "Putin", extract.Org, true))},
			"org:putin", "org:putin"},
		{"one candidate nearly always meant", []*extract.Doc{
			doc("a", linked("org:united-nations", "United Nations", "UN")), doc("c", linked("org:united-nations", "United Nations", "UN")),
			doc("d", linked("org:united-nations", "United Nations", "UN")), doc("f", linked("org:united-nations", "United Nations", "UN")),
			doc("g", linked("org:united-nations", "United Nations", "UN")), doc("e", linked("org:united-nation", "United Nation", "UN")),
			doc("b", ent("org:un", "UN", extract.Org, true))}, "org:un", "org:united-nations"},
		{"two candidates meant alike", []*extract.Doc{
			doc("a", linked("org:united-nations", "United Nations", "UN")), doc("c", linked("org:united-nations", "United Nations", "UN")),
			doc("d", linked("org:union-network", "Union Network", "UN")), doc("e", linked("org:union-network", "Union Network", "UN")),
			doc("b", ent("org:un", "UN", extract.Org, true))}, "org:un", "org:un"},
		{"shorter full name of an organization", []*extract.Doc{
			doc("a", linked("org:boston-red-sox", "Boston Red Sox", "Red Sox")), doc("c", linked("org:boston-red-sox", "Boston Red Sox", "Red Sox")),
			doc("d", linked("org:boston-red-sox", "Boston Red Sox", "Red Sox")),
			doc("b", ent("org:red-sox", "Red Sox", extract.Org, false))}, "org:red-sox", "org:boston-red-sox"},
		{"shorter full name seldom linked", []*extract.Doc{
			doc("a", linked("org:boston-red-sox", "Boston Red Sox", "Red Sox")),
			doc("b", ent("org:red-sox", "Red Sox", extract.Org, false))}, "org:red-sox", "org:red-sox"},
		{"camel case is a company", []*extract.Doc{doc("a", ent("person:openai", "OpenAI", extract.Person, false)),
			doc("c", ent("person:openai", "OpenAI", extract.Person, false)),
			doc("b", ent("org:openai", "OpenAI", extract.Org, false))}, "person:openai", "org:openai"},
		{"type vote", []*extract.Doc{doc("a", ent("org:kim-jong-un", "Kim Jong Un", extract.Org, false)),
			doc("b", ent("person:kim-jong-un", "Kim Jong Un", extract.Person, false)),
			doc("c", ent("person:kim-jong-un", "Kim Jong Un", extract.Person, false))}, "org:kim-jong-un", "person:kim-jong-un"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := New()
			for _, d := range tt.docs {
				g.Add(d)
			}
			if got := g.Canonical(tt.id); got != tt.want {
				t.Errorf("Canonical(%q) = %q, want %q", tt.id, got, tt.want)
			}
			if _, ok := g.Node(tt.want); !ok {
				t.Errorf("no node %q; nodes %v", tt.want, fmt.Sprint(nodesOf(g)))
			}
		})
	}
}

// linked is a full entity that an article also named by a short name.
func linked(id, name, short string) extract.Entity {
	e := ent(id, name, extract.Org, false)
	e.Mentions = append(e.Mentions, extract.Mention{Text: short, Name: short})
	return e
}
