package prose_test

import (
	"fmt"

	"github.com/nergraph/nergraph/extract"
	_ "github.com/nergraph/nergraph/extract/prose" // registers "prose"
	"github.com/nergraph/nergraph/extract/text"
)

func Example() {
	r, err := extract.RecognizerByName("prose")
	if err != nil {
		panic(err)
	}
	sents := text.Tokenize("Vladimir Putin flew to Pyongyang on Tuesday.")
	for _, sp := range r.Recognize(sents) {
		var words []string
		for _, t := range sents[sp.Sentence].Tokens[sp.Start:sp.End] {
			words = append(words, t.Text)
		}
		fmt.Println(sp.Type, words)
	}
	fmt.Println(extract.RecognizerNames())
	// prose often splits a name in two; the resolver joins them again.

	// Output:
	// PERSON [Vladimir]
	// PERSON [Putin]
	// LOCATION [Pyongyang]
	// [perceptron prose]
}
