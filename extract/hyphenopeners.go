package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// cutHyphenAdjective (tail12s) cuts a compound adjective or noun that
// opens a span of two words or more and ends, after its last hyphen, in a
// common lower-case word of four letters or more ([ner.MostlyLower]):
// "Off-colour Vell storms to win", "Man-of-the-match Vell",
// "Seven-wicket Vell". Its first part too is a common word: a name's
// ("Pei-yuan Vell") is left, and so is a point of the compass
// ("North-leading Tervane Rovers", measured: it moved a team's mention
// and with it the corpus linker's reading of an acronym in another
// article). A capital or a short word after the hyphen belongs to a name
// ("Sixteen-to-One Mine", "Blu-ray Disc"), and so does a compound of a
// short first part ("Co-operative Bank"); a common word alone after it is
// no name to leave ("Euro-clear System").
func cutHyphenAdjective(ws []word) []word {
	if len(ws) < 2 || !strings.Contains(ws[0].text, "-") {
		return ws // the usual case, decided at once
	}
	w := ws[0].text
	i := strings.LastIndexByte(w, '-')
	first, last := w[:strings.IndexByte(w, '-')], w[i+1:]
	if len(first) <= 2 || len(last) < 4 || !isLowerASCIIWord(last) || !ner.MostlyLower(last) || !names.IsCapitalized(ws[1].text) {
		return ws
	}
	if f := strings.ToLower(first); !ner.MostlyLower(f) {
		return ws // "Pei-yuan Tervane": a given name's; "North-leading"
	}
	if len(ws) == 2 && ner.MostlyLower(strings.ToLower(ws[1].text)) {
		return ws // "Euro-clear System": a common word is no name left
	}
	return ws[1:]
}

// isLowerASCIIWord reports whether w is letters a to z alone.
func isLowerASCIIWord(w string) bool {
	for i := range len(w) {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}
