package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// bodyStyles are the plural kinds of a car's body that end a list of a
// maker's models: "the Zorbit Five and Quarbin Lemmo sedans".
var bodyStyles = names.Set{"sedans": true, "saloons": true, "coupes": true, "hatchbacks": true,
	"convertibles": true, "minivans": true, "roadsters": true, "pickups": true}

// theListThing reports whether a name is one of a list of names, joined by
// "and", "or" or commas, between "the" and a car's body style in the
// plural ([bodyStyles]): "new models include the Zorbit Five and Quarbin
// Lemmo sedans". Each item is a model, no firm. [listThing] reads such
// lists after an owner or a number, and [productHead] one name alone
// before its head; a list of makers ("the Ford and Renault sedans") is
// left alone by [thingName].
func theListThing(text string, m *mention) bool {
	if m.typ != Org && m.typ != Person || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 ||
		len(m.words) == 0 || len(m.words) > 4 {
		return false
	}
	p, _ := prevWordFast(text, m.Start)
	if !listJoin(p) && !strings.HasSuffix(p, ",") && (m.End >= len(text) || text[m.End] != ',') {
		if w, _ := nextWord(text, m.End); !listJoin(w) {
			return false // no join on either side, no list: most names stop here
		}
	}
	start, items := listStart(text, m.Start)
	if p, ps := prevWordFast(text, start); p != "the" && p != "The" || paragraphBreak(text[ps:start]) {
		return false
	}
	end, more := listEnd(text, m.End)
	if items+more < 1 {
		return false
	}
	w, _ := nextWord(text, end)
	return bodyStyles[strings.TrimRight(w, ",.;:")] && thingName(m, m.words)
}
