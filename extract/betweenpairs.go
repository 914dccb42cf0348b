package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// betweenPair reports whether an organization's span that joins two names
// at "and" stands after "between" (perhaps with "the" between) and ends in
// a company suffix after a name of its own: "a joint venture between
// Tervane Steel and Quarbin Steel Corp" names the venture's two parties.
// The caller asks, besides, that the article name the first half on its
// own ("Tervane Steel said"), as a firm of two words joined by "and"
// ("between Tervane and Quarbin Corp and Lunmark") is not named so.
func betweenPair(text string, m *mention, right []word) bool {
	n := len(right)
	if n < 2 || !names.CorpSuffixes[names.Key(right[n-1].text)] {
		return false
	}
	p, i := prevWord(text, m.Start)
	if strings.EqualFold(p, "the") {
		p, _ = prevWord(text, i)
	}
	return strings.EqualFold(p, "between")
}
