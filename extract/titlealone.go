package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// soloTitles are the titles of rank that the recognizer takes for a name
// when one stands alone after "the": "the Cardinal said", "the Emir
// arrived". Titles that are also names of bodies or papers ("the Star",
// "the Guardian") are left out.
var soloTitles = names.Set{"cardinal": true, "archbishop": true, "bishop": true, "pontiff": true,
	"rabbi": true, "imam": true, "ayatollah": true, "emir": true, "sultan": true, "sheikh": true,
	"archdeacon": true, "patriarch": true}

// titleAlone reports whether a mention is a title of rank alone after
// "the", no name ("one of the issues the Cardinal raised"), or cut from
// the name after it ("Cardinal" "Ann Vell"); not before a company's
// word ("Cardinal" "Holdings"). The person it
// stands for is named elsewhere with the title before the name ("Cardinal
// Ann Vell"), which the title rules read.
func titleAlone(text string, m *mention) bool {
	if len(m.words) != 1 || !soloTitles[m.key] || m.canon != "" || m.forced != "" {
		return false
	}
	if p, _ := prevWordFast(text, m.Start); p == "the" || p == "The" {
		return true
	}
	// The recognizer cut the title from the name after it: "Cardinal"
	// "Ann Vell". A firm's words after it are its name's.
	if m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	n, _ := nextWord(text, m.End)
	n = strings.TrimRight(n, ",.;:")
	return n != "" && upperWord(n) && !names.CorpSuffixes.Has(n) && !orgWord(names.Key(n))
}
