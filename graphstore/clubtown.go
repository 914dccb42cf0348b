package graphstore

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// A town's name is also its club's ("Portsmouth", "Wrexham",
// "Bournemouth"): sports stories write the club, other stories the town or
// its constituency. The recognizer types each mention by its sentence, and
// an article's type can go either way, so one name comes under both types
// in one corpus. Two rules keep them apart by the section evidence a
// sports story gives (a line-up, or a club other than the name itself:
// see clubStory):
//
//   - a type vote does not join a place into an organization of its name
//     when none of the place's articles is a sports story or shares with
//     one of the organization's, and most of the organization's are (see
//     sectionsApart): "Exeter" of a politics story is not Exeter City;
//   - an organization called by a town's name alone, in an article that is
//     no sports story and shares nothing with the club's, goes in that
//     article to the place of the name the corpus gives, when the
//     organization is a club in another article's sports story
//     ([RuleClubTown], see linkClubTowns): the
//     "Wrexham" of a list of Welsh towns is the town, not the club of
//     "uncapped Wrexham defender".

// RuleClubTown links, in an article that is no sports story, a club's
// name that stands for its town to the place of that name.
const RuleClubTown LinkRule = "club-town"

// clubStory reports whether article art is a sports story without the
// word of the id skip: it has a line-up, or a club (see clubEntry) other
// than skip.
func (lu *lineups) clubStory(c *corpus, art int, skip string) bool {
	if lu.inList[art] != nil {
		return true
	}
	return slices.ContainsFunc(c.articles[art].entries, func(e entry) bool {
		return e.id != skip && clubEntry(e)
	})
}

// fixtureStory is clubStory asked more strictly, of the articles that give
// a place: a line-up, a club by its form ("Bolton Wanderers"), or two
// clubs called by a town's name (a fixture, "Charlton v Rochdale"), skip
// left out. One organization called by a town's name is as often a town
// the recognizer typed so ("Victoria", "Blackpool").
func (lu *lineups) fixtureStory(c *corpus, art int, skip string) bool {
	if lu.inList[art] != nil {
		return true
	}
	towns := 0
	for _, e := range c.articles[art].entries {
		if e.id == skip || !clubEntry(e) {
			continue
		}
		if !townName(e.id) {
			return true
		}
		if towns++; towns >= 2 {
			return true
		}
	}
	return false
}

// articlesWith returns the articles that give the id, in full or alone,
// sorted and distinct.
func (c *corpus) articlesWith(id string) []int {
	var arts []int
	if f, ok := c.full[id]; ok {
		arts = append(arts, f.articles...)
	}
	arts = append(arts, c.partial[id]...)
	slices.Sort(arts)
	return slices.Compact(arts)
}

// sectionsApart reports whether the place id and the organization org of
// one name stand apart by section: most of the organization's articles
// are sports stories (see clubStory), one of them a line-up, and no
// article of the place is one or shares with one of them (see
// togetherAny). lu is nil when not known:
// then nothing stands apart.
func (c *corpus) sectionsApart(lu *lineups, place, org string) bool {
	if lu == nil {
		return false
	}
	arts := c.articlesWith(org)
	var sport []int
	for _, art := range arts {
		if lu.clubStory(c, art, org) {
			sport = append(sport, art)
		}
	}
	if 2*len(sport) <= len(arts) || !slices.ContainsFunc(sport, func(art int) bool { return lu.inList[art] != nil }) {
		return false
	}
	own := c.ctxKey(org)
	return !slices.ContainsFunc(c.articlesWith(place), func(art int) bool {
		return lu.clubStory(c, art, org) || lu.togetherAny(c, art, sport, own)
	})
}

// linkClubTowns links, in each article that is no sports story, an
// organization named by a town's name alone to the place of that name
// (see the comment at the top of this file): the place given by the
// corpus, under its own node and in no sports story, or a city of the
// gazetteer no article gives as a place (see unseenTown), and the organization
// a club in another article's sports story that shares nothing rare with
// the article.
func (c *corpus) linkClubTowns(l *linking, lu *lineups) {
	for art := range c.articles {
		a := &c.articles[art]
		if lu.inList[art] != nil {
			continue
		}
		for _, e := range a.entries {
			// The cheap questions first: an organization's lone name whose
			// place the corpus gives in full.
			if e.typ != extract.Org || strings.Contains(e.id, "@") {
				continue
			}
			_, rest, _ := strings.Cut(e.id, ":")
			place := "location:" + rest
			given := c.given(place)
			if given && !e.partial || !given && !unseenTown(e.entryKey, rest) {
				continue
			}
			if l.remap[place] != "" || l.remap[e.id] != "" || isAcronym(e.name) && !knownTown(e.id) {
				continue
			}
			if _, linked := l.inArticle[art][e.id]; linked || lu.clubStory(c, art, e.id) {
				continue
			}
			if sport := c.clubStories(lu, e.id, art); len(sport) == 0 || lu.togetherAny(c, art, sport, c.ctxKey(e.id)) ||
				given && c.placeInSport(lu, place, e.id) || !given && !c.unseenTownApart(art, sport, e.id) {
				continue
			}
			l.linkIn(clubTownRule(given), art, a.id, e.id, place, 0)
		}
	}
}

// clubStories returns the articles other than art that give the
// organization id in a sports story (see clubStory).
func (c *corpus) clubStories(lu *lineups, id string, art int) []int {
	var out []int
	for _, i := range c.articlesWith(id) {
		if i != art && lu.clubStory(c, i, id) {
			out = append(out, i)
		}
	}
	return out
}

// togetherAny reports whether article art shares with any of the articles
// arts a context key that is no country and not own, rare enough to speak
// (see togetherIDF): a club, a competition, or one player's surname. A
// match report that names no other club still names the club's manager
// or players ("Benitez"), where a story of the town names none of them.
func (lu *lineups) togetherAny(c *corpus, art int, arts []int, own int32) bool {
	return slices.ContainsFunc(arts, func(i int) bool { return i != art && c.sharesRare(art, i, own) })
}

// sharesRare reports whether articles a and b share a context key that is
// no country, no other place and not own, of an idf of togetherIDF at
// least: a town's story and a club's may both name the towns near it.
func (c *corpus) sharesRare(a, b int, own int32) bool {
	lo, hi := c.placeKeys()
	return anyShared(c.ctx[a], c.ctx[b], func(k int32) bool {
		return k != own && !c.country[k] && (k < lo || k >= hi) && c.idf(k) >= togetherIDF
	})
}

// placeKeys returns the numbers of the context keys of places, from lo
// up to hi: the keys are numbered in their sorted order, so those that
// begin "location:" are one run. Found once.
func (c *corpus) placeKeys() (lo, hi int32) {
	if !c.placesFound {
		c.places = [2]int32{int32(len(c.df)), 0}
		for k, n := range c.ctxNum {
			if strings.HasPrefix(k, "location:") {
				c.places[0], c.places[1] = min(c.places[0], n), max(c.places[1], n+1)
			}
		}
		c.placesFound = true
	}
	return c.places[0], c.places[1]
}

// townAndClub reports whether ids a and b of one name, of types ta and tb,
// are a place and an organization that stand apart by section (see
// sectionsApart), by the line-ups the corpus read (c.lu).
func (c *corpus) townAndClub(a, b string, ta, tb extract.Type) bool {
	switch {
	case ta == extract.Location && tb == extract.Org:
		return c.sectionsApart(c.lu, a, b)
	case ta == extract.Org && tb == extract.Location:
		return c.sectionsApart(c.lu, b, a)
	}
	return false
}

// given reports whether an article gives the id, in full or alone.
func (c *corpus) given(id string) bool {
	if _, ok := c.full[id]; ok {
		return true
	}
	return len(c.partial[id]) > 0
}

// placeInSport reports whether half the articles that give the place id
// or more are sports stories (see fixtureStory; org, the club of its name,
// left out): a club the recognizer called a place there ("French club
// side Narbonne") is no town to link a club's name to.
func (c *corpus) placeInSport(lu *lineups, place, org string) bool {
	arts := c.articlesWith(place)
	sport := 0
	for _, art := range arts {
		if lu.fixtureStory(c, art, org) {
			sport++
		}
	}
	return 2*sport >= len(arts)
}

// knownTown reports whether the words of the id are a town's or another
// place's the tables know ("LONDON" of a dateline): an acronym that is
// not ("LSU") is a university's or a team's, whatever a place of its
// letters says.
func knownTown(id string) bool {
	_, rest, _ := strings.Cut(id, ":")
	k := strings.ReplaceAll(rest, "-", " ")
	t := names.Tables()
	return t.CityCountry[k] != "" || t.KnownPlace(k)
}
