package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// suffixOpener reports whether a one-word mention typed an organization
// is a common word that opens a sentence right after a company's suffix:
// "... through Tervane Inc.\nProceeds were used", "... name is Quarbin
// Co\nNet includes ...". The suffix's point (or the line break of a
// table's note) hid the sentence's end from the tokenizer, so that the
// opening word looked like a name inside a sentence. The word must be one
// the text writes mostly in lower case ([ner.CommonWord]), and a
// lower-case word that is no firm's verb ([firmVerbs], [subjectVerbs])
// must follow it: "Tervane Co\nConsolidated said" (a firm's name that a
// line break cuts) is left. The suffix is capitalized, a name's: after
// "the company.\nSharp operates" the firm Sharp is named.
func suffixOpener(text string, m *mention) bool {
	if len(m.words) != 1 || m.typ != Org || m.canon != "" || m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	p, _ := prevWord(text, m.Start)
	if !upperWord(p) || !names.CorpSuffixes[names.Key(p)] || !strings.HasSuffix(p, ".") && !lineStart(text, m.Start) {
		return false
	}
	w, _ := nextWord(text, m.End)
	w = strings.TrimRight(w, ",.;:")
	return asciiLowerWord(w) && !firmVerbs[w] && !subjectVerbs[w] && ner.CommonWord(m.Name)
}
