package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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

// group links the mentions of one article into entities.
func (r *Resolver) group(text string, ms []*mention, titleEnd int) []Entity {
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
	for _, g := range groups {
		var votes [len(voteTypes)]int
		for _, m := range g.own {
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
		g.typ = voteTypes[best]
	}
	// Explicit definitions: "Korean Central News Agency (KCNA)".
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
	// Shorter full names into longer ones: "George Bush" → "George W. Bush",
	// "Red Sox" → "Boston Red Sox".
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
	// Short names into full ones: "Putin" → "Vladimir Putin", "KCNA" →
	// "Korean Central News Agency", "Vikings" → "Minnesota Vikings".
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
			if f == g || f.isCountry || len(f.words) < 2 && !f.isFixed {
				continue
			}
			fw := f.words
			if f.isFixed {
				if f.fixedWords == nil {
					f.fixedWords = strings.Fields(names.OrgKey(names.Key(longestName(f.own))))
				}
				fw = f.fixedWords
				if len(fw) < 2 {
					continue
				}
			}
			fit := false
			switch {
			case acr:
				// Two letters ("EU") only between organizations.
				fit = names.InitialsMatch(g.key, fw) && (len(g.key) > 2 || g.typ == Org && f.typ == Org)
			case f.typ == Person:
				// Weak recognizers tag a lone surname as a place too.
				// Only by the surname: "Paris" the place is not "Paris Hilton".
				fit = names.ShortFitsKeys(g.key, fw, g.surface, Person) && (g.typ != Location || g.key == fw[len(fw)-1])
			case f.typ == Org:
				// Within one article a generic head names the one
				// organization it ends: "Commission" → "European Commission".
				fit = (g.typ == Org || g.typ == Misc) && (names.ShortFitsKeys(g.key, fw, g.surface, Org) ||
					names.GenericOrgHeads[g.key] && g.key == fw[len(fw)-1])
			}
			if !fit {
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
	return r.entities(groups, ms)
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

// fixHeadlines shrinks a headline mention that swallowed a headline word
// ("Putin Vows" in "Putin Vows To Bolster Ties") to the part that names an
// entity of the body.
func (r *Resolver) fixHeadlines(ms []*mention, titleEnd int) {
	if titleEnd < 0 {
		return
	}
	if !slices.ContainsFunc(ms, func(m *mention) bool {
		return m.Start <= titleEnd && len(m.words) >= 2 && m.country < 0 && m.agency < 0
	}) {
		return // no headline name of several words to shrink
	}
	bodyKeys := map[string]bool{}
	bodyWords := map[string]bool{}
	for _, m := range ms {
		if m.Start > titleEnd {
			bodyKeys[m.key] = true
			for _, w := range m.words {
				bodyWords[w] = true
			}
		}
	}
	for _, m := range ms {
		if m.Start > titleEnd || len(m.words) < 2 || bodyKeys[m.key] || m.country >= 0 || m.agency >= 0 {
			continue
		}
		n := len(m.words)
		found := false
		for l := n - 1; l >= 1 && !found; l-- {
			for s := 0; s+l <= n; s++ {
				sub := m.words[s : s+l]
				if !bodyKeys[strings.Join(sub, " ")] {
					continue
				}
				dropped := append(slices.Clone(m.words[:s]), m.words[s+l:]...)
				if slices.ContainsFunc(dropped, func(w string) bool { return bodyWords[w] }) {
					continue
				}
				nameWords := strings.Fields(m.Name)
				if len(nameWords) != n {
					break
				}
				ws := splitWords(m.Text, 0, len(m.Text))
				if len(ws) == n {
					m.Start, m.End = m.Start+ws[s].start, m.Start+ws[s+l-1].end
					m.Text = m.Text[ws[s].start:ws[s+l-1].end]
				}
				m.Name = strings.Join(nameWords[s:s+l], " ")
				m.key = strings.Join(sub, " ")
				m.words = sub
				m.acronym = l == 1 && names.IsAcronym(m.Name)
				found = true
				break
			}
		}
	}
}

// entities builds the entities of the root groups.
func (r *Resolver) entities(groups []*group, ms []*mention) []Entity {
	var roots []*group
	for _, g := range groups {
		rt := g.root()
		if rt.members == nil {
			roots = append(roots, rt)
			rt.members = make([]*mention, 0, len(g.own))
		}
		rt.members = append(rt.members, g.own...)
	}
	byID := make(map[string]int, len(roots))
	out := make([]Entity, 0, len(roots))
	// One backing array for every entity's mentions; each entity's part is
	// capped, so that appending to one never writes into the next.
	all := make([]Mention, 0, len(ms))
	for _, g := range roots {
		e := Entity{Type: g.typ, Ambiguous: g.ambiguous}
		switch {
		case g.isCountry:
			c := r.t.Countries[r.t.CountryByCode[strings.TrimPrefix(g.key, "country:")]]
			e.ID, e.Name, e.Type, e.ISO = g.key, c.Name, Country, c.Alpha2
		case g.isFixed:
			e.ID, e.Name = g.key, longestName(g.own)
			if strings.HasPrefix(g.key, "org:") {
				e.Type = Org
			}
			for _, m := range g.own {
				if m.canon != "" {
					e.Name = m.canon
				}
			}
		default:
			e.Name = longestName(g.own)
			for _, m := range g.own {
				if m.canon != "" {
					e.Name = m.canon
				}
			}
			k := names.Key(e.Name)
			if e.Type == Org {
				k = names.OrgKey(k)
			}
			e.ID = typePrefix[e.Type] + slug(k)
			if len(g.members) == len(g.own) && !strings.Contains(k, " ") && !g.ambiguous {
				switch {
				case e.Type == Person:
					e.Partial = true
				case e.Type == Org && names.IsAcronym(g.surface):
					e.Partial = true
				case e.Type == Org && slices.ContainsFunc(g.own, func(m *mention) bool { return m.afterThe }):
					e.Partial = true
				}
			}
		}
		off := len(all)
		for _, m := range g.members {
			all = append(all, m.Mention)
		}
		e.Mentions = all[off:len(all):len(all)]
		if r.excluded(e) {
			continue
		}
		if i, ok := byID[e.ID]; ok {
			out[i].Mentions = append(out[i].Mentions, e.Mentions...)
			out[i].Partial = out[i].Partial && e.Partial
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
	// Sort an index rather than the entities, which are large to swap.
	order := make([]int, len(kept))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(kept[a].ID, kept[b].ID) })
	sorted := make([]Entity, len(kept))
	for i, j := range order {
		sorted[i] = kept[j]
	}
	return sorted
}

// excluded reports whether the user asked to drop e.
func (r *Resolver) excluded(e Entity) bool {
	return r.exclIDs[e.ID] || len(r.exclKey) > 0 && r.exclKey[names.Key(e.Name)]
}

// titleCased reports whether a headline capitalizes its words, so that
// capitals say nothing about names: most words of four letters or more start
// with a capital.
func titleCased(headline string) bool {
	long, caps := 0, 0
	for _, w := range strings.Fields(headline) {
		if len(w) < 4 {
			continue
		}
		long++
		if names.IsCapitalized(w) {
			caps++
		}
	}
	return long >= 2 && caps*10 >= long*7
}

// dropHeadlineNoise drops the mentions of a title-cased headline that name
// nothing the body names: in "Kremlin Chief Signs Budget Into Law" a
// recognizer finds names in every capital. Countries, agencies and names
// the body repeats, whole or in part, are kept.
func dropHeadlineNoise(text string, ms []*mention, titleEnd int) []*mention {
	if titleEnd < 0 || !titleCased(text[:titleEnd]) {
		return ms
	}
	bodyKeys := make(map[string]bool, len(ms))
	bodyEnds := make(map[string]bool, 2*len(ms)) // first and last words of body names
	body := false
	for _, m := range ms {
		if m.Start <= titleEnd {
			continue
		}
		body = true
		bodyKeys[m.key] = true
		if n := len(m.words); n > 1 {
			bodyEnds[m.words[0]] = true
			bodyEnds[m.words[n-1]] = true
		}
	}
	if !body {
		return ms
	}
	kept := ms[:0]
	for _, m := range ms {
		// A lone place the tables know ("Pyongyang Warns Seoul") is kept;
		// a lone capitalized word the body never names ("Ban of Sprinter
		// in Balco Case") is a headline word, whatever the recognizer said.
		keep := m.Start > titleEnd || m.country >= 0 || m.agency >= 0 || m.forced != "" || m.canon != "" ||
			bodyKeys[m.key] || len(m.words) == 1 && (bodyEnds[m.key] || m.typ == Location && !hasWord(text[titleEnd:], strings.ToLower(m.Name)) && names.Tables().KnownPlace(m.key))
		if !keep && len(m.words) > 1 {
			keep = bodyKeys[m.words[0]] || bodyKeys[m.words[len(m.words)-1]]
			// "Vikings Rally Past Packers" holds two names of the body: it
			// is neither, and the body has both.
			keep = keep && countKeysIn(m.words, bodyKeys) < 2
		}
		if !keep && m.acronym {
			for k := range bodyKeys {
				if names.InitialsMatch(m.key, strings.Fields(k)) {
					keep = true
					break
				}
			}
		}
		if keep {
			kept = append(kept, m)
		}
	}
	return kept
}

// hasWord reports whether w occurs in s as a whole word, in the case given:
// a headline's "Summit" is an ordinary word when the body says "summit".
func hasWord(s, w string) bool {
	for i := 0; w != ""; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		a, b := i+j, i+j+len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:a])
		after, _ := utf8.DecodeRuneInString(s[b:])
		if (a == 0 || !unicode.IsLetter(before)) && (b == len(s) || !unicode.IsLetter(after)) {
			return true
		}
		i = b
	}
	return false
}

// countKeysIn counts the non-overlapping runs of words that are keys,
// longest first from the left.
func countKeysIn(words []string, keys map[string]bool) int {
	n := 0
	for i := 0; i < len(words); {
		l := len(words) - i
		for ; l >= 1; l-- {
			if keys[strings.Join(words[i:i+l], " ")] {
				break
			}
		}
		if l == 0 {
			i++
			continue
		}
		n++
		i += l
	}
	return n
}
