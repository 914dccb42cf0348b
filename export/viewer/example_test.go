package viewer_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/nergraph/nergraph/export/viewer"
)

func Example() {
	p := viewer.Page{
		Title: "Kim writes to Putin",
		Nodes: []viewer.Node{
			// Where each goes, and what it is in the graph: export.HTML
			// fills these in from graphstore's Graph.Layout.
			{ID: "person:kim-jong-un", Label: "Kim Jong Un", Type: "PERSON", Mentions: 2,
				X: -1000, Y: 0, Degree: 1, WeightedDegree: 1, PageRank: 0.26},
			{ID: "person:vladimir-putin", Label: "Vladimir Putin", Type: "PERSON", Mentions: 1,
				Aliases: []viewer.Alias{{Name: "Putin", Count: 1}}, X: 0, Y: 0, Degree: 2, WeightedDegree: 2, PageRank: 0.48},
			{ID: "country:RU", Label: "Russia", Type: "COUNTRY", ISO: "RU", Mentions: 1,
				X: 1000, Y: 0, Degree: 1, WeightedDegree: 1, PageRank: 0.26},
		},
		Links: []viewer.Link{
			{Source: 0, Target: 1, Weight: 1, Sentences: 1, Articles: []int{0},
				Evidence: []viewer.Evidence{{Article: 0, Sentences: []string{"Kim Jong Un and Vladimir Putin exchanged letters."}}}},
			{Source: 1, Target: 2, Weight: 1, Articles: []int{0}},
		},
		Articles: []viewer.Article{{ID: "seed", Title: "Kim and Putin exchange letters", Date: "2023-09-14"}},
		Ego:      "person:vladimir-putin",
	}
	var b bytes.Buffer
	if err := viewer.Write(&b, p); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.HasPrefix(b.String(), "<!DOCTYPE html>"), strings.Contains(b.String(), "https://"))
	// Output:
	// true false
}
