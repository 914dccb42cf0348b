package graphstore

import (
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/ner"
)

// A type vote joins a place and an organization of one name whole, or,
// when they stand apart by section (see sectionsApart), not at all. A
// club's name comes typed a place in its own match reports as often as
// in stories of its town ("Portsmouth" of a fixture list, of a greyhound
// track's sale), so the place's articles are seldom all of one section,
// and the vote took the town's stories into the club, or the club's
// reports into the town. When the name is a city the compiled gazetteer
// knows (a town's club, not a nation's team: England's side is the
// country by the graph's convention) and the organization is a club by
// the same evidence as sectionsApart asks (most of its articles sports
// stories, one a line-up: see clubSports), the vote is taken article by
// article instead ([RuleTypeSection]): an article of the place that is
// no sports story and shares nothing rare with the club's keeps the
// place, and an article of the organization that is a sports story, or
// shares with the club's, keeps the club; the others go to the vote's
// winner as before.

// RuleTypeSection links, in one article, a place or an organization of
// one name to the other, the type vote's winner, where the article's
// section agrees with the winner's type.
const RuleTypeSection LinkRule = "type-section"

// linkTypeBySection takes the type vote of id into best, a place and an
// organization of one name, article by article (see the comment at the
// top of this file). It reports whether it took it: false leaves the vote
// to link id whole, as when every article of id goes to best.
func (c *corpus) linkTypeBySection(l *linking, id, best string, tid, tbest extract.Type, score float64) bool {
	place, org := id, best
	switch {
	case tid == extract.Location && tbest == extract.Org:
	case tid == extract.Org && tbest == extract.Location:
		place, org = best, id
	default:
		return false
	}
	_, rest, _ := strings.Cut(org, ":")
	lu := c.lu
	if lu == nil || strings.Contains(rest, "@") || !ner.KnownCity(strings.ReplaceAll(rest, "-", " ")) {
		return false
	}
	sport, ok := c.clubSports(lu, org)
	if !ok {
		return false
	}
	own := c.ctxKey(org)
	arts := c.articlesWith(id)
	var move []int
	for _, art := range arts {
		townStory := !lu.clubStory(c, art, org) && !lu.togetherAny(c, art, sport, own)
		if townStory != (id == place) {
			move = append(move, art)
		}
	}
	if len(move) == len(arts) {
		return false
	}
	for _, art := range move {
		l.linkIn(RuleTypeSection, art, c.articles[art].id, id, best, score)
	}
	return true
}

// clubSports returns the articles of the organization org that are
// sports stories (see clubStory), and whether org is a club by them: they
// are most of its articles, and one of them is a line-up.
func (c *corpus) clubSports(lu *lineups, org string) ([]int, bool) {
	arts := c.articlesWith(org)
	var sport []int
	lined := false
	for _, art := range arts {
		if lu.clubStory(c, art, org) {
			sport = append(sport, art)
			lined = lined || lu.inList[art] != nil
		}
	}
	return sport, lined && 2*len(sport) > len(arts)
}
