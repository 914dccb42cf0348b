package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// slugCut (tail11o) returns the words of ws from the one that joins a
// market column's slug to its story's subject by a slash ("WALL STREET
// STOCKS/QUARBIN", "Elkton Bonds/Vell Corp"), that word cut to its part
// after the slash: the slug, a market and what it trades ([assetWords]),
// is no part of the name. It returns ws itself when no word is such a
// join, and when the words after the join are not one word or a firm's
// name ending in its suffix ("Inc", "Corp"). The cheap test, a slash in
// the word, goes first.
func slugCut(ws []word) []word {
	for i := range ws {
		w := ws[i].text
		j := strings.IndexByte(w, '/')
		if j <= 0 || j == len(w)-1 || !upperWord(w[j+1:]) || !assetWords[names.Key(w[:j])] {
			continue
		}
		if rest := ws[i+1:]; len(rest) > 0 && !names.CorpSuffixes[names.Key(rest[len(rest)-1].text)] {
			return ws // "STOCKS/QUARBIN DEPT STORES": where the name ends is unsure
		}
		first := ws[i]
		first.text, first.start = w[j+1:], first.start+j+1
		return append([]word{first}, ws[i+1:]...)
	}
	return ws
}
