package extract

import "github.com/nergraph/nergraph/internal/names"

// openingConjunctions open a clause before a name and begin none: the
// recognizer takes them into the name when they open a sentence or a
// quotation ("Since Jack Straw gave those figures", "\"Once NEC cuts
// production"), where capitals say nothing.
var openingConjunctions = names.Set{"since": true, "once": true, "even": true, "until": true,
	"unless": true, "because": true, "whether": true, "whereas": true, "whenever": true,
	"when": true, "if": true, "whilst": true, "before": true, "after": true}

// capitalPrepositions are prepositions that begin no name of a person, a
// firm or a place wherever they stand, capitalized in a byline, a
// title-cased headline or by the writer's slip ("acquired ..., By Standard
// Pacific Savings"; "\"During NYSE trading hours").
var capitalPrepositions = map[string]bool{"By": true, "BY": true, "During": true, "DURING": true}

// openingClauseWord reports whether w, the first of a name's words, is a
// conjunction that opens its sentence or quotation, or a preposition
// written in capitals, rather than the name's first word. A work's name
// (MISC) keeps it ("Once Upon a Time", "Stand By Me" are titles), and the
// word after w must be capitalized.
func openingClauseWord(text string, ws []word, typ Type) bool {
	if typ == Misc || len(ws) < 2 || !upperWord(ws[1].text) {
		return false
	}
	w := ws[0]
	if capitalPrepositions[w.text] {
		return true
	}
	return names.IsCapitalized(w.text) && openingConjunctions.Has(w.text) && sentenceStart(text, w.start)
}
