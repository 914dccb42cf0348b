package graphstore

import (
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// A firm is written with its legal form and its country after "of" in one
// article, "Nippon Steel Co of Japan", "Renouf Corp of New Zealand", and
// without the country in others, "Nippon Steel Corp": each a full name of
// its own, two nodes (tail14s, issue 10). The same shape names a firm's
// arm abroad as often, "Ford Motor Co of Canada" (tail14j measured it): the
// cue that parts them is the firm's home. The name is the firm when the
// country after "of" is the one its other name's articles name most: a
// Japanese firm's stories name Japan, an American carmaker's the United
// States before Canada.

// linkOfCountry links the full name of an organization that is a name, a
// legal form, "of" and a country's name (ofCountry) into, or takes, the
// one other organization whose name is that name without the country,
// when no country is named in more of that one's articles than this one
// (homeCountry), and the name holds a word of its own that is no common
// word (ownRare): "Development Corp of America" is no name to match on.
// The one in more articles keeps the node (keeper). Names qualified by a
// country ("@") are their rules' own.
func (c *corpus) linkOfCountry(l *linking) {
	type ofName struct {
		i       int
		rest    string
		country string
	}
	var found []ofName
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Org || strings.Contains(id, "@") {
			continue
		}
		for _, ws := range f.words {
			if rest, country, ok := ofCountry(ws); ok {
				found = append(found, ofName{i, rest, country})
				break
			}
		}
	}
	if len(found) == 0 {
		return
	}
	byKey := map[string][]int{}
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Org || strings.Contains(id, "@") {
			continue
		}
		// Not f.orgKeysOf: its memo is written by orgPrefixLinks on
		// another core while this rule runs (see linkCorpus).
		for _, k := range f.keys {
			k = names.OrgKey(k)
			byKey[k] = append(byKey[k], i)
		}
	}
	for _, n := range found {
		var cands []int
		for _, j := range byKey[n.rest] {
			if j != n.i && (len(cands) == 0 || cands[len(cands)-1] != j) {
				cands = append(cands, j)
			}
		}
		if len(cands) != 1 || !c.homeCountry(cands[0], n.country) {
			continue
		}
		x, y := l.resolve(c.fullIDs[n.i]), l.resolve(c.fullIDs[cands[0]])
		if x == y || c.full[x] == nil || c.full[y] == nil {
			continue
		}
		from, to := c.keeper(x, y, RuleSpelling)
		l.link(RuleSpelling, from, to, 0)
	}
}

// ofCountry returns, of the words of a name's key, the organization key of
// the words before a legal form and "of", and the entity id of the country
// named after "of", when those words hold one of their own that is no
// common word: "nippon steel co of japan" gives "nippon steel" and
// "country:JP"; "bank of japan" (no legal form) and "development corp of
// america" (no word of its own) give nothing.
func ofCountry(ws []string) (rest, country string, ok bool) {
	of := -1
	for j := 2; j < len(ws)-1; j++ {
		if ws[j] == "of" {
			of = j
			break
		}
	}
	if of < 0 || !names.CorpSuffixes[ws[of-1]] {
		return "", "", false
	}
	t := names.Tables()
	n, found := t.CountryByKey[strings.Join(ws[of+1:], " ")]
	if !found {
		return "", "", false
	}
	rest = names.OrgKey(strings.Join(ws[:of], " "))
	if rest == "" || ownRare(strings.Fields(rest)) == 0 {
		return "", "", false
	}
	return rest, t.CountryIDs[n], true
}

// homeCountry reports whether the country of id country is named in some
// of the articles of the full entity of index i, and no other country in
// more of them: the firm's home as its stories show it.
func (c *corpus) homeCountry(i int, country string) bool {
	k := c.ctxKey(country)
	if k < 0 {
		return false
	}
	count := map[int32]int{}
	for _, a := range c.fulls[i].articles {
		for _, x := range c.ctx[a] {
			if c.country[x] {
				count[x]++
			}
		}
	}
	for x, n := range count {
		if x != k && n > count[k] {
			return false
		}
	}
	return count[k] > 0
}
