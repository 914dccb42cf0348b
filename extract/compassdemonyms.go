package extract

import (
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/internal/names"
)

// compassDemonym reports whether a name of two words is a compass word ([compassWords]) and
// a demonym used as an adjective before a lower-case noun: "other Eastern
// European countries", "the South Tervanian stock market". A firm's short
// name of those words is followed by its verb ([firmVerbs]: "South
// Tervanian said"), or by no lower-case word, and is left.
func compassDemonym(t *names.Index, text string, m *mention) bool {
	if (len(m.words) != 2 || !compassWords[m.words[0]] || !t.IsDemonym(m.words[1])) && !demonymRun(t, m) || // tail17i: demonymRun
		m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	w, _ := nextWord(text, m.End)
	if w == "" || !unicode.IsLower(rune(w[0])) {
		return false
	}
	return !firmVerbs[strings.TrimRight(w, ",.;:")]
}
