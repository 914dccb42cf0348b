package extract_test

import (
	"fmt"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/text"
)

func ExampleResolver_Resolve() {
	body := "Putin writes to Kim\n\nRussian President Vladimir Putin wrote to Kim Jong Un, KCNA said. Kim thanked Putin."
	sents := text.Tokenize(body)
	// The spans a recognizer might find, as token ranges of each sentence.
	var spans []extract.Span
	for si, s := range sents {
		for ti, t := range s.Tokens {
			switch t.Text {
			case "Putin", "Kim":
				if ti > 0 && (s.Tokens[ti-1].Text == "Vladimir") {
					spans = append(spans, extract.Span{Sentence: si, Start: ti - 1, End: ti + 1, Type: extract.Person})
				} else if ti+2 < len(s.Tokens) && s.Tokens[ti+2].Text == "Un" {
					spans = append(spans, extract.Span{Sentence: si, Start: ti, End: ti + 3, Type: extract.Person})
				} else if t.Text != "Vladimir" {
					spans = append(spans, extract.Span{Sentence: si, Start: ti, End: ti + 1, Type: extract.Person})
				}
			}
		}
	}
	r, err := extract.NewResolver(extract.ResolveOptions{})
	if err != nil {
		panic(err)
	}
	for _, e := range r.Resolve(body, sents, spans) {
		fmt.Println(e.ID, e.Name)
		for _, m := range e.Mentions {
			fmt.Printf("  %q title=%q role=%q\n", m.Text, m.Title, m.Role)
		}
	}
	// Output:
	// org:kcna KCNA
	//   "KCNA" title="" role="source"
	// person:kim-jong-un Kim Jong Un
	//   "Kim" title="" role=""
	//   "Kim Jong Un" title="" role=""
	//   "Kim" title="" role=""
	// person:vladimir-putin Vladimir Putin
	//   "Putin" title="" role=""
	//   "Vladimir Putin" title="President" role=""
	//   "Putin" title="" role=""
}
