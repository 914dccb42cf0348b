package graphstore

import (
	"maps"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// corpus is what corpus linking knows of the articles: each full entity
// (a name the articles gave in full), where each short name stands alone,
// and what each article names, for context.
type corpus struct {
	articles []article
	full     map[string]*fullInfo
	fullIDs  []string         // sorted
	partial  map[string][]int // partial id → articles where it stands alone, in order
	ctx      [][]string       // each article's context keys, sorted and distinct
	df       map[string]int   // articles that hold each context key
	profiles map[string]map[string]int
	// profilesDone: profiles is read on several goroutines, and a
	// profile not in it is made but not kept (see makeProfiles).
	profilesDone bool
	linkedTo     map[string]int // articles whose short names were linked to each full id
}

// fullInfo is what the corpus says about one entity id given in full.
type fullInfo struct {
	typ      extract.Type
	names    map[string]bool // keys of the names it was given
	aliases  map[string]int  // keys of the mentions it was linked from, by articles
	articles []int
	first    string // its name in the first article that gives it, for reports
	// keys are the keys of names, sorted, and words the words of each:
	// the rules read them again and again.
	keys    []string
	words   [][]string
	orgKeys []string // names.OrgKey of each of keys, when asked for (see orgKeysOf)
}

// orgKeysOf returns names.OrgKey of each of f's keys, in their order.
func (f *fullInfo) orgKeysOf() []string {
	if f.orgKeys == nil {
		f.orgKeys = make([]string, len(f.keys))
		for i, k := range f.keys {
			f.orgKeys[i] = names.OrgKey(k)
		}
	}
	return f.orgKeys
}

func newCorpus(articles []article) *corpus {
	c := &corpus{articles: articles, full: map[string]*fullInfo{}, partial: map[string][]int{},
		ctx: make([][]string, len(articles)), df: map[string]int{}, profiles: map[string]map[string]int{},
		linkedTo: map[string]int{}}
	// The contexts and the names are made each on a core of its own: they
	// read the articles and write nothing the other reads.
	var wg sync.WaitGroup
	wg.Go(c.indexContexts)
	c.indexNames()
	wg.Wait()
	return c
}

// indexContexts makes the context keys of each article and how many
// articles hold each.
func (c *corpus) indexContexts() {
	// Names repeat across articles: a person's is made a context key once.
	personKeys := map[string]string{}
	for i, a := range c.articles {
		keys := make([]string, 0, len(a.entries))
		for _, e := range a.entries {
			if e.typ == extract.Person {
				k, ok := personKeys[e.name]
				if !ok {
					k = contextKey(e)
					personKeys[e.name] = k
				}
				keys = append(keys, k)
			} else {
				keys = append(keys, contextKey(e))
			}
		}
		slices.Sort(keys)
		keys = slices.Compact(keys)
		c.ctx[i] = keys
		for _, k := range keys {
			c.df[k]++
		}
	}
}

// indexNames makes the full entities of the articles, and where each short
// name stands alone.
func (c *corpus) indexNames() {
	// Names repeat across articles: each is folded once.
	folded := map[string]string{}
	key := func(name string) string {
		k, ok := folded[name]
		if !ok {
			k = names.Key(name)
			folded[name] = k
		}
		return k
	}
	for i, a := range c.articles {
		for _, e := range a.entries {
			if e.partial {
				c.partial[e.id] = append(c.partial[e.id], i)
				continue
			}
			f, ok := c.full[e.id]
			if !ok {
				f = &fullInfo{typ: e.typ, names: map[string]bool{}, aliases: map[string]int{}, first: e.name}
				c.full[e.id] = f
			}
			f.articles = append(f.articles, i)
			f.names[key(e.name)] = true
			for name := range e.allAliases() {
				f.aliases[key(name)]++
			}
		}
	}
	c.fullIDs = sortedIDs(c.full)
	for _, f := range c.full {
		f.keys = sortedIDs(f.names)
		f.words = make([][]string, len(f.keys))
		for i, k := range f.keys {
			f.words[i] = strings.Fields(k)
		}
	}
}

// contextKey is what an entry stands for in the context of its article: a
// person by the surname, so that "Reagan" and "Ronald Reagan" are one
// witness, anything else by its id.
func contextKey(e entry) string {
	if e.typ != extract.Person {
		return e.id
	}
	k := names.Key(e.name)
	if i := strings.LastIndexByte(k, ' '); i >= 0 {
		k = k[i+1:]
	}
	return "~" + k
}

// idf is how much sharing a context key tells: the rarer, the more.
func (c *corpus) idf(k string) float64 {
	return math.Log(float64(len(c.articles)) / float64(max(1, c.df[k])))
}

// profile returns how many of the articles of the full entity id hold each
// context key.
func (c *corpus) profile(id string) map[string]int {
	if p, ok := c.profiles[id]; ok {
		return p
	}
	p := c.newProfile(id)
	if !c.profilesDone {
		c.profiles[id] = p
	}
	return p
}

// newProfile makes the profile of id from its articles.
func (c *corpus) newProfile(id string) map[string]int {
	p := map[string]int{}
	if f, ok := c.full[id]; ok {
		for _, i := range f.articles {
			for _, k := range c.ctx[i] {
				p[k]++
			}
		}
	}
	return p
}

// makeProfiles makes the profiles of ids that are not made yet, on every
// core.
func (c *corpus) makeProfiles(ids []string) {
	var need []string
	for _, id := range ids {
		if _, ok := c.profiles[id]; !ok {
			need = append(need, id)
		}
	}
	slices.Sort(need)
	need = slices.Compact(need)
	ps := make([]map[string]int, len(need))
	inParallel(len(need), 64, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			ps[i] = c.newProfile(need[i])
		}
	})
	for i, id := range need {
		c.profiles[id] = ps[i]
	}
}

// evidence is what two sets of articles share: the summed rarity of the
// things both name, and how many of those things are no country.
type evidence struct {
	score  float64
	things int
}

// enough reports whether the evidence is enough for a link: linkThreshold,
// from two things at least besides countries (a White House and the
// United States do not make George Bush George W. Bush), or twice
// linkThreshold from fewer.
func (e evidence) enough() bool {
	return e.score >= linkThreshold && (e.things >= 2 || e.score >= 2*linkThreshold)
}

func (e *evidence) add(c *corpus, k string) {
	e.score += c.idf(k)
	if !strings.HasPrefix(k, "country:") {
		e.things++
	}
}

// score is the context evidence that article art speaks of the full entity
// id: what the article names that the entity's articles name too, leaving
// out skip, the short name's own.
func (c *corpus) score(art int, id string, skip ...string) evidence {
	p := c.profile(id)
	// The full name's articles but this one: an article that names Cherie
	// Blair in full shares all its context with her.
	self := 0
	if f, ok := c.full[id]; ok {
		if _, in := slices.BinarySearch(f.articles, art); in {
			self = 1
		}
	}
	var e evidence
	for _, k := range c.ctx[art] {
		if p[k] > self && !slices.Contains(skip, k) && k != id {
			e.add(c, k)
		}
	}
	return e
}

// anyProfile is profile of an id given in full or as a short name: how
// many of the articles that give it either way hold each context key.
func (c *corpus) anyProfile(id string) map[string]int {
	p := maps.Clone(c.profile(id))
	for _, i := range c.partial[id] {
		if f, ok := c.full[id]; ok {
			if _, dup := slices.BinarySearch(f.articles, i); dup {
				continue
			}
		}
		for _, k := range c.ctx[i] {
			p[k]++
		}
	}
	return p
}

// sharedAny is shared of two ids given in full or as short names.
func (c *corpus) sharedAny(a, b string, skip ...string) evidence {
	pa, pb := c.anyProfile(a), c.anyProfile(b)
	var e evidence
	for _, k := range sortedIDs(pa) {
		if pb[k] > 0 && !slices.Contains(skip, k) && k != a && k != b {
			e.add(c, k)
		}
	}
	return e
}

// shared is the context evidence that two full entities are one: the
// summed rarity of what both their articles name, leaving out skip.
func (c *corpus) shared(a, b string, skip ...string) evidence {
	pa, pb := c.profile(a), c.profile(b)
	var e evidence
	for _, k := range sortedIDs(pa) { // in order, so that the sum is always the same
		if pb[k] > 0 && !slices.Contains(skip, k) && k != a && k != b {
			e.add(c, k)
		}
	}
	return e
}
