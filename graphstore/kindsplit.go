package graphstore

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract"
)

// A person's full name is one id in every article that gives it, and
// nothing in corpus linking parts two people of one full name: a
// politician and a footballer, a novelist and a goalkeeper. The kind of
// an article is evidence a reader uses first: a person a sports story
// names in its team sheet (a list of people in a story with a line-up or
// a club: see lineups.sport) is a player, and stories of another kind
// that list no people and name no club speak of someone else, unless the
// two kinds of article share something rare besides the name (a club, a
// competition, a team-mate: see sharesRare). So when the articles of a
// person's node are of these two kinds only, none of both, and the
// sports stories are no more than the others, the sports stories'
// articles are a node of their own ([RuleKindSplit]): a player named in
// a few match reports is not the politician of many other stories of his
// name. A player's own node (more sports stories than others) is left
// whole: his other stories may be sports stories that name no club, an
// international's preview.

// RuleKindSplit makes the sports stories that list a person's full name
// in a team sheet, and share nothing rare with its other stories, a node
// of their own.
const RuleKindSplit LinkRule = "kind-split"

// splitKinds parts the articles of each person's node by kind (see the
// comment above): the sports stories' articles, with the short names
// their articles linked to the id, go to the id with "~sport" after it.
func (c *corpus) splitKinds(l *linking, lu *lineups) {
	if lu == nil {
		return
	}
	linked := c.linkedPeople(l)
	var sents []int
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		// The cheap questions first: a person's full name, linked to
		// nothing, whose articles are of both kinds by the cheap test of
		// a sports story, no more of them sports stories than not.
		if f.typ != extract.Person || l.remap[id] != "" || !fullPersonName(f) {
			continue
		}
		arts := f.articles
		if more := linked[id]; len(more) > 0 {
			arts = slices.Compact(slices.Sorted(slices.Values(append(slices.Clone(arts), more...))))
		}
		n := 0
		for _, art := range arts {
			if lu.sport[art] {
				n++
			}
		}
		if n == 0 || 2*n > len(arts) {
			continue
		}
		sport, other, ok := c.kinds(l, lu, id, arts, &sents)
		if !ok {
			continue
		}
		own := c.ctxKey(contextKeyOfShort(id))
		if slices.ContainsFunc(sport, func(art int) bool { return lu.togetherAny(c, art, other, own) }) {
			continue
		}
		for _, art := range sport {
			c.moveIn(l, art, id, id+"~sport")
		}
	}
}

// linkedPeople returns the articles whose short names were linked to each
// person's full id, and those of the names linked to it in every article
// (a type vote): the node's articles beside those that give it in full.
func (c *corpus) linkedPeople(l *linking) map[string][]int {
	linked := map[string][]int{}
	for art, m := range l.inArticle {
		for _, to := range m {
			if f, ok := c.full[to]; ok && f.typ == extract.Person {
				linked[to] = append(linked[to], art)
			}
		}
	}
	for from := range l.remap {
		if to := l.resolve(from); c.full[to] != nil && c.full[to].typ == extract.Person {
			linked[to] = append(linked[to], c.articlesWith(from)...)
		}
	}
	return linked
}

// kinds parts the articles arts of the person id by kind, when each is
// clearly of one: a sports story, of which one at least names the person
// in its team sheet (a list of people in a story with a line-up), or a
// story that is no sports story, lists no people and names no town that
// is a club in the corpus's sports stories. ok is false when one is of
// neither kind, or either kind has none. sents is a buffer.
func (c *corpus) kinds(l *linking, lu *lineups, id string, arts []int, sents *[]int) (sport, other []int, ok bool) {
	player := false
	for _, art := range arts {
		listed, lists := c.inPeopleList(l, art, id, sents)
		switch {
		case lu.sport[art]:
			sport = append(sport, art)
			player = player || listed && lu.inList[art] != nil
		case !lists && !c.namesClubTown(lu, art):
			other = append(other, art)
		default:
			return nil, nil, false
		}
	}
	return sport, other, player && len(other) > 0
}

// inPeopleList reports whether article art names the person id (given
// in full there, or by a short name linked to it) in a list of people (a
// sentence that names lineupMin people or more: a team sheet, a squad),
// and whether the article has such a list at all. sents is a buffer.
func (c *corpus) inPeopleList(l *linking, art int, id string, sents *[]int) (listed, lists bool) {
	per := map[int]int{}
	var own []int
	for _, e := range c.articles[art].entries {
		// The person's own entries whatever their type: a player the
		// recognizer typed a firm is in the team sheet still.
		mine := l.goesTo(art, e.id, id)
		if e.typ != extract.Person && !mine {
			continue
		}
		*sents = e.sentenceList((*sents)[:0])
		for _, s := range *sents {
			per[s]++
		}
		if mine {
			own = append(own, *sents...)
		}
	}
	for _, n := range per {
		if n >= lineupMin {
			lists = true
			break
		}
	}
	listed = slices.ContainsFunc(own, func(s int) bool { return per[s] >= lineupMin })
	return listed, lists
}

// namesClubTown reports whether article art names a place whose name is
// a club's in a sports story of the corpus (see clubStories): a sports
// story whose clubs the recognizer typed as towns.
func (c *corpus) namesClubTown(lu *lineups, art int) bool {
	return slices.ContainsFunc(c.articles[art].entries, func(e entry) bool {
		if e.typ != extract.Location || !townName(e.id) {
			return false
		}
		_, rest, _ := strings.Cut(e.id, ":")
		org := "org:" + rest
		return c.given(org) && len(c.clubStories(lu, org, art)) > 0
	})
}

// fullPersonName reports whether a full entity's names are all of two
// words or more: a mononym ("Madonna") is one name, not a given name and
// a surname two people may share.
func fullPersonName(f *fullInfo) bool {
	return len(f.words) > 0 && !slices.ContainsFunc(f.words, func(ws []string) bool { return len(ws) < 2 })
}

// goesTo reports whether the entity id from of article art goes to the
// node id by the links made so far: it is id, or linked to it in the
// article or in every article.
func (l *linking) goesTo(art int, from, id string) bool {
	if to, ok := l.inArticle[art][from]; ok {
		from = to
	}
	return l.resolve(from) == id
}

// moveIn links the ids of article art that go to the node id (see
// goesTo) to the node to instead.
func (c *corpus) moveIn(l *linking, art int, id, to string) {
	c.moveInBy(l, RuleKindSplit, art, id, to)
}

// moveInBy is moveIn with the links made recorded under rule.
func (c *corpus) moveInBy(l *linking, rule LinkRule, art int, id, to string) {
	artID := c.articles[art].id
	for _, e := range c.articles[art].entries {
		if e.id != id && l.goesTo(art, e.id, id) {
			l.linkIn(rule, art, artID, e.id, to, 0)
		}
	}
	for i := range l.links {
		if lk := &l.links[i]; lk.Article == artID && lk.To == id {
			lk.To = to
		}
	}
	if c.names(art, id) {
		l.linkIn(rule, art, artID, id, to, 0)
	}
}
