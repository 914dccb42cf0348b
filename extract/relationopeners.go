package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// relationNouns name a firm's tie to another, capitalized before the
// firm's name by the writer's or the wire's habit: "its wholly-owned U.S.
// Subsidiary Quarbin Motor Manufacturing Inc". They begin no firm's name.
// "Unit" is left out: "Unit Corp" is a firm.
var relationNouns = names.Set{"subsidiary": true, "subsidiaries": true, "affiliate": true, "affiliates": true}

// relationOpener reports whether the first of an organization's words is
// a noun of [relationNouns], capitalized, glued before the firm's name: a
// capitalized word follows it, no firm's suffix ("Audio Affiliates Inc."
// has its noun inside its name).
func relationOpener(ws []word, typ Type) bool {
	if typ != Org || len(ws) < 2 || !upperWord(ws[0].text) || !relationNouns.Has(ws[0].text) {
		return false
	}
	return upperWord(ws[1].text) && !names.CorpSuffixes.Has(strings.TrimSuffix(ws[1].text, "."))
}

// unitMentions appends the mentions of a firm's words after a noun of
// [relationNouns], marked as a unit's: the firm is another's subsidiary.
func (r *Resolver) unitMentions(out []*mention, text string, ws []word, sent int, typ Type) []*mention {
	n := len(out)
	out = r.mentions(out, text, ws[0].start, ws[len(ws)-1].end, sent, typ)
	for _, m := range out[n:] {
		m.unit = true
	}
	return out
}

// notUnits returns the organizations of cands, which a short name fits,
// less those the article names only as another's subsidiary ([mention].unit),
// when some are left: "KAWASAKI" above "Quarbin Heavy Industries Ltd ...
// its U.S. Subsidiary Quarbin Motor Corp" is the parent.
func notUnits(groups []*group, cands []*group) []*group {
	var rest []*group
	for _, c := range cands {
		unit := true
		for _, o := range groups {
			if o.root() == c && slices.ContainsFunc(o.own, func(m *mention) bool { return !m.unit }) {
				unit = false
				break
			}
		}
		if !unit {
			rest = append(rest, c)
		}
	}
	if len(rest) == 0 {
		return cands
	}
	return rest
}
