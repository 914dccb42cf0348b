package relgold_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/nergraph/nergraph/internal/relgold"
)

func Example() {
	gold := `=== e1 [passive]
[[Getty Oil|ORG|org:getty-oil]] was bought by [[Texaco|ORG|org:texaco]] in 1984.
rel: org:texaco > buy > org:getty-oil | text=was bought by | sent=0

=== e2 [symmetric] [attribution]
[[Kim|PER|person:kim-jong-un]] and [[Putin|PER|person:vladimir-putin]] exchanged letters, [[KCNA|ORG|org:kcna|source]] said.
rel: person:kim-jong-un <> exchange letters <> person:vladimir-putin | text=exchanged letters | sent=0
`
	items, err := relgold.Parse(strings.NewReader(gold), "gold.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(items[0].Text)
	for _, e := range items[0].Entities {
		fmt.Printf("%s %s %d-%d\n", e.ID, e.Type, e.Start, e.End)
	}

	// A system found the acquisition the wrong way round, and the letters,
	// and took the attribution for a relation.
	pred := []relgold.Prediction{
		{Item: "e1", Subject: "org:getty-oil", Predicate: "buy", Object: "org:texaco", Sentence: 0},
		{Item: "e2", Subject: "person:vladimir-putin", Predicate: "exchange letters", Object: "person:kim-jong-un", Sentence: 0},
		{Item: "e2", Subject: "org:kcna", Predicate: "say", Object: "person:kim-jong-un", Sentence: 0},
	}
	rep, err := relgold.Score(items, pred)
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := rep.WriteTable(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Getty Oil was bought by Texaco in 1984.
	// org:getty-oil ORG 0-9
	// org:texaco ORG 24-30
	// tag         items  gold  pred  strict P     R    F1  lenient P     R    F1
	// all             2     2     3     0.333 0.500 0.400      0.333 0.500 0.400
	// attribution     1     1     2     0.500 1.000 0.667      0.500 1.000 0.667
	// passive         1     1     1     0.000 0.000 0.000      0.000 0.000 0.000
	// symmetric       1     1     2     0.500 1.000 0.667      0.500 1.000 0.667
}

func ExampleReader() {
	r := relgold.NewReader(strings.NewReader("=== x1\n[[Texaco|ORG|org:texaco]] bought [[Getty Oil|ORG|org:getty-oil]].\nrel: org:texaco > buy > org:getty | text=bought | sent=0\n"), "gold.txt")
	_, err := r.Read()
	fmt.Println(err)
	// Output:
	// gold.txt:3: object org:getty is not marked in sentence 0
}
