package api_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"time"

	"github.com/nergraph/nergraph/api"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testdocs"
)

func ExampleNeighbors() {
	g := graphstore.New()
	day := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	g.Add(testdocs.Doc("a1", "Kim writes to Putin.", day, "PERSON:Kim Jong Un", "PERSON:Vladimir Putin"))
	g.Add(testdocs.Doc("a2", "Putin in Moscow.", day, "PERSON:Vladimir Putin", "LOCATION:Moscow"))
	a, err := api.Neighbors(context.Background(), graphstore.QuerierOf(g), "vladimir putin", 1)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Total, "neighbors; the first:")
	api.Encode(os.Stdout, a.Neighbors[0])
	// Output:
	// 2 neighbors; the first:
	// {
	//   "id": "LOCATION:Moscow",
	//   "label": "Moscow",
	//   "type": "LOCATION",
	//   "weight": 1,
	//   "sentences": 0,
	//   "npmi": 0,
	//   "articles": [
	//     "a2"
	//   ]
	// }
}

func ExampleNewHandler() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "graph.db")
	st, err := graphstore.Open(ctx, path, graphstore.OpenOptions{Create: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	day := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	doc := testdocs.Doc("a1", "Kim writes to Putin.", day, "PERSON:Kim Jong Un", "PERSON:Vladimir Putin")
	st.AddBatch(ctx, []graphstore.ArticleCounts{graphstore.Count(doc)})
	st.Close()

	h := api.NewHandler(api.Config{Open: func(ctx context.Context) (graphstore.Store, error) {
		return graphstore.Open(ctx, path, graphstore.OpenOptions{ReadOnly: true})
	}})
	srv := httptest.NewServer(h)
	defer func() { srv.Close(); h.Close() }()
	for _, p := range []string{"/api/entity?name=vladimir+putin", "/api/entity?name=nobody"} {
		resp, err := http.Get(srv.URL + p)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(resp.Status)
		io.Copy(os.Stdout, resp.Body)
		resp.Body.Close()
	}
	// Output:
	// 200 OK
	// {
	//   "id": "PERSON:Vladimir Putin",
	//   "label": "Vladimir Putin",
	//   "type": "PERSON",
	//   "mentions": 1,
	//   "articles": 1,
	//   "sources": 0,
	//   "neighbors": 1,
	//   "first": "2024-03-01T00:00:00Z",
	//   "last": "2024-03-01T00:00:00Z",
	//   "aliases": [
	//     {
	//       "name": "Vladimir Putin",
	//       "count": 1
	//     }
	//   ]
	// }
	// 404 Not Found
	// {
	//   "error": "no such entity: \"nobody\"",
	//   "status": 404
	// }
}
