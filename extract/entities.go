package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// entities builds the entities of the root groups, sorted by ID: one per
// id, with the mentions of every group under the root, less those the user
// excluded and, with DropSources, those only credited as sources. Those
// the recognizer was unsure of (cr) are marked Unsure.
func (r *Resolver) entities(groups []*group, ms []*mention, cr *confRule) []Entity {
	roots := rootsOf(groups)
	byID := make(map[string]int, len(roots))
	out := make([]Entity, 0, len(roots))
	// One backing array for every entity's mentions; each entity's part is
	// capped, so that appending to one never writes into the next.
	all := make([]Mention, 0, len(ms))
	for _, g := range roots {
		if lone(g) {
			continue
		}
		e := r.entity(g)
		e.Unsure = cr.unsure(g)
		off := len(all)
		for _, m := range g.members {
			all = append(all, m.Mention)
		}
		e.Mentions = all[off:len(all):len(all)]
		if r.excluded(e) {
			continue
		}
		if r.confHook != nil {
			r.confHook(e, g)
		}
		if i, ok := byID[e.ID]; ok {
			out[i].Mentions = append(out[i].Mentions, e.Mentions...)
			out[i].Partial = out[i].Partial && e.Partial
			out[i].Unsure = out[i].Unsure && e.Unsure
			continue
		}
		byID[e.ID] = len(out)
		out = append(out, e)
	}
	kept := out[:0]
	for _, e := range out {
		slices.SortFunc(e.Mentions, func(a, b Mention) int {
			return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
		})
		e.Mentions = slices.CompactFunc(e.Mentions, func(a, b Mention) bool { return a.Start == b.Start && a.End == b.End })
		if r.opts.DropSources && !slices.ContainsFunc(e.Mentions, func(m Mention) bool { return m.Role != RoleSource }) {
			continue
		}
		kept = append(kept, e)
	}
	return sortByID(kept)
}

// rootsOf returns the root groups, in the order of their first group, each
// with the mentions of every group under it as members.
func rootsOf(groups []*group) []*group {
	var roots []*group
	for _, g := range groups {
		rt := g.root()
		if rt.members == nil {
			roots = append(roots, rt)
			rt.members = make([]*mention, 0, len(g.own))
		}
		rt.members = append(rt.members, g.own...)
	}
	return roots
}

// entity makes the entity of a root group, without its mentions: its id,
// name and type, and whether it is a partial name for the graph to link.
func (r *Resolver) entity(g *group) Entity {
	e := Entity{Type: g.typ, Ambiguous: g.ambiguous}
	switch {
	case g.isCountry:
		c := r.t.Countries[r.t.CountryByCode[strings.TrimPrefix(g.key, "country:")]]
		e.ID, e.Name, e.Type, e.ISO = g.key, c.Name, Country, c.Alpha2
		return e
	case g.isFixed:
		e.ID, e.Name = g.key, canonicalName(g.own)
		if strings.HasPrefix(g.key, "org:") {
			e.Type = Org
		}
		return e
	}
	e.Name = canonicalName(g.own)
	if e.Type != Person && !slices.ContainsFunc(g.own, func(m *mention) bool { return m.canon != "" }) {
		e.Name = commonFullName(g.members, e.Name)
	}
	k := names.Key(e.Name)
	if e.Type == Org && strings.HasSuffix(g.key, danishKey) {
		k = names.OrgKey(k) // a firm the article keeps apart from its namesake (danishApart)
	} else if e.Type == Org {
		k = firmKey(k, nil)
	}
	e.ID = typePrefix[e.Type] + slug(k)
	// A short name the article links to no full name: the graph may link
	// it to one that other articles give. A surname or given name ("Putin"),
	// an initial and a surname ("D. Beckham"), an acronym or a one-word
	// organization ("IFC", "Moody's"), a one-word place ("Newcastle").
	named := slices.ContainsFunc(g.own, func(m *mention) bool { return m.canon != "" })
	// A short name that fits two full names of the article ("Mr Blair"
	// beside Tony and Cherie Blair) is apart and Ambiguous, and partial: the
	// graph may link it, on the corpus's evidence.
	if len(g.members) == len(g.own) && !named {
		ws := strings.Fields(k)
		switch {
		case len(ws) == 1 && (e.Type == Person || e.Type == Org || e.Type == Location) &&
			!slices.ContainsFunc(g.own, func(m *mention) bool { return len(m.words) > 1 && !m.acronym }):
			// "Apple Inc." is a full name, whatever its key.
			e.Partial = true
		case e.Type == Person && len(ws) >= 2 && len(ws[0]) == 1 && !names.IsAcronym(g.surface):
			e.Partial = true
		case e.Type == Org && names.IsAcronym(g.surface):
			e.Partial = true
		}
	}
	return e
}

// canonicalName is the name an alias rule gives the mentions (the last
// one's), else their longest name.
func canonicalName(ms []*mention) string {
	name := longestName(ms)
	for _, m := range ms {
		if m.canon != "" {
			name = m.canon
		}
	}
	return name
}

// commonFullName returns the full name an article gives an entity first,
// when name, the longest of the root group's, comes only after it and
// once, where the first is used three times or more: news names a thing in full when it first names it, so
// a longer name that turns up later and rarer ("a Stevenage Labour Party
// members' newsletter" in an article on the Labour Party, 17 mentions) is
// a branch or a qualified use, and should neither label the entity nor
// make its id. Only a name that ends the longer one counts: a name that
// begins it ("American Video" of "American Video Group Inc") is its short
// form. Headlines are left out (Reuters shortens names there), and
// people's names (a person's longer name is their full name: "Robert
// Kilroy-Silk"). A full name is of two words or more, not an acronym and
// not an initial and a surname ("D. Beckham"). Otherwise name.
func commonFullName(ms []*mention, name string) string {
	full := func(m *mention) bool {
		return len(m.words) >= 2 && !m.acronym && len(m.words[0]) > 1 && !m.headline
	}
	count := map[string]int{}
	firstAt := map[string]int{}
	var first *mention // the first full mention in the text
	for _, m := range ms {
		if !full(m) {
			continue
		}
		count[m.key]++
		if at, ok := firstAt[m.key]; !ok || m.Start < at {
			firstAt[m.key] = m.Start
		}
		if first == nil || m.Start < first.Start {
			first = m
		}
	}
	nk := names.Key(name)
	at, ok := firstAt[nk]
	if first == nil || !ok || first.key == nk || at < first.Start || count[nk] > 1 || count[first.key] < 3 ||
		!hasSuffix(strings.Fields(nk), first.words) {
		return name
	}
	var same []*mention
	for _, m := range ms {
		if m.key == first.key {
			same = append(same, m)
		}
	}
	return longestName(same)
}

// sortByID sorts entities by ID. It sorts an index rather than the
// entities, which are large to swap.
func sortByID(es []Entity) []Entity {
	order := make([]int, len(es))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(es[a].ID, es[b].ID) })
	sorted := make([]Entity, len(es))
	for i, j := range order {
		sorted[i] = es[j]
	}
	return sorted
}

// lone reports whether a root group is a generic word that the article
// links to no name ("the Bank", "Federal", "the Group"): alone it names
// nothing the graph could keep apart from every other bank.
func lone(g *group) bool {
	if g.isFixed || len(g.members) != len(g.own) || len(g.words) != 1 || !names.GenericOrgWords[g.key] {
		return false
	}
	return !slices.ContainsFunc(g.own, func(m *mention) bool { return m.canon != "" || len(m.words) > 1 || m.acronym })
}
