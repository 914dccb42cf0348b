package graphstore_test

import (
	"fmt"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

func ExampleGraph() {
	person := func(id, name string) extract.Entity {
		return extract.Entity{ID: id, Name: name, Type: extract.Person, Mentions: []extract.Mention{{Name: name}}}
	}
	g := graphstore.New()
	g.Add(&extract.Doc{Article: extract.Article{ID: "a1"}, Hash: "h1",
		Entities: []extract.Entity{person("person:kim-jong-un", "Kim Jong Un"), person("person:vladimir-putin", "Vladimir Putin")}})
	g.Add(&extract.Doc{Article: extract.Article{ID: "a2"}, Hash: "h2",
		Entities: []extract.Entity{person("person:kim-jong-un", "Kim Jong Un"), person("person:vladimir-putin", "Vladimir Putin")}})
	fmt.Println(g.Add(&extract.Doc{Article: extract.Article{ID: "a3"}, Hash: "h1"})) // same text as a1
	for _, n := range g.Nodes() {
		fmt.Println(n.ID, n.Label, n.Articles)
	}
	for _, e := range g.Edges() {
		fmt.Println(e.Source, "--", e.Target, e.Weight, e.Articles)
	}
	// Output:
	// false
	// person:kim-jong-un Kim Jong Un 2
	// person:vladimir-putin Vladimir Putin 2
	// person:kim-jong-un -- person:vladimir-putin 2 [a1 a2]
}

// A store, or any program that has counted its articles already, adds them
// without extracted documents.
func ExampleGraph_AddArticle() {
	g := graphstore.New()
	putin := graphstore.EntityCount{ID: "person:vladimir-putin", Name: "Vladimir Putin", Type: extract.Person,
		Mentions: 3, Aliases: map[string]int{"Vladimir Putin": 1, "Putin": 2}, Sentences: []int{0, 2}}
	russia := graphstore.EntityCount{ID: "country:RU", Name: "Russia", Type: extract.Country, ISO: "RU",
		Mentions: 1, Aliases: map[string]int{"Russia": 1}, Sentences: []int{2}}
	g.AddArticle(graphstore.ArticleInfo{ID: "a1", Hash: "h1"}, []graphstore.EntityCount{putin, russia})
	for _, n := range g.Nodes() {
		fmt.Println(n.ID, n.Mentions, n.Aliases)
	}
	for _, e := range g.Edges() {
		fmt.Println(e.Source, "--", e.Target, "sentences:", e.Sentences)
	}
	// Output:
	// country:RU 1 [{Russia 1}]
	// person:vladimir-putin 3 [{Putin 2} {Vladimir Putin 1}]
	// country:RU -- person:vladimir-putin sentences: 1
}
