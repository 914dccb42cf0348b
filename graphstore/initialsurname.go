package graphstore

import (
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// A player whom no story names in full is written two ways: by his
// surname in one team sheet ("Persico, Bergamasco, Quarvelli") and by an
// initial and the surname in another ("A Persico, M Bergamasco, T
// Quarvelli"). Both are short names, neither a full name, so linkPartials
// links neither and the player is two nodes. A reader takes them for one
// man when no one else of the corpus bears the surname, by a full name or
// another initial, and the two articles are of one team: they share a club,
// a town or a competition, or three rare surnames of team-mates
// (lineups.together) (issue 10, tail17a).

// linkInitialSurnames links, in each article where nothing linked it, a
// person's one-word short name to the one short name of the corpus that is
// an initial and that surname, when no full name of a person holds the
// surname (ix.byWord), the initial's name is linked to nothing, and the
// article is together with one of the initial's articles. The initial's
// name keeps its id; the surname's id is left to its other articles.
func (c *corpus) linkInitialSurnames(l *linking, ix *nameIndex, lu *lineups) {
	if lu == nil {
		return
	}
	// The short names of people that are an initial and one surname, by
	// the surname: "" where two initials bear it.
	byInitial := map[string]string{}
	ids := sortedIDs(c.partial) // one sorted list for both walks
	for _, pid := range ids {
		e := c.entryOf(c.partial[pid][0], pid)
		if e.typ != extract.Person {
			continue
		}
		first, surname, ok := strings.Cut(names.Key(e.name), " ")
		if !ok || len(first) != 1 || len(surname) < 3 || strings.Contains(surname, " ") {
			continue
		}
		if _, two := byInitial[surname]; two {
			byInitial[surname] = ""
			continue
		}
		byInitial[surname] = pid
	}
	if len(byInitial) == 0 {
		return
	}
	for _, pid := range ids {
		e := c.entryOf(c.partial[pid][0], pid)
		if e.typ != extract.Person {
			continue
		}
		surname := names.Key(e.name)
		to := byInitial[surname]
		if to == "" || l.resolve(to) != to || l.resolve(pid) != pid || c.personFullHolds(ix, surname) {
			continue
		}
		if _, full := c.full[pid]; full {
			continue
		}
		own := c.ctxKey(contextKeyOfShort(pid))
		for _, art := range c.partial[pid] {
			if _, linked := l.inArticle[art][pid]; linked {
				continue
			}
			for _, other := range c.partial[to] {
				if other != art && lu.together(c, art, other, own) {
					l.linkIn(RuleInitials, art, c.articles[art].id, pid, to, 0)
					break
				}
			}
		}
	}
}

// personFullHolds reports whether a full name of a person of the corpus
// holds the word w as a word the name index keys it by (its first or last
// word, or its one word of a core).
func (c *corpus) personFullHolds(ix *nameIndex, w string) bool {
	for _, fi := range ix.byWord[w] {
		if c.fulls[fi].typ == extract.Person {
			return true
		}
	}
	return false
}
