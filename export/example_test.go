package export_test

import (
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
	// , "nodes": [{"id":"person:kim-jong-un","label":"Kim Jong Un","type":"PERSON","mentions":2,"articles":1,"sources":0,"aliases":[{"name":"Kim","count":1},{"name":"Kim Jong Un","count":1}]}
	// ,{"id":"person:vladimir-putin","label":"Vladimir Putin","type":"PERSON","mentions":1,"articles":1,"sources":0,"aliases":[{"name":"Putin","count":1}]}
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
	// 	n1 [id="org:at-t", label="AT&T \"Ma Bell\"", shape=box, fillcolor="#E69F00", fontsize=10, type="ORG", mentions=1, articles=0, sources=0, aliases="[]"];
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
