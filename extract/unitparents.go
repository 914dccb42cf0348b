package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// tieNouns name one firm's tie to another in an apposition: "Quarbin
// Credit Inc, a unit of Quarbin", "Quarbin, the brokerage subsidiary of
// Quarbin Group Inc".
var tieNouns = names.Set{"subsidiary": true, "unit": true, "affiliate": true, "division": true, "arm": true}

// markUnitParents marks the one-word names of a firm that the article
// sets beside a longer name beginning with that word as another firm, the
// unit's parent or the group's unit (tail14t): "Quarbin Credit Inc,
// subsidiary of Quarbin" (Quarbin is the parent, not Quarbin Credit),
// "Quarbin, the brokerage subsidiary of Quarbin Group Inc" (Quarbin is the
// brokerage, not the group). The one word is written alone, the longer
// name at least two words of its key; the two touch the apposition: a
// comma, at most five words ending in a noun of [tieNouns], then "of".
// The mark ([mention].apart) holds the longer name's group: [shortNameFits]
// puts no mention of the word under it.
func markUnitParents(text string, ms []*mention) {
	for i, a := range ms {
		if a.End >= len(text) || text[a.End] != ',' || a.typ != Org && a.typ != Person {
			continue // the cheap question first: a comma right after a name
		}
		var b *mention
		for _, n := range ms[i+1:] {
			if n.Start >= a.End {
				b = n
				break
			}
		}
		if b == nil || b.Start-a.End > 80 || !tieBetween(text[a.End:b.Start]) {
			continue
		}
		short, long := a, b
		if len(a.words) > len(b.words) {
			short, long = b, a
		}
		if len(short.words) == 1 && len(long.words) >= 2 && long.words[0] == short.key && long.typ == Org && long.g != nil && !short.acronym {
			short.apart = long.g
		}
	}
}

// tieBetween reports whether between, the text between two names, is an
// apposition of a firm's tie: ", a wholly owned subsidiary of ", ", unit of
// <", ", the brokerage and investment subsidiary of ".
func tieBetween(between string) bool {
	rest, ok := strings.CutPrefix(between, ",")
	if !ok {
		return false
	}
	rest = strings.TrimSuffix(strings.TrimRight(rest, " "), "<")
	rest, ok = strings.CutSuffix(strings.TrimRight(rest, " "), " of")
	if !ok {
		return false
	}
	ws := strings.Fields(rest)
	if len(ws) == 0 || len(ws) > 5 || !tieNouns[strings.ToLower(ws[len(ws)-1])] {
		return false
	}
	for _, w := range ws {
		if strings.ContainsAny(w, ",;:()\"") {
			return false
		}
	}
	return true
}

// unitApart reports whether a mention of the one-word group g was marked
// by [markUnitParents] as another firm than f.
func unitApart(g, f *group) bool {
	for _, m := range g.own {
		if m.apart != nil && m.apart.root() == f.root() {
			return true
		}
	}
	return false
}
