package graphstore

import (
	"cmp"
	"slices"

	"github.com/nergraph/nergraph/internal/names"
)

// NearDuplicates returns the groups of nodes whose labels differ only by
// case, accents, punctuation, a possessive or a leading "the" ("Korea's" and
// "KOREA", "U.S." and "US"): nodes an analyst would take for one entity.
// With sameType, only nodes of the same type are grouped. Groups are sorted
// by their first id, nodes within a group by id; nil when there are none.
func NearDuplicates(nodes []Node, sameType bool) [][]Node {
	groups := map[string][]Node{}
	for _, n := range nodes {
		k := labelKey(n.Label)
		if sameType {
			k = string(n.Type) + "\x00" + k
		}
		groups[k] = append(groups[k], n)
	}
	var out [][]Node
	for _, g := range groups {
		if len(g) > 1 {
			slices.SortFunc(g, func(a, b Node) int { return cmp.Compare(a.ID, b.ID) })
			out = append(out, g)
		}
	}
	slices.SortFunc(out, func(a, b []Node) int { return cmp.Compare(a[0].ID, b[0].ID) })
	return out
}

// labelKey folds a label for NearDuplicates: possessive stripped, then
// folded as names are matched.
func labelKey(s string) string {
	return names.Key(names.StripPossessive(s))
}
