package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail16c) lets a firm's apposition open with the possessive
// of the scope its rank is measured in: "Quarbin, the country's biggest
// web portal firm", "Tervane, the world's largest reinsurer". [firmHead]
// stops at any possessive, which names another thing's part or officer
// ("Ann Vell, the company's founder"); a country's, a nation's or the
// world's before a superlative and the kind names the firm itself.

// scopeWords are the scopes that a firm's rank is measured in, written as
// the possessive that opens an apposition: "the world's", "the
// country's".
var scopeWords = names.Set{"world": true, "country": true, "nation": true, "state": true, "region": true,
	"continent": true, "island": true, "city": true, "province": true, "territory": true, "kingdom": true}

// skipScope returns after, the words of an apposition after its article,
// without a first word that is the possessive of a scope of [scopeWords]
// ("country's biggest portal firm" gives "biggest portal firm"); after as
// it is otherwise. The possessive must be followed by another word: "the
// country's" alone names nothing.
func skipScope(after string) string {
	i := strings.IndexByte(after, ' ')
	if i < 3 || after[i-1] != 's' || after[i-2] != '\'' {
		return after // the usual case, decided at once
	}
	if !scopeWords[after[:i-2]] || i+1 >= len(after) {
		return after
	}
	return after[i+1:]
}
