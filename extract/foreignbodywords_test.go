package extract

import "testing"

// TestForeignBodyWords checks, on sentences of our own with made-up names,
// that a name the recognizer took for a person or a place is a body's by
// "Het" or "Financiere" opening it or by a compound word ending in a
// body's noun, and that a person's name, the noun alone and one word
// alone are left.
func TestForeignBodyWords(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "Dutch, French and German bodies typed as people or places",
			marked: "Rates\n\nA spokesman for [[Het Zorbit|PER]] said [[Financiere Quarbe|PER]] agreed, and the " +
				"[[Centraal Lemmobureau|PER]] and [[Tervaner Hypothekarinstitut|LOC]] disagreed with " +
				"[[Velle Handelsverband|PER]].",
			want: []string{`org:centraal-lemmobureau ORG "Centraal Lemmobureau"`,
				`org:financiere-quarbe ORG "Financiere Quarbe"`, `org:het-zorbit ORG "Het Zorbit"`,
				`org:tervaner-hypothekarinstitut ORG "Tervaner Hypothekarinstitut"`,
				`org:velle-handelsverband ORG "Velle Handelsverband"`},
		},
		{
			name: "people, the noun alone, one word",
			marked: "Rates\n\n[[Jan Verein|PER]] met [[Lemmo Institut|PER]], [[Het|PER]] and " +
				"[[Quarbeverband|PER]] on Monday.",
			want: []string{`person:het PERSON "Het" partial`, `person:jan-verein PERSON "Jan Verein"`,
				`person:lemmo-institut PERSON "Lemmo Institut"`, `person:quarbeverband PERSON "Quarbeverband" partial`},
		},
	})
}
