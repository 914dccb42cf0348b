package pos_test

import (
	"fmt"
	"strings"

	"github.com/nergraph/nergraph/extract/pos"
)

func Example() {
	m, err := pos.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	words := strings.Fields("Getty Oil was bought by Texaco in 1984 .")
	tags, chunks := m.TagChunk(words)
	for i, w := range words {
		fmt.Printf("%-6s %-3s %-4s %s\n", w, tags[i], chunks[i], pos.Lemma(w, tags[i]))
	}
	// Output:
	// Getty  NNP B-NP getty
	// Oil    NNP I-NP oil
	// was    VBD B-VP be
	// bought VBN I-VP buy
	// by     IN  B-PP by
	// Texaco NNP B-NP texaco
	// in     IN  B-PP in
	// 1984   CD  B-NP 1984
	// .      .   O    .
}

func ExampleLemma() {
	fmt.Println(pos.Lemma("accused", pos.VBD), pos.Lemma("met", pos.VBD), pos.Lemma("withdrew", pos.VBD), pos.Lemma("supplying", pos.VBG))
	// Output:
	// accuse meet withdraw supply
}
