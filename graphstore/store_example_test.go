package graphstore_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	_ "github.com/nergraph/nergraph/graphstore/sqlite" // opens plain paths
)

func ExampleOpen() {
	dir, err := os.MkdirTemp("", "store")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	// A --db value: a file path opens an SQLite store.
	ctx := context.Background()
	st, err := graphstore.Open(ctx, filepath.Join(dir, "graph.db"), graphstore.OpenOptions{Create: true})
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()

	doc := &extract.Doc{Article: extract.Article{ID: "a1"}, Hash: "h1", Entities: []extract.Entity{
		{ID: "country:KP", Name: "North Korea", Type: extract.Country, Mentions: []extract.Mention{{Name: "North Korea"}}},
		{ID: "country:RU", Name: "Russia", Type: extract.Country, Mentions: []extract.Mention{{Name: "Russia"}}},
	}}
	if _, err := st.AddBatch(ctx, []graphstore.ArticleCounts{graphstore.Count(doc)}); err != nil {
		log.Fatal(err)
	}
	g, err := st.Graph(ctx, time.Time{}, time.Time{})
	if err != nil {
		log.Fatal(err)
	}
	for _, n := range g.Nodes() {
		fmt.Println(n.ID, n.Label)
	}
	_, err = graphstore.Open(ctx, "mysql://db.example/news", graphstore.OpenOptions{})
	fmt.Println(err)
	// Output:
	// country:KP North Korea
	// country:RU Russia
	// open store mysql://db.example/news: no store backend for mysql: URLs
}
