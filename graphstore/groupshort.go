package graphstore

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// A firm's group is written with "Group" and its legal form in one
// article, "Hawker Siddeley Group Plc", and by its name alone in another,
// "Hawker Siddeley said". linkGroupNames joins the group's name into the
// firm's name when that is three times as common; the name alone, no more
// common than the group's, was left a node of its own (tail14j, issue 10).

// linkGroupShorts links the full name of an organization of two words or
// more, written without a legal form in every article, into the one full
// name that is it and "Group" (with or without a legal form), when that is
// in as many articles at least. The name must hold a word that is no
// word of the trade and no unit's ("Information Systems", "Federal
// Systems" are many firms' divisions); a name with fewer than two words
// of its own that are no common words ("Sun Life", "Allstate Insurance")
// needs its articles and the group's to share something; and
// names qualified by a country ("@") are their rules' own.
func (c *corpus) linkGroupShorts(l *linking) {
	groups := map[string][]string{} // ids of the names ending in "group", by the name before it
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Org || strings.Contains(id, "@") {
			continue
		}
		for _, k := range f.orgKeysOf() {
			if base, ok := strings.CutSuffix(k, " group"); ok && strings.Contains(base, " ") {
				groups[base] = append(groups[base], id)
			}
		}
	}
	if len(groups) == 0 {
		return
	}
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Org || strings.Contains(id, "@") || len(f.keys) != 1 {
			continue
		}
		k := f.keys[0]
		ids := slices.Compact(slices.Sorted(slices.Values(groups[k])))
		if len(ids) != 1 || names.OrgKey(k) != k || !slices.ContainsFunc(f.words[0], ownWord) {
			continue
		}
		if _, done := l.remap[id]; done {
			continue // an earlier rule's: "Marsh Vale" is Marsh Vale Brothers
		}
		y := l.resolve(ids[0])
		if id == y || c.full[y] == nil || len(c.full[y].articles) < len(f.articles) {
			continue
		}
		if ownRare(f.words[0]) < 2 &&
			c.sharedIn(c.profile(id), c.profile(y), []int32{c.ctxKey(id), c.ctxKey(y)}).score == 0 {
			continue // "Sun Life" of a London share report is no Sun Life Group of an American filing
		}
		l.link(RuleLongerOrg, id, y, float64(len(c.full[y].articles)))
	}
}

// ownRare counts the words of a name that are its own (ownWord) and no
// common words of the language ("Hawker", "Siddeley"; not "Life", nor
// "Insurance", a unit's): a name with fewer than two is the name of many
// firms ("Sun Life").
func ownRare(ws []string) int {
	n := 0
	for _, w := range ws {
		if ownWord(w) && !ner.CommonWord(w) {
			n++
		}
	}
	return n
}

// ownWord reports whether w, a word of a firm's name, is its own: no word
// of the trade, no generic body's, no unit's.
func ownWord(w string) bool {
	return !tradeWord(w) && !unitWords[w] && !names.MinorWords[w]
}
