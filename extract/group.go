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
func (r *Resolver) group(ms []*mention) []Entity {
	groups := r.groupByKey(ms)
	for _, g := range groups {
		g.typ = voteType(g.own)
	}
	linkDefinitions(ms)
	linkLongerNames(groups)
	r.linkShortNames(groups)
	return r.entities(groups, ms)
}

// groupByKey puts each mention in the group of its key: a country's,
// agency's or alias rule's id, else its folded name (without corporate
// suffixes for an organization). Groups are in the order of their first
// mention.
func (r *Resolver) groupByKey(ms []*mention) []*group {
	byKey := make(map[string]*group, len(ms))
	groups := make([]*group, 0, len(ms))
	// At most one group a mention: the arena never grows, so pointers
	// into it stay valid.
	arena := make([]group, 0, len(ms))
	get := func(key string) *group {
		g, ok := byKey[key]
		if !ok {
			arena = append(arena, group{key: key})
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
				k = names.OrgKey(k)
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

// linkDefinitions links explicit definitions: "Korean Central News Agency
// (KCNA)".
func linkDefinitions(ms []*mention) {
	for _, m := range ms {
		if m.defines == nil {
			continue
		}
		a, f := m.g, m.defines.g
		if a != nil && f != nil && a.root() != f.root() && !a.isCountry && !f.isCountry {
			if a.isFixed && !f.isFixed {
				f.root().parent = a.root()
			} else {
				a.root().parent = f.root()
			}
		}
	}
}

// linkLongerNames links shorter full names under the one longer name they
// fit: "George Bush" → "George W. Bush", "Red Sox" → "Boston Red Sox".
func linkLongerNames(groups []*group) {
	for _, g := range groups {
		if g.isFixed || g.parent != nil || len(g.words) < 2 {
			continue
		}
		var cands []*group
		for _, f := range groups {
			if f == g || f.isFixed || len(f.words) <= len(g.words) || f.typ != g.typ {
				continue
			}
			switch g.typ {
			case Person:
				if f.words[0] == g.words[0] && f.words[len(f.words)-1] == g.words[len(g.words)-1] {
					cands = appendRoot(cands, f)
				}
			case Org:
				if hasPrefix(f.words, g.words) || hasSuffix(f.words, g.words) {
					cands = appendRoot(cands, f)
				}
			}
		}
		if len(cands) == 1 {
			g.parent = cands[0]
		}
	}
}

// linkShortNames links short names under the one full name they fit:
// "Putin" → "Vladimir Putin", "KCNA" → "Korean Central News Agency",
// "Vikings" → "Minnesota Vikings". Full names of the short name's type are
// preferred; a short name that fits several is marked ambiguous.
func (r *Resolver) linkShortNames(groups []*group) {
	for _, g := range groups {
		if g.isFixed || g.parent != nil || len(g.words) != 1 || g.typ == Country {
			continue
		}
		if r.t.IsDemonym(g.key) {
			continue // "European" is not short for "European Union"
		}
		if slices.ContainsFunc(g.own, func(m *mention) bool { return len(m.words) > 1 }) {
			continue // "Google Inc." is a full name, whatever its key
		}
		acr := names.IsAcronym(g.surface)
		var same, other []*group
		for _, f := range groups {
			if f == g || !shortNameFits(g, f, acr) {
				continue
			}
			if f.typ == g.typ {
				same = appendRoot(same, f)
			} else {
				other = appendRoot(other, f)
			}
		}
		cands := same
		if len(cands) == 0 {
			cands = other
		}
		switch len(cands) {
		case 0:
		case 1:
			g.parent = cands[0]
		default:
			g.ambiguous = true
		}
	}
}

// shortNameFits reports whether g, a group of one word (an acronym when acr
// is set), can stand for f, a full name of another group.
func shortNameFits(g, f *group, acr bool) bool {
	if f.isCountry || len(f.words) < 2 && !f.isFixed {
		return false
	}
	fw := f.words
	if f.isFixed {
		if f.fixedWords == nil {
			f.fixedWords = strings.Fields(names.OrgKey(names.Key(longestName(f.own))))
		}
		fw = f.fixedWords
		if len(fw) < 2 {
			return false
		}
	}
	switch {
	case acr:
		// Two letters ("EU") only between organizations.
		return names.InitialsMatch(g.key, fw) && (len(g.key) > 2 || g.typ == Org && f.typ == Org)
	case f.typ == Person:
		// Weak recognizers tag a lone surname as a place too.
		// Only by the surname: "Paris" the place is not "Paris Hilton".
		return names.ShortFitsKeys(g.key, fw, g.surface, Person) && (g.typ != Location || g.key == fw[len(fw)-1])
	case f.typ == Org:
		// Within one article a generic head names the one
		// organization it ends: "Commission" → "European Commission".
		return (g.typ == Org || g.typ == Misc) && (names.ShortFitsKeys(g.key, fw, g.surface, Org) ||
			names.GenericOrgHeads[g.key] && g.key == fw[len(fw)-1])
	}
	return false
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
