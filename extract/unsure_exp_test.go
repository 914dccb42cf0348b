package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/relgold"
)

// TestUnsureGoldExperiment lists the nodes of the relations gold set that
// --min-confidence leaves out, with whether a gold name of the same type
// lies under one of their mentions (set NERGRAPH_UNSURE_EXP=1).
func TestUnsureGoldExperiment(t *testing.T) {
	if os.Getenv("NERGRAPH_UNSURE_EXP") == "" {
		t.Skip("set NERGRAPH_UNSURE_EXP=1")
	}
	items, err := relgold.ParseFile(filepath.Join("..", "testdata", "relations", "gold.txt"))
	if err != nil {
		t.Fatal(err)
	}
	ex, err := extract.New(extract.WithMinConfidence(extract.SuggestedMinConfidence))
	if err != nil {
		t.Fatal(err)
	}
	g := graphstore.New()
	var docs []*extract.Doc
	for i := range items {
		doc := ex.Extract(extract.Article{ID: items[i].ID, Text: items[i].Text})
		g.Add(doc)
		docs = append(docs, doc)
	}
	conll := map[extract.Type]string{extract.Person: "PER", extract.Org: "ORG", extract.Location: "LOC", extract.Country: "LOC", extract.Misc: "MISC"}
	right, wrong := 0, 0
	for i, doc := range docs {
		for _, e := range doc.Entities {
			if !e.Unsure {
				continue
			}
			if _, ok := g.Node(g.CanonicalIn(doc.Article.ID, e.ID)); ok {
				continue
			}
			verdict := "wrong"
			for _, m := range e.Mentions {
				for _, ge := range items[i].Entities {
					if ge.Start == m.Start && ge.End == m.End && ge.Type == conll[e.Type] {
						verdict = "right"
					}
				}
			}
			if verdict == "right" {
				right++
			} else {
				wrong++
			}
			var ms []string
			for _, m := range e.Mentions {
				ms = append(ms, fmt.Sprintf("%q(title %q)", m.Text, m.Title))
			}
			fmt.Printf("%s\t%s\t%s\t%s\t%s\t%s\n", verdict, doc.Article.ID, e.Type, e.Name, strings.Join(ms, " "), doc.Text)
		}
	}
	fmt.Printf("left out: %d right, %d wrong\n", right, wrong)
}
