package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// group is a set of mentions that name one entity.
type group struct {
	key        string // grouping key: "country:RU", "org:kcna" or a folded name
	own        []*mention
	parent     *group
	ambiguous  bool
	isCountry  bool
	isFixed    bool // a country, agency or alias-rule id: never merged into another
	words      []string
	typ        Type // by vote of its own mentions
	surface    string
	fixedWords []string   // for a fixed group: the words of its longest name, without suffixes
	members    []*mention // for a root: the mentions of every group under it
}

func (g *group) root() *group {
	for g.parent != nil {
		g = g.parent
	}
	return g
}

// voteTypes are the types in the order that breaks ties in the type vote.
var voteTypes = [...]Type{Misc, Location, Org, Person, Country}

// group links the mentions of one article into entities, in phases: each
// mention goes to the group of its key, each group gets a type by vote, and
// groups are linked under others: acronyms defined in parentheses, shorter
// full names under longer ones, short names under full ones.
func (r *Resolver) group(text string, ms []*mention, cr *confRule) []Entity {
	unitForms(text, ms) // tail15f
	groups := r.groupByKey(ms)
	for _, g := range groups {
		g.typ = voteType(g.own)
		// A state the recognizer calls a place once is one: "Texas
		// officials" beside "in Texas".
		if g.typ == Org && names.IsRegion(g.key) && slices.ContainsFunc(g.own, func(m *mention) bool { return m.typ == Location }) {
			g.typ = Location
		}
	}
	linkDefinitions(ms)
	linkLongerNames(groups)
	linkSpellingVariants(groups) // tail14b
	markUnitParents(text, ms)    // tail14t
	placesOfBodies(text, groups) // tail14t
	r.linkShortNames(groups)
	surnamePersons(text, groups)  // tail14h
	linkAcronymFirstWords(groups) // tail12u's rule, with graphstore's guard (acronymfirm.go)
	unlinkApposedFirms(text, groups)
	unlinkPlaces(groups)
	return r.entities(groups, ms, cr)
}

// groupByKey puts each mention in the group of its key: a country's,
// agency's or alias rule's id, else its folded name (without corporate
// suffixes for an organization). Groups are in the order of their first
// mention.
func (r *Resolver) groupByKey(ms []*mention) []*group {
	byKey := make(map[string]*group, len(ms))
	keepDanish := danishApart(ms) // tail12c
	groups := make([]*group, 0, len(ms))
	// At most one group a mention: the arena never grows, so pointers
	// into it stay valid.
	arena := make([]group, 0, len(ms))
	get := func(key string) *group {
		g, ok := byKey[key]
		if !ok {
			arena = append(arena, group{key: strings.TrimPrefix(key, "\x00")})
			g = &arena[len(arena)-1]
			byKey[key] = g
			groups = append(groups, g)
		}
		return g
	}
	for _, m := range ms {
		var g *group
		switch {
		case m.country >= 0:
			g = get(r.t.CountryIDs[m.country])
			g.isCountry, g.isFixed = true, true
		case m.agency >= 0:
			g = get(names.Agencies[m.agency].ID)
			g.isFixed = true
		case m.forced != "":
			g = get(m.forced)
			g.isFixed = true
		default:
			k := m.key
			if m.canon != "" {
				k = names.Key(m.canon)
			}
			if m.typ == Org {
				k = firmKey(k, keepDanish)
				// "Tate and Lyles refinery": the possessive without its
				// apostrophe (see connectorName).
				if t := strings.TrimSuffix(k, "s"); t != k && names.ConnectorNames[t] {
					k = t
				}
			}
			if m.typ == Location && r.t.CityCountry[k] != "" && !r.t.Places[k] && !names.IsRegion(k) {
				// A city that names a club too ("Newcastle", "Leeds"): the
				// place is apart from the club.
				k = "\x00" + k
			}
			g = get(k)
			if g.words == nil {
				if k == m.key {
					g.words = m.words
				} else {
					g.words = strings.Fields(k)
				}
				g.surface = m.Name
			}
		}
		g.own = append(g.own, m)
		m.g = g
	}
	return groups
}

// voteType is the type most mentions give; a mention whose words say its
// type outweighs the recognizer's guesses. Ties go to the later type of
// voteTypes.
func voteType(ms []*mention) Type {
	var votes [len(voteTypes)]int
	for _, m := range ms {
		i := slices.Index(voteTypes[:], m.typ)
		if i < 0 {
			continue
		}
		votes[i]++
		if m.typed {
			votes[i] += 100 // a company suffix outweighs a recognizer's guesses
		}
	}
	best := 0
	for i := range votes {
		if votes[i] >= votes[best] {
			best = i
		}
	}
	return voteTypes[best]
}

func appendRoot(gs []*group, g *group) []*group {
	g = g.root()
	if slices.Contains(gs, g) {
		return gs
	}
	return append(gs, g)
}

func hasPrefix(long, short []string) bool {
	return len(short) < len(long) && slices.Equal(long[:len(short)], short)
}

func hasSuffix(long, short []string) bool {
	return len(short) < len(long) && slices.Equal(long[len(long)-len(short):], short)
}

// longestName returns the name with the most words, then the best-cased,
// then the most frequent, then the smallest.
func longestName(ms []*mention) string {
	if len(ms) == 0 {
		return ""
	}
	count := func(name string) int {
		n := 0
		for _, m := range ms {
			if m.Name == name {
				n++
			}
		}
		return n
	}
	best := ms[0]
	for _, m := range ms[1:] {
		if m.Name == best.Name {
			continue
		}
		if c := cmp.Or(
			cmp.Compare(len(m.words), len(best.words)),
			cmp.Compare(caseScore(m.Name), caseScore(best.Name)),
			cmp.Compare(count(m.Name), count(best.Name)),
			cmp.Compare(best.Name, m.Name),
		); c > 0 {
			best = m
		}
	}
	return best.Name
}
