package graphstore

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract"
)

// A town's name alone, typed an organization ("Providence", "Hanover",
// "Lille"), is often the town: "a grand jury in Providence, R.I.", "Paris,
// Lille, Lyon and Toulouse". The one-word organization rule would take it
// to the one longer organization of the corpus that begins with it (a
// brokerage, Providence Securities), by the context the articles share,
// though that is another body. Such a link is barred (see townBodyApart)
// when the short name's own article names another place in one of the
// short name's sentences, and no article calls the longer body by the
// town's name alone (a candidate without evidence, see candidate): a
// firm's article that writes its town's firm by the town alone ("Norfolk"
// for Norfolk Southern) gives the evidence, and keeps the link.

// townBodyApart reports whether the one-word organization name of
// occurrence o, a town's name, may not stand for the full name to in its
// article (see the comment at the top of this file).
func (c *corpus) townBodyApart(o *occurrence, to string) bool {
	// The cheap questions first: a one-word organization's link, to a
	// full name no article calls by it, its name a town's.
	if o.rule != RuleShortOrg || slices.ContainsFunc(o.cands, func(x candidate) bool { return x.id == to && x.evidence > 0 }) {
		return false
	}
	return c.townWord(o.pid) && c.placeBeside(o.art, o.pid)
}

// townWord reports whether the organization id is of a town's name: one
// the tables know, or one the corpus gives as a place.
func (c *corpus) townWord(id string) bool {
	_, rest, _ := strings.Cut(id, ":")
	return knownTown(id) || c.given("location:"+rest)
}

// placeBeside reports whether article art names a place other than id in
// a sentence of id's.
func (c *corpus) placeBeside(art int, id string) bool {
	e := c.entryOf(art, id)
	own := e.sentenceList(nil)
	var sents []int
	return slices.ContainsFunc(c.articles[art].entries, func(x entry) bool {
		if x.typ != extract.Location || x.id == id {
			return false
		}
		sents = x.sentenceList(sents[:0])
		return slices.ContainsFunc(sents, func(s int) bool { return slices.Contains(own, s) })
	})
}
