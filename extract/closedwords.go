package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// closedWords are prepositions, conjunctions and sentence adverbs: words
// of the grammar's closed classes, which no name is on its own.
var closedWords = names.Set{"since": true, "although": true, "though": true, "unless": true, "whereas": true,
	"despite": true, "because": true, "whilst": true, "during": true, "until": true, "about": true,
	"among": true, "amongst": true, "amid": true, "amidst": true, "throughout": true, "towards": true,
	"hence": true, "thus": true, "moreover": true, "furthermore": true, "nevertheless": true,
	"nonetheless": true, "however": true, "therefore": true}

// closedWord reports whether a one-word name is a closed-class word that
// opens a sentence the splitter did not see: "Quelby Co. Since March the
// dollar fell", where the stop of "Co." ends the sentence too. Its capital
// is the sentence's; it names nothing.
func closedWord(m *mention) bool {
	return len(m.words) == 1 && closedWords.Has(strings.ToLower(m.Name))
}
