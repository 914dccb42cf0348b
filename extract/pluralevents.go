package extract

import "github.com/nergraph/nergraph/internal/names"

// pluralEventHeads are the plurals an event's head takes after a list of
// the events' places or sponsors, where the singular ("Open", "Marathon")
// is among [names.MiscHeads].
var pluralEventHeads = names.Set{"opens": true, "marathons": true, "festivals": true, "tournaments": true,
	"regattas": true, "cups": true} // tail14f: "cups"

// pluralEvent reports whether a name typed as an organization is the last
// of a list of events that share one plural head: the name ends in an
// event's plural ([pluralEventHeads]) and "and", "&" or a comma stands
// right before it, "reached the final at the Quarbin and Tervane Opens",
// "won the Lemmo, Zorbit and Vell Marathons". The word before is asked
// because "Opens" is also a verb in a headline written with capitals
// ("Zorbit Opens Plant", "Quarbin Bank Opens").
func pluralEvent(text string, m *mention) bool {
	n := len(m.words)
	if n < 2 || !pluralEventHeads[m.words[n-1]] || m.typ != Org || m.ruled() {
		return false
	}
	p, _ := prevWordFast(text, m.Start)
	return p == "and" || p == "&" || len(p) > 1 && p[len(p)-1] == ',' || eventCount(p) // tail14f: eventCount
}
