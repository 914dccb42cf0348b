package extract_test

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/nergraph/nergraph/extract"
)

func ExampleClean() {
	fmt.Println(extract.Clean("Pyongyang#39;s state media called it quot;historic,quot; at anbsp;parade"))
	// Output: Pyongyang's state media called it "historic," at a parade
}

func ExampleTokenize() {
	for _, s := range extract.Tokenize("Russia's Putin met Kim in the U.S. capital. Then he left.") {
		var toks []string
		for _, t := range s.Tokens {
			toks = append(toks, t.Text)
		}
		fmt.Println(strings.Join(toks, " | "))
	}
	// Output:
	// Russia | 's | Putin | met | Kim | in | the | U.S. | capital | .
	// Then | he | left | .
}

func ExampleNewReader() {
	input := `{"id":"a1","title":"Leaders Meet","text":"Kim met Putin."}
{"id":"a2", broken
{"id":"a3","text":"Biden spoke."}
`
	r := extract.NewReader(strings.NewReader(input), "news.jsonl", extract.ReaderOptions{})
	for {
		a, err := r.Read()
		if err == io.EOF {
			break
		}
		var pe *extract.ParseError
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
