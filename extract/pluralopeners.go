package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nergraph/nergraph/extract/ner"
)

// pluralOwnerStart reports whether a mention typed an organization is one
// common noun in the plural that opens a sentence with the plural
// possessive's apostrophe right after it and a word in lower case after
// that: "Tanners' profits fell", "Glaziers' sales rose". [commonStart]
// reads the word after the name, here the apostrophe, and leaves it. The
// word is common when the case table writes the word without its "s"
// nearly always in lower case ([ner.MostlyLower]), or when the article
// itself writes it in lower case. Left: a word the article writes
// capitalized inside a sentence too ("Tanners' chief said ... shares of
// Tanners rose": a firm or a club), a word in capitals, a plural the case
// table knows but not its singular (a team's nickname, "Warriors'
// goalkeeper"), and a word in "-ics", no plural ("Athletics' ruling body":
// a sport, which the linker would give to a body of the sport named
// elsewhere) (tail13y).
func pluralOwnerStart(text string, m *mention) bool {
	if m.typ != Org || len(m.words) != 1 || len(m.Name) < 4 || m.Name[len(m.Name)-1] != 's' || m.End+2 >= len(text) || text[m.End] != '\'' || !lineGap(text, m.End+1) {
		return false // the usual case, decided at once
	}
	if !upperWord(m.Name) || allCaps(m.Name) || !sentenceOpen(text, m.Start) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[m.End+2:]); !unicode.IsLower(r) {
		return false
	}
	lw := strings.ToLower(m.Name)
	if strings.HasSuffix(lw, "ics") || !ner.MostlyLower(lw[:len(lw)-1]) && !writtenLower(text, lw) {
		return false
	}
	return !capitalizedElsewhere(text, m.Name, m.Start)
}

// writtenLower reports whether text holds the lower-case word lw as a
// whole word.
func writtenLower(text, lw string) bool {
	for range wholeWords(text, lw) {
		return true
	}
	return false
}
