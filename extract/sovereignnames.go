package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// sovereignStyles are the styles of a reigning sovereign that stand before
// one name and never open a place's or a firm's name alone: "Emperor
// Quarbo", "Sultan Tervan". "King", "Queen", "Prince" and "Duke" are left:
// "King Island", "Prince George" (a town), "Duke Power" name places and
// firms as often, and so does "Kaiser" ("Kaiser Cement").
var sovereignStyles = names.Set{"emperor": true, "empress": true, "sultan": true, "emir": true, "shah": true,
	"tsar": true, "czar": true, "tsarina": true, "czarina": true}

// sovereignName reports whether a name the recognizer took for a place or
// an organization is a sovereign's style and one capitalized name:
// "the 60th year of Emperor Quarbo's reign", a person. A known place, an
// organization's word or a plural after the style ("Emperor Mines", a
// firm) is left.
func sovereignName(m *mention) bool {
	if len(m.words) != 2 || m.typ != Location && m.typ != Org || m.canon != "" || m.country >= 0 || !sovereignStyles[m.words[0]] {
		return false
	}
	w := m.words[1]
	return !orgWord(w) && !strings.HasSuffix(w, "s") && !firmKindTails[w] && !names.Tables().KnownPlace(w)
}
