package export_test

import (
	"context"
	"fmt"
	"os"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

func Example() {
	g := graphstore.New()
	g.Add(&extract.Doc{
		Article: extract.Article{ID: "a1", Title: "Kim writes to Putin"},
		Hash:    "a1",
		Entities: []extract.Entity{
			{ID: "person:kim-jong-un", Name: "Kim Jong Un", Type: extract.Person,
				Mentions: []extract.Mention{{Name: "Kim Jong Un"}, {Name: "Kim", Sentence: 1}}},
			{ID: "person:vladimir-putin", Name: "Vladimir Putin", Type: extract.Person,
				Mentions: []extract.Mention{{Name: "Putin", Sentence: 1}}},
		},
	})
	ex, err := export.Lookup(export.ForPath("graph.json"))
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := ex.Write(os.Stdout, g); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"directed": false, "multigraph": false, "graph": {"name":"nergraph","articles":[{"id":"a1","title":"Kim writes to Putin"}]}
	// , "nodes": [{"id":"person:kim-jong-un","label":"Kim Jong Un","type":"PERSON","mentions":2,"articles":1,"sources":0,"aliases":[{"name":"Kim","count":1},{"name":"Kim Jong Un","count":1}],"community":0,"pagerank":0.5,"degree":1,"weighted_degree":1}
	// ,{"id":"person:vladimir-putin","label":"Vladimir Putin","type":"PERSON","mentions":1,"articles":1,"sources":0,"aliases":[{"name":"Putin","count":1}],"community":0,"pagerank":0.5,"degree":1,"weighted_degree":1}
	// ], "links": [{"source":"person:kim-jong-un","target":"person:vladimir-putin","weight":1,"sentences":1,"npmi":1,"articles":["a1"]}
	// ]}
}

func ExampleDOT() {
	g, _ := graphstore.NewView(
		[]graphstore.Node{{ID: "org:at-t", Label: `AT&T "Ma Bell"`, Type: extract.Org, Mentions: 1}},
		nil, nil)
	_ = export.DOT{}.Write(os.Stdout, g)
	// Output:
	// // nergraph: 1 entities, 0 links
	// graph nergraph {
	// 	graph [layout=sfdp, overlap=prism, outputorder=edgesfirst, splines=false, fontname="Helvetica"];
	// 	node [style=filled, fontname="Helvetica", penwidth=0.5];
	// 	edge [color="#66666680"];
	// 	n1 [id="org:at-t", label="AT&T \"Ma Bell\"", shape=box, fillcolor="#E69F00", fontsize=10, type="ORG", mentions=1, articles=0, sources=0, aliases="[]", community=0, pagerank=1, degree=0, weighted_degree=0];
	// }
}

func ExampleDescribe() {
	ex, err := export.Lookup("svg")
	if err != nil {
		fmt.Println(err)
		return
	}
	ex = export.Describe(ex, export.About{Title: "Reuters-21578", Filter: "--types PERSON", Ego: "Putin"})
	r := ex.(export.Render)
	fmt.Println(r.Format, r.Title, r.Filter, r.Ego)
	// Output:
	// svg Reuters-21578 --types PERSON Putin
}

// Arrange lays a graph out once for the format it is written in; here,
// node-link JSON with positions, which it has only when asked.
func ExampleArrange() {
	g, _ := graphstore.NewView([]graphstore.Node{
		{ID: "country:KP", Label: "North Korea", Type: extract.Country, Mentions: 3},
		{ID: "person:kim-jong-un", Label: "Kim Jong Un", Type: extract.Person, Mentions: 2},
		{ID: "person:vladimir-putin", Label: "Vladimir Putin", Type: extract.Person, Mentions: 1},
	}, []graphstore.Edge{
		{Source: "country:KP", Target: "person:kim-jong-un", Weight: 2},
		{Source: "person:kim-jong-un", Target: "person:vladimir-putin", Weight: 1},
	}, nil)
	ex, skipped, err := export.Arrange(context.Background(), export.JSON{}, g, export.PositionsOn)
	if err != nil {
		fmt.Println(err)
		return
	}
	l := ex.(export.JSON).Layout
	fmt.Println("skipped:", skipped, "positioned:", l.Positioned)
	for i, n := range g.Nodes() {
		fmt.Printf("%s: community %d, degree %d, weighted %d, pagerank %v, at (%v, %v)\n",
			n.Label, l.Community[i], l.Degree[i], l.WeightedDegree[i], l.PageRank[i], l.X[i], l.Y[i])
	}
	// Output:
	// skipped: false positioned: true
	// North Korea: community 0, degree 1, weighted 2, pagerank 0.325676, at (563.17, -1000)
	// Kim Jong Un: community 0, degree 2, weighted 3, pagerank 0.486486, at (195.02, -106.83)
	// Vladimir Putin: community 0, degree 1, weighted 1, pagerank 0.187838, at (-563.17, 1000)
}
