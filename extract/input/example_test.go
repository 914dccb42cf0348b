package input_test

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/nergraph/nergraph/extract/input"
)

func ExampleNewReader() {
	data := `{"id":"a1","title":"Leaders Meet","text":"Kim met Putin."}
{"id":"a2", broken
{"id":"a3","text":"Biden spoke."}
`
	r := input.NewReader(strings.NewReader(data), "news.jsonl", input.ReaderOptions{})
	for {
		a, err := r.Read()
		if err == io.EOF {
			break
		}
		var pe *input.ParseError
		if errors.As(err, &pe) {
			fmt.Println("skip:", pe.File, pe.Line)
			continue
		}
		fmt.Println(a.ID, a.Title)
	}
	// Output:
	// a1 Leaders Meet
	// skip: news.jsonl 2
	// a3
}
