package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// sentenceAdverbs open a sentence and name nothing: "However, the talks
// failed", "Earlier today, Tervane said". The recognizer takes one for a
// name where the sentence before ends in an abbreviation's point ("Tervane
// Inc. However, ..."), so that no sentence seems to begin there.
var sentenceAdverbs = names.Set{"however": true, "also": true, "earlier": true, "indeed": true,
	"additionally": true, "meanwhile": true, "moreover": true, "furthermore": true, "nevertheless": true,
	"nonetheless": true, "separately": true, "previously": true, "consequently": true, "accordingly": true,
	"likewise": true, "similarly": true, "subsequently": true, "thereafter": true, "elsewhere": true,
	"instead": true, "otherwise": true, "currently": true, "recently": true, "initially": true}

// subjectVerbs follow a name that is a sentence's subject: "Elsewhere
// said", a firm of that name.
var subjectVerbs = names.Set{"said": true, "says": true, "is": true, "was": true, "has": true, "had": true,
	"will": true, "would": true, "reported": true, "announced": true}

// sentenceAdverb reports whether a mention is one of [sentenceAdverbs]
// alone, followed by a comma or by a lower-case word that is none of
// [subjectVerbs] ("Also to be sold are"): an adverb, no entity.
func sentenceAdverb(text string, m *mention) bool {
	if len(m.words) != 1 || !sentenceAdverbs[m.key] || m.End >= len(text) {
		return false
	}
	if text[m.End] == ',' {
		return true
	}
	w, _ := nextWord(text, m.End)
	w = strings.TrimRight(w, ",.;:")
	return asciiLowerWord(w) && !subjectVerbs[w]
}

// cutAdverbTail drops from a span a last word of [sentenceAdverbs] after
// a word ending in a point: the recognizer's span ran across an
// abbreviation's point into the next sentence's adverb ("Tervane Bank Plc.
// However, ...", "Quarbin Bros. Meanwhile").
func cutAdverbTail(ws []word) []word {
	n := len(ws)
	if n < 2 || !strings.HasSuffix(ws[n-2].text, ".") || !sentenceAdverbs[strings.ToLower(ws[n-1].text)] {
		return ws
	}
	return ws[:n-1]
}
