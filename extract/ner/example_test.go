package ner_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
)

func Example() {
	m, err := ner.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := [][]string{
		strings.Fields("BRUSSELS 1996-08-22"),
		strings.Fields("German Chancellor Helmut Kohl met French President Jacques Chirac in Bonn ."),
	}
	for si, tags := range m.Tag(doc) {
		for _, s := range ner.Spans(tags) {
			fmt.Println(s.Type, strings.Join(doc[si][s.Start:s.End], " "))
		}
	}
	// Output:
	// LOC BRUSSELS
	// MISC German
	// PER Helmut Kohl
	// MISC French
	// PER Jacques Chirac
	// LOC Bonn
}

func ExampleEvaluator() {
	var e ner.Evaluator
	gold := strings.Fields("I-PER I-PER O I-LOC") // IOB1, as in the CoNLL-2003 files
	pred := strings.Fields("B-PER I-PER O B-ORG") // IOB2, as Tag returns
	e.Add(gold, pred)
	if err := e.Scores().WriteTable(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// type       gold   pred correct precision  recall      F1
	// LOC           1      0       0      0.00    0.00    0.00
	// ORG           0      1       0      0.00    0.00    0.00
	// PER           1      1       1    100.00  100.00  100.00
	// overall       2      2       1     50.00   50.00   50.00
}
