package graphstore

import (
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// A firm's or a body's full name holds an "and" ("Tarsel Valve and Gauge
// Co", "Office of Quotas and Budget"), and a headline, a table or a
// recognizer that cut the name at its "and" gives the words before it in
// another article ("Tarsel Valve", "Office of Quotas"): each article's
// resolver gives the piece an id of its own, and no rule of prefixes takes
// it (linkOrgPrefixes asks the longer name to be three times as common;
// linkLongerOrgs asks the articles of the longer name to call it so;
// tail17p's "left", issue 10).

// andPrefix returns, of the words ws of an organization's name, the
// names.OrgKey of the words before its first "and" and the words after
// it, when at least two words stand before it and at least one after.
func andPrefix(ws []string) (prefix string, rest []string, ok bool) {
	for i, w := range ws {
		if w != "and" {
			continue
		}
		if i < 2 || i == len(ws)-1 {
			return "", nil, false
		}
		return names.OrgKey(strings.Join(ws[:i], " ")), ws[i+1:], true
	}
	return "", nil, false
}

// plainWords reports whether every word of ws is a word of the trade, a
// generic word of bodies' names or a small word: "Computer Systems",
// "Office of Information" name no one firm, and begin many.
func plainWords(ws []string) bool {
	for _, w := range ws {
		if !tradeWord(w) && !names.GenericOrgWords[w] && w != "of" && w != "the" && w != "for" {
			return false
		}
	}
	return true
}

// linkAndPrefixes links an organization's full name (of two words or
// more, not all plain words) into the one other organization's full name
// that it begins before an "and", when that name is in as many articles
// at least, the words after the "and" are no name of an organization or
// a place of their own ("Ardel Mining and Tavin Oil": two firms glued),
// the short name is no person's or place's too and was never given a
// legal form of its own (a piece cut at the "and" has none: "Tarsel Valve
// Inc" is a firm's whole name, a unit's or another firm's), and the
// articles of the two do not each name countries, none the same. A name that begins two
// such names ("Ardel Savings and Loan", "Ardel Savings and Trust") stays
// alone. The longer name keeps its id.
func (c *corpus) linkAndPrefixes(l *linking) {
	var byPrefix map[string][]string
	for i, id := range c.fullIDs {
		g := c.fulls[i]
		if g.typ != extract.Org || strings.Contains(id, "@") {
			continue
		}
		for _, ws := range g.words {
			p, rest, ok := andPrefix(ws)
			if !ok || c.ownBody(rest) {
				continue
			}
			if byPrefix == nil {
				byPrefix = map[string][]string{}
			}
			if ids := byPrefix[p]; len(ids) == 0 || ids[len(ids)-1] != id {
				byPrefix[p] = append(ids, id)
			}
		}
	}
	if byPrefix == nil {
		return
	}
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Org || strings.Contains(id, "@") || l.resolve(id) != id {
			continue
		}
		if to, ok := c.andPrefixOf(l, id, f, byPrefix); ok {
			l.link(RuleLongerOrg, id, to, 0)
		}
	}
}

// andPrefixOf returns the one longer name that a name of f (id) begins
// before an "and", by linkAndPrefixes' tests.
func (c *corpus) andPrefixOf(l *linking, id string, f *fullInfo, byPrefix map[string][]string) (string, bool) {
	to := ""
	for j, k := range f.orgKeysOf() {
		if strings.Contains(" "+f.keys[j]+" ", " and ") {
			return "", false
		}
		longs := byPrefix[k]
		if len(longs) == 0 || !strings.Contains(k, " ") || plainWords(strings.Fields(k)) {
			continue
		}
		for _, g := range longs {
			x := l.resolve(g)
			switch {
			case x == id:
				return "", false
			case to == "":
				to = x
			case to != x:
				return "", false
			}
		}
	}
	if to == "" || c.full[to] == nil || len(c.full[to].articles) < len(f.articles) || legalFormGiven(f) {
		return "", false
	}
	if _, slug, ok := strings.Cut(id, ":"); ok {
		for _, p := range [...]string{"person:", "location:"} {
			if c.full[p+slug] != nil || c.partial[p+slug] != nil {
				return "", false
			}
		}
	}
	return to, !c.countriesApart(id, to)
}

// ownBody reports whether the words after a name's "and", two or more,
// are an organization's or a place's name of their own in the corpus, or
// begin with one of two words or more: "Tavin Oil Corp", "Bank of Ardel".
// One word is left alone: "Trust", "Budget" are a name's word more often
// than a body's.
func (c *corpus) ownBody(rest []string) bool {
	k := strings.Fields(names.OrgKey(strings.Join(rest, " ")))
	for n := len(k); n >= 2; n-- {
		slug := strings.Join(k[:n], "-")
		if c.full["org:"+slug] != nil || c.partial["org:"+slug] != nil || c.full["location:"+slug] != nil {
			return true
		}
	}
	return false
}
