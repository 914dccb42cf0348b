package sqlite_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/graphstore/sqlite"
)

func ExampleOpen() {
	dir, err := os.MkdirTemp("", "store")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(dir, "graph.db"), graphstore.OpenOptions{Create: true})
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()

	person := func(id, name string) extract.Entity {
		return extract.Entity{ID: id, Name: name, Type: extract.Person, Mentions: []extract.Mention{{Name: name}}}
	}
	day := time.Date(2019, 4, 25, 0, 0, 0, 0, time.UTC)
	batch := []graphstore.ArticleCounts{
		graphstore.Count(&extract.Doc{Article: extract.Article{ID: "a1", Date: day}, Hash: "h1",
			Entities: []extract.Entity{person("person:kim-jong-un", "Kim Jong Un"), person("person:vladimir-putin", "Vladimir Putin")}}),
		graphstore.Count(&extract.Doc{Article: extract.Article{ID: "a2", Date: day.AddDate(0, 0, 1)}, Hash: "h2",
			Entities: []extract.Entity{person("person:kim-jong-un", "Kim Jong Un"), person("person:vladimir-putin", "Vladimir Putin")}}),
	}
	for range 2 { // the second time, both are skipped
		res, err := st.AddBatch(ctx, batch)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println("added", res.Added, "skipped", len(res.Skipped))
	}

	g, err := st.Graph(ctx, day.AddDate(0, 0, 1), time.Time{}) // since the second day
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range g.Edges() {
		fmt.Println(e.Source, "--", e.Target, e.Weight, e.Articles)
	}
	// Output:
	// added 2 skipped 0
	// added 0 skipped 2
	// person:kim-jong-un -- person:vladimir-putin 1 [a2]
}
