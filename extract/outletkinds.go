package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// outletKinds are the kind nouns that follow a newspaper's or magazine's
// name: "Tervane Pao newspaper said", "in Quarbin magazine".
var outletKinds = names.Set{"newspaper": true, "magazine": true, "tabloid": true, "weekly": true, "daily": true}

// outletAfter reports whether a name the recognizer took for a person is
// a newspaper or magazine by the kind noun right after it: "Tervane Pao
// newspaper of Lunmark said", "an interview with Quarbin magazine". After
// "a" or "an" the name is the owner's ("a Vell newspaper"), and left.
func outletAfter(text string, m *mention) bool {
	if m.typ != Person || len(m.words) > 3 || m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	w, _ := nextWord(text, m.End)
	if !outletKinds[strings.TrimRight(w, ",.;:")] {
		return false
	}
	p, _ := prevWord(text, m.Start)
	p = strings.ToLower(p)
	return p != "a" && p != "an"
}
