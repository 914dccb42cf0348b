package graphstore

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// Two sources write one body's full name with a word more or less, and
// each spells out the body's acronym after its name: "Ostrel Natural
// Timber Council (ONTC)" in one article, "Ostrel Timber Council (ONTC)"
// in another. Each gets a node of its own, and an article's lone acronym,
// which both define, then links to neither (tail13z2, issue 10). Two
// full names of organizations that define one acronym in their articles,
// one of them the other less one word that is no place, are one body.

// linkAcronymBodies links the full names of organizations that share an
// acronym alias and whose names are one word apart (acronymBodyNames)
// into the one in more articles. An acronym that more than eight names
// define is left alone: it is no one body's.
func (c *corpus) linkAcronymBodies(l *linking) {
	byAcronym := map[string][]int{}
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Org || strings.Contains(id, "@") {
			continue
		}
		for _, a := range f.aliases {
			if acronymKey(a.name) && !f.hasName(a.name) {
				byAcronym[a.name] = append(byAcronym[a.name], i)
			}
		}
	}
	for _, k := range sortedIDs(byAcronym) {
		group := byAcronym[k]
		if len(group) < 2 || len(group) > 8 {
			continue
		}
		for i, a := range group {
			for _, b := range group[i+1:] {
				if !acronymBodyNames(k, c.fulls[a].keys, c.fulls[b].keys) {
					continue
				}
				x, y := l.resolve(c.fullIDs[a]), l.resolve(c.fullIDs[b])
				if x == y || c.full[x] == nil || c.full[y] == nil {
					continue
				}
				from, to := c.keeper(x, y, RuleSpelling)
				l.link(RuleSpelling, from, to, 0)
			}
		}
	}
}

// acronymKey reports whether k, an alias's key, may be an acronym: one
// word of three to eight letters.
func acronymKey(k string) bool {
	if len(k) < 3 || len(k) > 8 {
		return false
	}
	for _, r := range k {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// acronymBodyNames reports whether some name of a (their keys) and some
// of b are one body's that defines the acronym k: the longer, without its
// legal form, has three words at least and its words' initials (but for
// minor words: "of", "and") spell k; the shorter is it less one word, which
// is no place's name ("Ostrel Natural Timber Council" and "Ostrel Timber
// Council" for ONTC; not "Ostrel Timber Council" and "Ostrel Timber
// Council Ltd", nor two firms of one ticker). "-isation" and "-ization"
// are one.
func acronymBodyNames(k string, a, b []string) bool {
	for _, x := range a {
		xs := strings.Fields(names.OrgKey(x))
		for _, y := range b {
			ys := strings.Fields(names.OrgKey(y))
			if oneWordMore(k, xs, ys) || oneWordMore(k, ys, xs) {
				return true
			}
		}
	}
	return false
}

// oneWordMore reports whether the words long, whose initials spell k, are
// those of short with one more, not a place's name.
func oneWordMore(k string, short, long []string) bool {
	if len(long) != len(short)+1 || len(long) < 3 || initials(long, true) != k {
		return false
	}
	i := 0
	for i < len(short) && sameWord(short[i], long[i]) {
		i++
	}
	extra := long[i]
	if names.MinorWords[extra] || names.Tables().CityCountry[extra] != "" {
		return false
	}
	if _, ok := names.LookupCountry(extra); ok {
		return false
	}
	return slices.EqualFunc(short[i:], long[i+1:], sameWord)
}

// sameWord reports whether two words of names are one, "-isation" and
// "-ization" alike.
func sameWord(a, b string) bool {
	if a == b {
		return true
	}
	norm := func(w string) string {
		if s, ok := strings.CutSuffix(w, "isation"); ok {
			return s + "ization"
		}
		return w
	}
	return norm(a) == norm(b)
}
