package extract_test

import (
	"fmt"

	"github.com/nergraph/nergraph/extract"
)

// The relations of a document are who did what to whom, by entity id, with
// the words that say so.
func ExampleExtractor_Extract_relations() {
	ex, err := extract.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := ex.Extract(extract.Article{ID: "seed", Text: "The United States has accused North Korea of supplying weapons to Russia, Reuters said."})
	for _, r := range doc.Relations {
		fmt.Printf("%s > %s > %s [%s] negated=%t\n", r.Subject, r.Predicate, r.Object, doc.Text[r.Start:r.End], r.Negated)
	}
	// Output:
	// country:US > accuse > country:KP [has accused] negated=false
	// country:KP > supply weapons to > country:RU [supplying weapons to] negated=false
}
