package graphstore

import "slices"

// A firm's one-word short name ("Quarbin" of Quarbin Tervane Corp) that one
// article links to the firm itself needs, in another article, enough
// context for the link: two things shared, or one twice as rare as the
// threshold. A name that every article of the firm names too, in three
// articles or more, and rare in the corpus, is the firm's constant
// companion (its parent, its owner, its partner): an article of the short
// name that names it speaks of the firm as surely as two things shared
// would say (tail13h, issue 10).

// companionArticles is how many articles of the firm a companion needs.
const companionArticles = 3

// sharesCompanion reports whether article art names a thing other than a
// country, rare (its idf linkThreshold at least), that every article of
// the full entity id names, leaving out skip, the short name's own.
func (c *corpus) sharesCompanion(art int, id string, skip ...string) bool {
	f := c.full[id]
	if f == nil || len(f.articles) < companionArticles {
		return false
	}
	if _, in := slices.BinarySearch(f.articles, art); in {
		return false
	}
	p := c.profile(id)
	own := c.ctxKey(id)
	i := 0
	for _, k := range c.ctx[art] {
		for i < len(p) && p[i].k < k {
			i++
		}
		if i == len(p) {
			return false
		}
		if p[i].k != k || int(p[i].n) < len(f.articles) || c.country[k] || k == own || c.idf(k) < linkThreshold || slices.ContainsFunc(skip, func(s string) bool { return c.ctxKey(s) == k }) {
			continue
		}
		return true
	}
	return false
}
