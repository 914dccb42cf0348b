package graphstore

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
)

// A club named by its town ("Portsmouth", "Middlesbrough") may be the one
// thing of the name that the recognizer typed in a corpus: its sports
// stories write the club, and the town of a business or politics story
// ("a teacher from Portsmouth", "the mayor of Middlesbrough") comes typed
// an organization too, so that no place of the name is given for
// RuleClubTown to link the town to. When the name is a city the compiled
// gazetteer knows, the town's mentions in the articles that are no sports
// story go to a place node of the name all the same
// ([RuleClubTownKnown]), on the same evidence of the club as RuleClubTown
// asks (see linkClubTowns).

// RuleClubTownKnown links, in an article that is no sports story, a
// club's name that stands for its town to a place of that name no article
// gives, when the gazetteer knows the name as a city.
const RuleClubTownKnown LinkRule = "club-town-known"

// unseenTown reports whether the organization of entry e, of the id words
// rest, is called by a city's name alone that the compiled gazetteer
// knows (see ner.KnownCity): "Portsmouth", not "Portsmouth Pirates".
func unseenTown(e *entryKey, rest string) bool {
	if strings.Contains(rest, "-") || !strings.EqualFold(e.name, rest) || isAcronym(e.name) {
		return false
	}
	return ner.KnownCity(e.name)
}

// clubTownRule names the rule that links a club's name to its town's
// place: RuleClubTown when the corpus gives the place, RuleClubTownKnown
// when only the gazetteer does.
func clubTownRule(given bool) LinkRule {
	if given {
		return RuleClubTown
	}
	return RuleClubTownKnown
}

// unseenTownApart reports whether the article art, which gives the
// organization id, stands apart from the club's sports stories sport as a
// town's story must to be linked by RuleClubTownKnown: most of the
// organization's articles are sports stories (a company named by a
// town's name, "Nokia", is named in a sports story now and then), and art
// shares nothing with any of them (see sharesAnyOf).
func (c *corpus) unseenTownApart(art int, sport []int, id string) bool {
	arts := c.articlesWith(id)
	return 2*len(sport) > len(arts) && !c.sharesAnyOf(art, arts, c.ctxKey(id))
}

// sharesAnyOf reports whether article art shares with any other of the
// articles arts a context key that is no country, no place and not own,
// however common: a story of a town the corpus gives no place of must
// share nothing with the club's, not even its manager, its rival or its
// league ("Juninho was signed from Middlesbrough").
func (c *corpus) sharesAnyOf(art int, arts []int, own int32) bool {
	lo, hi := c.placeKeys()
	for _, i := range arts {
		if i != art && anyShared(c.ctx[art], c.ctx[i], func(k int32) bool { return k != own && !c.country[k] && (k < lo || k >= hi) }) {
			return true
		}
	}
	return false
}
