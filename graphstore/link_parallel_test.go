package graphstore

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// TestLinkRulesBeside checks that corpus linking, whose rules of
// organizations' names and type grouping are decided on other cores while
// the rules before them run, makes the links of the same rules run one
// after another on one goroutine, each reading the links of those before
// (refLinkCorpus, the linker as it was): the same links, in the same order,
// with the same scores, over many random corpora whose names collide so that
// the rules link one name several ways.
func TestLinkRulesBeside(t *testing.T) {
	byRule := map[LinkRule]int{}
	dropped := 0 // links the org rules decided that an earlier rule had made moot
	for seed := range 200 {
		g := randomLinkCorpus(uint64(seed))
		want := refLinkCorpus(g.articles, g.keys)
		got := linkCorpus(g.articles, g.keys)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("seed %d: links\n%+v\nwant (one goroutine)\n%+v", seed, got.links, want.links)
		}
		for _, x := range got.links {
			byRule[x.Rule]++
		}
		dropped += droppedOrgLinks(g)
	}
	// The corpora must make links of the rules the test is about, and
	// some decision of the org rules that an earlier rule's link overrides.
	for _, r := range []LinkRule{RuleLongerOrg, RuleType, RuleSpelling, RuleSurname} {
		if byRule[r] == 0 {
			t.Errorf("no link of rule %s in the corpora: %v", r, byRule)
		}
	}
	if dropped == 0 {
		t.Errorf("no org rule's decision was made moot by an earlier rule in the corpora")
	}
	t.Logf("links by rule: %v; decisions made moot: %d", byRule, dropped)
}

// droppedOrgLinks counts the decisions of orgPrefixLinks and groupNameLinks
// of names an earlier rule linked (those linkOrgPrefixes and linkGroupNames
// must not record).
func droppedOrgLinks(g *Graph) int {
	nums := numberKeys(g.articles, g.keys)
	c := newCorpus(g.articles, g.keys.len(), nums)
	l := &linking{remap: map[string]string{}, inArticle: make([]map[string]string, len(g.articles))}
	c.linkSpellings(l)
	c.linkLongerOrgs(l)
	n := 0
	for _, x := range append(c.orgPrefixLinks(map[string]profile{}), c.groupNameLinks()...) {
		if _, done := l.remap[x.from]; done {
			n++
		}
	}
	return n
}

// randomLinkCorpus makes a corpus of a few dozen articles whose names are
// drawn from small pools, so that names repeat, fit each other and clash:
// people with and without a middle initial, surnames spelled two ways,
// surnames alone; firms named by a prefix of another firm's name, with
// "Group", "Brothers" or "Inc" after it, or by the last words of a longer
// name; one name under two types. Each article is on a topic whose
// things it names too, so that context evidence links some of them.
func randomLinkCorpus(seed uint64) *Graph {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	given := []string{"Orla", "Tamsin", "Bram", "Ives"}
	surnames := []string{"Kettering", "Ketterling", "Vosk", "Pellham", "Pelham", "Drummore"}
	firmWords := []string{"Harrow", "Quint", "Lune", "Marsh Vale", "Corvid", "Orla Pellham"}
	tails := []string{"", "Brothers", "Group", "Inc", "Freight Lines"}
	topics := [][]string{{"Ostmark", "Gellan River"}, {"Port Tiller", "Aubade Fund"}, {"Hollin Bay", "Sarn Council"}, {"Eskar", "Mire Trust"}}
	slug := func(typ, name string) string {
		return typ + ":" + strings.ReplaceAll(strings.ToLower(strings.ReplaceAll(name, ".", "")), " ", "-")
	}
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	g := New()
	for i := range 30 + r.IntN(40) {
		topic := topics[r.IntN(len(topics))]
		var es []extract.Entity
		seen := map[string]bool{}
		add := func(e extract.Entity) {
			if !seen[e.ID] {
				seen[e.ID] = true
				es = append(es, e)
			}
		}
		for _, name := range topic {
			if r.IntN(4) > 0 {
				typ, t := "org", extract.Org
				if !strings.Contains(name, " ") {
					typ, t = "location", extract.Location
				}
				add(ent(slug(typ, name), name, t, false))
			}
		}
		for range 1 + r.IntN(4) {
			switch r.IntN(8) {
			case 6, 7: // a firm that articles also call by its first words, or those words alone
				name := pick([]string{"Marsh Vale Brothers", "Orla Pellham Brothers"})
				short := strings.TrimSuffix(name, " Brothers")
				switch r.IntN(3) {
				case 0:
					add(linked(slug("org", name), name, short))
				case 1:
					add(ent(slug("org", short), short, extract.Org, false))
				default:
					add(ent(slug("org", name), name, extract.Org, false))
				}
			case 0, 1: // a person in full, perhaps with a middle initial
				name := pick(given) + " " + pick(surnames)
				if r.IntN(4) == 0 {
					name = pick(given) + " " + string(rune('A'+r.IntN(3))) + ". " + pick(surnames)
				}
				add(ent(slug("person", name), name, extract.Person, false))
			case 2: // a surname alone
				name := pick(surnames)
				add(ent(slug("person", name), name, extract.Person, true))
			case 3, 4: // a firm, perhaps also called by a shorter name in the article
				name := strings.TrimSpace(pick(firmWords) + " " + pick(tails))
				if r.IntN(2) == 0 {
					ws := strings.Fields(name)
					short := strings.Join(ws[len(ws)-min(len(ws), 2):], " ") // "Freight Lines"
					if r.IntN(2) == 0 {
						short = strings.Join(ws[:max(1, len(ws)-1)], " ") // "Marsh Vale"
					}
					add(linked(slug("org", name), name, short))
				} else {
					add(ent(slug("org", name), name, extract.Org, false))
				}
			case 5: // a name under another type
				name := pick(firmWords)
				t, typ := extract.Person, "person"
				if r.IntN(2) == 0 {
					t, typ = extract.Location, "location"
				}
				add(ent(slug(typ, name), name, t, r.IntN(3) == 0))
			}
		}
		g.Add(doc(fmt.Sprintf("a%02d", i), es...))
	}
	return g
}

// refLinkCorpus is linkCorpus with every rule run in its turn on one
// goroutine, each reading the links of those before: the linker before the
// org rules' decisions and the type rule's grouping were made beside the
// rules before them.
func refLinkCorpus(articles []article, keys *keyInterner) *linking {
	nums := numberKeys(articles, keys)
	nKeys := keys.len()
	votes := typeVotes(articles, nKeys, nums)
	c := newCorpus(articles, nKeys, nums)
	ix := c.newNameIndex()
	l := &linking{remap: map[string]string{}, inArticle: make([]map[string]string, len(articles))}
	c.linkSpellings(l)
	c.linkGivenNames(l)
	c.linkOfCountry(l)
	c.linkLongerOrgs(l)
	c.refLinkOrgPrefixes(l)
	c.refLinkGroupNames(l)
	c.linkGroupShorts(l)
	c.linkShortsInLong(l)
	c.linkMisspelt(l)
	lu := c.linkPartials(l, ix)
	c.linkMisspeltShorts(l)
	c.refLinkTypes(l, votes)
	lu.split(c, l)
	l.followChains()
	slices.SortFunc(l.links, func(a, b Link) int {
		return cmp.Or(cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Article, b.Article), cmp.Compare(a.From, b.From))
	})
	return l
}

// The rules below are linkOrgPrefixes, linkGroupNames and linkTypes as they
// were, each deciding and recording in one loop.

func (c *corpus) refLinkOrgPrefixes(l *linking) {
	byFirst := map[string][]int32{} // indexes in fullIDs, by the first words of their names
	for i, id := range c.fullIDs {
		if f := c.fulls[i]; f.typ == extract.Org && !strings.Contains(id, "@") {
			for _, fw := range f.words {
				// An id's words are all added in its turn: it is in the
				// list already only as its last.
				if first, ids := fw[0], byFirst[fw[0]]; len(ids) == 0 || ids[len(ids)-1] != int32(i) {
					byFirst[first] = append(ids, int32(i))
				}
			}
		}
	}
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Org && f.typ != extract.Person || strings.Contains(id, "@") {
			continue
		}
		if _, done := l.remap[id]; done {
			continue
		}
		// One name, with or without its company suffix: "Drexel Burnham",
		// "Drexel Burnham Inc".
		folded := map[string]bool{}
		for _, k := range f.orgKeysOf() {
			folded[k] = true
		}
		if len(folded) != 1 {
			continue
		}
		sw := strings.Fields(firstKey(folded))
		if !slices.ContainsFunc(sw, func(w string) bool { return !names.GenericOrgWords[w] }) || len(sw) == 1 && placeWord(sw[0]) {
			continue
		}
		// Twice five times as common on context; three times on company
		// words alone ("Salomon" of Salomon Inc and Salomon Brothers).
		to, long, ok := c.longerName(i, sw, byFirst[sw[0]], 3)
		if !ok {
			continue
		}
		extra := strings.Fields(long)[len(sw):]
		company := !slices.ContainsFunc(extra, func(w string) bool { return !names.CompanyWords[w] && !names.CorpSuffixes[w] })
		if len(sw) == 1 {
			// One word names many companies: "Continental" is no
			// Continental Airlines; only a firm's own words may follow.
			company = slices.ContainsFunc(extra, func(w string) bool { return firmWords[w] }) &&
				!slices.ContainsFunc(extra, func(w string) bool { return !firmWords[w] && !names.CorpSuffixes[w] })
		}
		e := c.shared(id, to)
		if company || len(sw) > 1 && e.enough() && len(c.full[to].articles) >= 5*len(f.articles) {
			l.link(RuleLongerOrg, id, to, e.score)
		}
	}
}

func (c *corpus) refLinkGroupNames(l *linking) {
	byName := map[string][]string{}
	for i, id := range c.fullIDs {
		if f := c.fulls[i]; f.typ == extract.Org && !strings.Contains(id, "@") {
			for _, k := range f.orgKeysOf() {
				byName[k] = append(byName[k], id)
			}
		}
	}
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if _, done := l.remap[id]; done || f.typ != extract.Org || strings.Contains(id, "@") {
			continue
		}
		for _, k := range f.orgKeysOf() {
			base, ok := strings.CutSuffix(k, " group")
			if !ok || !strings.Contains(base, " ") && placeWord(base) {
				continue
			}
			cands := slices.Compact(slices.Sorted(slices.Values(byName[base])))
			if len(cands) == 1 && cands[0] != id && len(c.full[cands[0]].articles) >= 3*len(f.articles) {
				l.link(RuleLongerOrg, id, cands[0], float64(len(c.full[cands[0]].articles)))
				break
			}
		}
	}
}

func (c *corpus) refLinkTypes(l *linking, tv typeVoting) {
	votes := func(id string) int { return tv[id].votes }
	typeOf := func(id string) extract.Type { return tv[id].typ }
	nameOf := func(id string) string { return tv[id].name }
	// Grouped by name: the ids sorted by name and id, each run of one name
	// a group, in the order of the names (no map of tens of thousands of
	// lists, nearly all of one id).
	type named struct{ name, id string }
	all := make([]named, 0, len(tv))
	for id := range tv {
		if _, linked := l.remap[id]; linked {
			continue
		}
		prefix, rest, _ := strings.Cut(id, ":")
		if prefix == "country" {
			continue
		}
		all = append(all, named{rest, id})
	}
	slices.SortFunc(all, func(a, b named) int {
		if c := strings.Compare(a.name, b.name); c != 0 {
			return c
		}
		return strings.Compare(a.id, b.id)
	})
	t := names.Tables()
	var same []string
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && all[j].name == all[i].name {
			j++
		}
		name, group := all[i].name, all[i:j]
		i = j
		if len(group) < 2 {
			continue
		}
		same = same[:0]
		for _, x := range group {
			same = append(same, x.id)
		}
		best := slices.MaxFunc(same, func(a, b string) int {
			return cmp.Or(cmp.Compare(votes(a), votes(b)), cmp.Compare(typeRank(typeOf(a)), typeRank(typeOf(b))))
		})
		city := t.CityCountry[names.Key(nameOf(best))] != "" || t.KnownPlace(names.Key(nameOf(best)))
		oneWord := !strings.ContainsAny(name, "- ")
		for _, id := range same {
			clubAndCity := city && (typeOf(id) == extract.Location) != (typeOf(best) == extract.Location) &&
				(typeOf(id) == extract.Org || typeOf(best) == extract.Org)
			if id == best || clubAndCity {
				continue
			}
			// A name of one word under two types is often two things (Judge
			// Greene and the agency Wells, Rich, Greene; Pratt Hotel and
			// Pratt and Whitney): joined only where their articles name the
			// same things, or where the word itself says it is of best's
			// type (OpenAI).
			if typed, ok := names.TypedByName(nameOf(id)); oneWord && (!ok || typed != typeOf(best)) &&
				!c.sharedAny(id, best, "~"+names.Key(nameOf(id)), "~"+names.Key(nameOf(best))).enough() {
				continue
			}
			l.link(RuleType, id, best, float64(votes(best)))
		}
	}
}
