package graphstore

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// armApart reports whether the one-word organization name of occurrence o
// may not stand for the full name to because every name of to is the word
// followed by the name of an arm of a firm ([extract.ArmOf]: "Quarbin
// Capital", "Quarbin Securities International Inc"), and o's article does
// not give to itself (tail12l). "Quarbin" alone in another article is the
// firm, not its investment bank; the resolver keeps the two apart in an
// article that names both. An arm that an article of its own calls by the
// word alone ("Quarbin Capital ... Quarbin bought its stake"), or a
// country's body ("Finance Ministry (France)"), is left to the linker. Such a full name may not take the short name
// (as a barred candidate: see corpus.decide); a country's unit is
// [corpus.placeUnitApart]'s.
func (c *corpus) armApart(o *occurrence, to string) bool {
	if o.rule != RuleShortOrg {
		return false
	}
	f, ok := c.full[to]
	if !ok || len(f.words) == 0 || strings.Contains(to, "@") || slices.Contains(f.articles, o.art) {
		return false
	}
	pk := names.Key(c.entryOf(o.art, o.pid).name)
	if f.alias(pk) > 0 {
		return false // an article of the arm calls it so itself
	}
	return !slices.ContainsFunc(f.words, func(fw []string) bool { return !extract.ArmOf(pk, fw) })
}
