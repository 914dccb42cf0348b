package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
)

// lyOpener reports whether a name of one word is an adverb or adjective
// in "-ly" that opens a sentence before a lower-case word ("Hugely
// popular games ...", "Increasingly frail, he ..."): the word ends in
// "ly", the case table writes it mostly in lower case ([ner.MostlyLower]),
// and the next word is lower case and no verb a subject takes
// ([subjectVerbs]: "Early said" would be a firm of that name). It
// generalizes [sentenceAdverb]'s list, and reads what [commonStart] reads
// but for its guard of a word the article capitalizes elsewhere: an
// adverb capitalized inside a longer title ("the Massively Popular Game
// Show") is still an adverb where it opens a sentence alone.
func lyOpener(text string, m *mention) bool {
	if len(m.words) != 1 || len(m.key) < 6 || !strings.HasSuffix(m.key, "ly") || m.End >= len(text) || !lineGap(text, m.End) {
		return false // the cheap first question
	}
	if m.canon != "" || m.agency >= 0 || !sentenceStart(text, m.Start) || !ner.MostlyLower(m.Name) {
		return false
	}
	w, _ := nextWord(text, m.End)
	w = strings.TrimRight(w, ",.;:")
	return asciiLowerWord(w) && !subjectVerbs[w]
}
