package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail10yz) takes out of the graph a traded contract that the
// recognizer took for a body, a place or a person: a name ending in a
// commodity right before "futures" or "contract" ("the Quarbin
// Feeder Cattle contract", "Live Cattle futures rose"). The exchange is
// named apart when the text names it ("the Quarbin Exchange's cattle
// contract").

// contractNouns follow a traded contract's name in lower case.
var contractNouns = names.Set{"futures": true, "contract": true, "contracts": true}

// contractGoods are the commodities a contract's name ends in beyond
// [names.Commodities]: "Feeder Cattle", "Pork Bellies", "Eurodollar".
var contractGoods = names.Set{"bellies": true, "eurodollar": true, "eurodollars": true, "soybean": true,
	"soymeal": true, "crude": true, "heating": true, "lumber": true, "orange": true}

// commodityContract reports whether a name ends in a commodity of
// [names.Commodities] or [contractGoods] and is followed by a word of
// [contractNouns]: a traded contract, no entity. A country, an agency or
// a name the text forced is left.
func commodityContract(text string, m *mention) bool {
	if m.forced != "" || m.country >= 0 || m.agency >= 0 || len(m.words) == 0 || m.End >= len(text) || !asciiSpace(text[m.End]) {
		return false
	}
	last := m.words[len(m.words)-1]
	if !names.Commodities[last] && !contractGoods[last] {
		return false
	}
	w, _ := nextWord(text, m.End)
	return contractNouns[strings.TrimRight(w, ",.;:")]
}
