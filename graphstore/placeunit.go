package graphstore

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// placeUnitApart reports whether the one-word organization name of
// occurrence o may not stand for the full name to, a firm's unit in a
// country ([corpus.placeUnit]), in o's article: unless the article gives
// the unit's full name itself ("Quarbin Canada ... Quarbin said", which
// its resolver left apart), the name alone is the firm, not its unit. Such
// a full name may not take the short name (as a barred candidate: see
// corpus.decide).
func (c *corpus) placeUnitApart(o *occurrence, to string) bool {
	if o.rule != RuleShortOrg {
		return false
	}
	f, ok := c.full[to]
	if !ok || slices.Contains(f.articles, o.art) {
		return false
	}
	return c.placeUnit(names.Key(c.entryOf(o.art, o.pid).name), f)
}

// placeUnit reports whether every name of the organization f is the one
// word pk followed by a country ("Quarbin Canada", "Quarbin U.K. Ltd",
// "Quarbin USA Inc"): a firm's unit in a country, which the firm's name
// alone does not name. "Quarbin" in another article is the firm, or its
// unit in another country, not this one (tail10yu). A town or a region
// after the name is often the firm's own name ("Chase Manhattan",
// "Manufacturers Hanover", "Swire Pacific"), and is left.
func (c *corpus) placeUnit(pk string, f *fullInfo) bool {
	unit := false
	for _, fw := range f.words {
		n := len(fw)
		for n > 1 && names.CorpSuffixes[fw[n-1]] {
			n--
		}
		if n < 2 || fw[0] != pk || !countryWords(fw[1:n]) {
			return false
		}
		unit = true
	}
	return unit
}

// countryWords reports whether the folded words ws name a country,
// together ("united kingdom") or by its code ("uk", "usa").
func countryWords(ws []string) bool {
	t := names.Tables()
	k := strings.Join(ws, " ")
	if _, code := t.CountryUpper[strings.ReplaceAll(k, " ", "")]; code {
		return true
	}
	return t.Country(k, k) >= 0 && !slices.ContainsFunc(ws, func(w string) bool { return names.MinorWords[w] })
}
