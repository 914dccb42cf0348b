package extract_test

import (
	"context"
	"fmt"
	"log"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// ExampleRun builds the graph of a folder of articles.
func ExampleRun() {
	ex, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	g := graphstore.New()
	st, err := extract.Run(context.Background(), []string{"../testdata/articles"}, ex, extract.RunOptions{},
		func(doc *extract.Doc) error {
			g.Add(doc)
			return nil
		})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d articles, %d entities, %d links\n", st.Articles, g.NumNodes(), g.NumEdges())
	n, _ := g.Node("person:vladimir-putin")
	fmt.Printf("%s: %d mentions in %d articles\n", n.Label, n.Mentions, n.Articles)
	// Output:
	// 15 articles, 85 entities, 530 links
	// Vladimir Putin: 6 mentions in 3 articles
}
