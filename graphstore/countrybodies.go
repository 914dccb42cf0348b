package graphstore

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// One article writes a body with its country before its name, "U.S.
// Marine Corps", "U.S. Senate Finance Committee"; another writes the name
// alone, "Marine Corps", where the story is of that country. Each gets a
// node of its own (tail14j, issue 10). The name alone is the country's body
// when every article that writes it names the country, and no other
// country's name stands before it in the corpus.

// linkCountryBodies links the full name of an organization, two words or
// more, to the full name that is a country's name and it (countryBody),
// into the one in more articles, when every article of the name alone
// names that country or a body of it, and the names with a country before
// the name are all one body's (oneBody). A
// name whose rest opens with a minor word ("U.S. and Japan ...") is no
// body of the country, and names qualified by a country ("@") are their
// rules' own.
func (c *corpus) linkCountryBodies(l *linking) {
	byRest := map[string][]prefixed{}
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Org || strings.Contains(id, "@") {
			continue
		}
		for _, ws := range f.words {
			if country, rest, ok := countryBody(ws); ok {
				byRest[rest] = append(byRest[rest], prefixed{id, country})
			}
		}
	}
	if len(byRest) == 0 {
		return
	}
	in := map[string][]bool{}
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Org || strings.Contains(id, "@") {
			continue
		}
		for _, k := range f.keys {
			ps, ok := byRest[names.OrgKey(k)]
			if !ok || !oneBody(l, ps) || !c.namesEverywhere(id, ps[0].country, in) {
				continue
			}
			x, y := l.resolve(id), l.resolve(ps[0].id)
			if x == y || c.full[x] == nil || c.full[y] == nil {
				continue
			}
			from, to := c.keeper(x, y, RuleSpelling)
			l.link(RuleSpelling, from, to, 0)
			break
		}
	}
}

// prefixed is a full name with a country's name before it: its id, and the
// country's.
type prefixed struct{ id, country string }

// oneBody reports whether the names ps, after the links made so far, are
// of one body: "U.S. Marine Corps" and "US Marine Corps" are, "House
// Agriculture Committee" and "Senate Agriculture Committee" are not.
func oneBody(l *linking, ps []prefixed) bool {
	to := l.resolve(ps[0].id)
	for _, p := range ps[1:] {
		if l.resolve(p.id) != to {
			return false
		}
	}
	return true
}

// countryBody returns, of the words of a name's key, the entity id of the
// country its first word names and the rest without its legal form, when
// the rest is two words or more and opens with no minor word: "u s marine
// corps" is no name; "us marine corps" gives "country:US" and "marine
// corps". A chamber of Congress before a committee's name (chamberWords)
// counts as the United States.
func countryBody(ws []string) (country, rest string, ok bool) {
	if len(ws) < 3 || names.MinorWords[ws[1]] {
		return "", "", false
	}
	if chamberWords[ws[0]] {
		// "House Energy and Commerce Committee": a chamber of the
		// U.S. Congress before one of its committees.
		rest = strings.Join(ws[1:], " ")
		if h := ws[len(ws)-1]; h != "committee" && h != "subcommittee" {
			return "", "", false
		}
		return "country:US", rest, true
	}
	t := names.Tables()
	n, found := t.CountryByKey[ws[0]]
	if !found {
		if n, found = t.CountryUpper[ws[0]]; !found {
			return "", "", false
		}
	}
	rest = names.OrgKey(strings.Join(ws[1:], " "))
	if !strings.Contains(rest, " ") {
		return "", "", false
	}
	return t.CountryIDs[n], rest, true
}

// chamberWords are the chambers of the U.S. Congress, whose committees
// are written with and without them: "House Energy and Commerce
// Committee", "Energy and Commerce Committee".
var chamberWords = names.Set{"house": true, "senate": true}

// namesEverywhere reports whether every article of the full entity id
// names the country of id country, or a body of it ("org:navy@US"); in
// names, the context keys that do, made for each country once.
func (c *corpus) namesEverywhere(id, country string, in map[string][]bool) bool {
	f := c.full[id]
	if f == nil || c.ctxKey(country) < 0 {
		return false
	}
	keys, ok := in[country]
	if !ok {
		keys = make([]bool, len(c.df))
		at := "@" + strings.TrimPrefix(country, "country:")
		for k, n := range c.ctxNum {
			keys[n] = k == country || strings.HasSuffix(k, at)
		}
		in[country] = keys
	}
	for _, a := range f.articles {
		if !slices.ContainsFunc(c.ctx[a], func(k int32) bool { return keys[k] }) {
			return false
		}
	}
	return true
}
