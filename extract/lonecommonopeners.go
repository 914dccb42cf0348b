package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// lonelyOpener reports whether a mention typed an organization is one
// common word that opens a sentence after a firm's suffix and its stop,
// before a word in lower case: "... guaranteed by Quarbin Corp. Interest
// will be payable", "led by Vell and Co Inc. Concurrent with the
// offering". The recognizer reads the word as in the firm's sentence, the
// stop as the abbreviation's, where a capital looks like a name's; a
// common word of the case table ([ner.CommonWord]) there names nothing. A
// word that the article writes capitalized again inside a sentence is a
// name ("Quarbin Corp. Coastal said ... a lawyer for Coastal"); a word in
// capitals (a headline's) is left, and so is a word after a suffix's word
// in lower case ("reviewed the company. Sharp operates").
func lonelyOpener(text string, m *mention) bool {
	if m.typ != Org || len(m.words) != 1 || !upperWord(m.Name) || allCaps(m.Name) {
		return false
	}
	p, _ := prevWord(text, m.Start)
	if len(p) < 3 || p[len(p)-1] != '.' || !upperWord(p) || !names.CorpSuffixes.Has(p[:len(p)-1]) {
		return false // the usual case, decided at once
	}
	next, _ := nextWord(text, m.End)
	if r, _ := utf8.DecodeRuneInString(next); !unicode.IsLower(r) || !ner.CommonWord(m.Name) {
		return false
	}
	return !capitalizedElsewhere(text, m.Name, m.Start)
}

// capitalizedElsewhere reports whether text holds the word w, as written,
// inside a sentence at another place than at: a name's use.
func capitalizedElsewhere(text, w string, at int) bool {
	for j := range wholeWords(text, w) {
		if j != at && !sentenceStart(text, j) {
			return true
		}
	}
	return false
}
