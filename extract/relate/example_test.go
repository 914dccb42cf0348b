package relate_test

import (
	"fmt"
	"strings"

	"github.com/nergraph/nergraph/extract/pos"
	"github.com/nergraph/nergraph/extract/relate"
)

func Example() {
	m, err := pos.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Kim Jong Un and Vladimir Putin exchanged letters , KCNA said ."
	words := strings.Fields(text)
	s := relate.Sentence{Tags: m.Tag(words)}
	off := 0
	for _, w := range words {
		s.Tokens = append(s.Tokens, relate.Token{Text: w, Start: off, End: off + len(w)})
		off += len(w) + 1
	}
	s.Mentions = []relate.Mention{
		{Start: 0, End: 3, Entity: "person:kim-jong-un", Type: relate.Person},
		{Start: 4, End: 6, Entity: "person:vladimir-putin", Type: relate.Person},
		{Start: 9, End: 10, Entity: "org:kcna", Type: relate.Org, Source: true},
	}
	for _, r := range relate.Find(s) {
		fmt.Printf("%s <> %s <> %s (symmetric %t) %q at %d-%d\n", r.Subject, r.Predicate, r.Object, r.Symmetric, r.Text, r.Start, r.End)
	}
	// Output:
	// person:kim-jong-un <> exchange letters <> person:vladimir-putin (symmetric true) "exchanged letters" at 31-48
}

func ExampleFind() {
	m, _ := pos.Default()
	sentence := func(text string, ms ...relate.Mention) relate.Sentence {
		words := strings.Fields(text)
		s := relate.Sentence{Tags: m.Tag(words), Mentions: ms}
		off := 0
		for _, w := range words {
			s.Tokens = append(s.Tokens, relate.Token{Text: w, Start: off, End: off + len(w)})
			off += len(w) + 1
		}
		return s
	}
	for _, s := range []relate.Sentence{
		sentence("Getty Oil was bought by Texaco in 1984 .",
			relate.Mention{Start: 0, End: 2, Entity: "org:getty-oil", Type: relate.Org},
			relate.Mention{Start: 5, End: 6, Entity: "org:texaco", Type: relate.Org}),
		sentence("Iran denied supplying drones to Russia .",
			relate.Mention{Start: 0, End: 1, Entity: "country:IR", Type: relate.Country},
			relate.Mention{Start: 5, End: 6, Entity: "country:RU", Type: relate.Country}),
		sentence("Satya Nadella , chief executive of Microsoft , praised OpenAI .",
			relate.Mention{Start: 0, End: 2, Entity: "person:satya-nadella", Type: relate.Person},
			relate.Mention{Start: 6, End: 7, Entity: "org:microsoft", Type: relate.Org},
			relate.Mention{Start: 9, End: 10, Entity: "org:openai", Type: relate.Org}),
	} {
		for _, r := range relate.Find(s) {
			fmt.Printf("%s > %s > %s negated=%t role=%t [%s]\n", r.Subject, r.Predicate, r.Object, r.Negated, r.Role, r.Text)
		}
	}
	// Output:
	// org:texaco > buy > org:getty-oil negated=false role=false [was bought by]
	// country:IR > supply drones to > country:RU negated=true role=false [denied supplying drones to]
	// person:satya-nadella > chief executive of > org:microsoft negated=false role=true [chief executive of]
	// person:satya-nadella > praise > org:openai negated=false role=false [praised]
}
