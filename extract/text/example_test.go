package text_test

import (
	"fmt"
	"strings"

	"github.com/nergraph/nergraph/extract/text"
)

func ExampleClean() {
	fmt.Println(text.Clean("Pyongyang#39;s state media called it quot;historic,quot; at anbsp;parade"))
	// Output: Pyongyang's state media called it "historic," at a parade
}

func ExampleTokenize() {
	for _, s := range text.Tokenize("Russia's Putin met Kim in the U.S. capital. Then he left.") {
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
