package graphstore_test

import (
	"context"
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

// Layout gives each node a community, centralities and, when asked, a
// position, indexed like Nodes.
func ExampleGraph_Layout() {
	person := func(id string) extract.Entity {
		return extract.Entity{ID: "person:" + id, Name: id, Type: extract.Person, Mentions: []extract.Mention{{Name: id}}}
	}
	g := graphstore.New()
	for i, pair := range [][2]string{{"ann", "bob"}, {"bob", "cat"}, {"ann", "cat"}, {"cat", "dan"}, {"dan", "eve"}, {"eve", "fay"}, {"dan", "fay"}} {
		g.Add(&extract.Doc{Article: extract.Article{ID: fmt.Sprint(i)}, Hash: fmt.Sprint(i),
			Entities: []extract.Entity{person(pair[0]), person(pair[1])}})
	}
	l, err := g.Layout(context.Background(), graphstore.LayoutOptions{Positions: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(l.Communities, "communities, laid out:", l.Positioned)
	for i, n := range g.Nodes() {
		fmt.Printf("%s: community %d, degree %d, pagerank %.3f\n", n.Label, l.Community[i], l.Degree[i], l.PageRank[i])
	}
	// Output:
	// 2 communities, laid out: true
	// ann: community 0, degree 2, pagerank 0.146
	// bob: community 0, degree 2, pagerank 0.146
	// cat: community 0, degree 3, pagerank 0.208
	// dan: community 1, degree 3, pagerank 0.208
	// eve: community 1, degree 2, pagerank 0.146
	// fay: community 1, degree 2, pagerank 0.146
}
