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
			{ID: "person:kim-jong-un", Label: "Kim Jong Un", Type: "PERSON", Mentions: 2},
			{ID: "person:vladimir-putin", Label: "Vladimir Putin", Type: "PERSON", Mentions: 1,
				Aliases: []viewer.Alias{{Name: "Putin", Count: 1}}},
			{ID: "country:RU", Label: "Russia", Type: "COUNTRY", ISO: "RU", Mentions: 1},
		},
		Links: []viewer.Link{
			{Source: 0, Target: 1, Weight: 1, Sentences: 1, Articles: []int{0},
				Evidence: []viewer.Evidence{{Article: 0, Sentences: []string{"Kim Jong Un and Vladimir Putin exchanged letters."}}}},
			{Source: 1, Target: 2, Weight: 1, Articles: []int{0}},
		},
		Articles: []viewer.Article{{ID: "seed", Title: "Kim and Putin exchange letters", Date: "2023-09-14"}},
		Ego:      "person:vladimir-putin",
	}
	viewer.Arrange(&p) // no layout of our own: the fallback
	for _, n := range p.Nodes {
		fmt.Printf("%s: degree %d, weighted %d, community %d\n", n.Label, n.Degree, n.WeightedDegree, n.Community)
	}
	var b bytes.Buffer
	if err := viewer.Write(&b, p); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.HasPrefix(b.String(), "<!DOCTYPE html>"), strings.Contains(b.String(), "https://"))
	// Output:
	// Kim Jong Un: degree 1, weighted 1, community 0
	// Vladimir Putin: degree 2, weighted 2, community 0
	// Russia: degree 1, weighted 1, community 0
	// true false
}
