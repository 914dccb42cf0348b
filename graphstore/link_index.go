package graphstore

import (
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
	fulls    []*fullInfo      // of each of fullIDs
	partial  map[string][]int // partial id → articles where it stands alone, in order
	// Context keys (see contextKey) are numbered in their sorted order,
	// so that sorted numbers are sorted keys: the rules read them again
	// and again, and a number is cheaper to look up than a string.
	ctxNum   map[string]int32 // context key → number
	ctx      [][]int32        // each article's context keys, sorted and distinct
	df       []int            // articles that hold each context key
	idfs     []float64        // idf of each context key
	country  []bool           // whether each context key is a country's
	profiles map[string]profile
	// profilesDone: profiles is read on several goroutines, and a
	// profile not in it is made but not kept (see makeProfiles).
	profilesDone bool
	counters     sync.Pool      // of *keyCounter, for making profiles
	linkedTo     map[string]int // articles whose short names were linked to each full id
	nKeys        int            // distinct entry keys of the articles, to size maps by (0: unknown)
	keyNums      *keyNumbers    // the number of each entry key, for tables by key
	lu           *lineups       // the line-ups and sports stories, once linkPartials read them
	places       [2]int32       // the run of places' context keys (see placeKeys)
	placesFound  bool
}

// fullInfo is what the corpus says about one entity id given in full.
type fullInfo struct {
	typ      extract.Type
	aliases  []aliasCount // keys of the mentions it was linked from, by articles; sorted by key, distinct
	articles []int
	first    string // its name in the first article that gives it, for reports
	// keys are the keys of the names it was given, sorted and distinct,
	// and words the words of each: the rules read them again and again.
	keys    []string
	words   [][]string
	orgKeys []string // names.OrgKey of each of keys, when asked for (see orgKeysOf)
	num     int32    // the order it was made in, by indexNames
	spelt   spelling // how its articles write its first word's possessive (see possessiveApart)
}

// hasName reports whether k is the key of a name f was given.
func (f *fullInfo) hasName(k string) bool {
	_, ok := slices.BinarySearch(f.keys, k)
	return ok
}

// alias returns in how many articles f was linked from a mention whose key
// is k.
func (f *fullInfo) alias(k string) int {
	i, ok := slices.BinarySearchFunc(f.aliases, k, func(a aliasCount, k string) int { return strings.Compare(a.name, k) })
	if !ok {
		return 0
	}
	return f.aliases[i].n
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

func newCorpus(articles []article, nKeys int, nums *keyNumbers) *corpus {
	c := &corpus{articles: articles, nKeys: nKeys, keyNums: nums, full: make(map[string]*fullInfo, nKeys/2), partial: map[string][]int{},
		ctx: make([][]int32, len(articles)), profiles: map[string]profile{},
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
	// Entries repeat across articles: each key is made a context key
	// once, and numbered once, first in the order met (first), then in
	// the sorted order of the keys (final).
	first := make([]int32, c.keyNums.n) // by entry key number: 1 + its context key's first number; 0: not met
	num := make(map[string]int32, c.nKeys/2)
	var keys []string // by first number
	for _, a := range c.articles {
		for _, e := range a.entries {
			if kn := c.keyNums.of(e.entryKey); first[kn] == 0 {
				k := contextKey(e)
				n, ok := num[k]
				if !ok {
					n = int32(len(keys))
					num[k] = n
					keys = append(keys, k)
				}
				first[kn] = n + 1
			}
		}
	}
	// The keys sorted as strings (cheaper than sorting their numbers by
	// them), then each's first number found by key.
	sorted := slices.Clone(keys)
	slices.Sort(sorted)
	final := make([]int32, len(keys)) // by first number
	c.df, c.idfs, c.country = make([]int, len(keys)), make([]float64, len(keys)), make([]bool, len(keys))
	for n, k := range sorted {
		final[num[k]] = int32(n)
		num[k] = int32(n)
		c.country[n] = strings.HasPrefix(k, "country:")
	}
	c.ctxNum = num
	for i, a := range c.articles {
		nums := make([]int32, len(a.entries))
		for j, e := range a.entries {
			nums[j] = final[first[c.keyNums.of(e.entryKey)]-1]
		}
		slices.Sort(nums)
		nums = slices.Compact(nums)
		for _, n := range nums {
			c.df[n]++
		}
		c.ctx[i] = slices.Clip(nums)
	}
	for k, df := range c.df {
		c.idfs[k] = math.Log(float64(len(c.articles)) / float64(max(1, df)))
	}
}

// ctxKey returns the number of the context key k, or -1 when no article
// holds it.
func (c *corpus) ctxKey(k string) int32 {
	if n, ok := c.ctxNum[k]; ok {
		return n
	}
	return -1
}

// ctxKeys returns the numbers of the context keys ks (see ctxKey).
func (c *corpus) ctxKeys(ks ...string) []int32 {
	out := make([]int32, len(ks))
	for i, k := range ks {
		out[i] = c.ctxKey(k)
	}
	return out
}

// indexNames makes the full entities of the articles, and where each short
// name stands alone.
func (c *corpus) indexNames() {
	// Names repeat across articles: each is folded once.
	folded := make(map[string]string, c.nKeys/2)
	key := func(name string) string {
		k, ok := folded[name]
		if !ok {
			k = names.Key(name)
			folded[name] = k
		}
		return k
	}
	// Entries repeat across articles, and all that an entry adds to its
	// full entity but the article is of its key: each key is looked at
	// once, and counted.
	type keyUse struct {
		f    int32  // index in fl
		n    int    // entries of the key
		name string // the key of its name
	}
	// uses holds of each entry key, by its number, 1 + its index in list,
	// or for a short name's, -1 less its id's index in pids; 0 for a key
	// not met yet.
	uses := make([]int32, c.keyNums.n)
	list := make([]keyUse, 0, c.nKeys)
	var order []*entryKey // of list, in the order first met, for the aliases
	// The full entities are made in one block: tens of thousands of
	// small objects otherwise. fl holds them in the order made.
	infos := make([]fullInfo, 0, c.nKeys/2)
	var fl []*fullInfo
	var pids []string // the short names' ids, in the order first met
	pidNum := map[string]int32{}
	// Each entry's use, in the order of the articles: the lists of
	// articles are made in a second pass, each at its size (appends one
	// by one grew them again and again).
	nEntries := 0
	for _, a := range c.articles {
		nEntries += len(a.entries)
	}
	entryUse := make([]int32, 0, nEntries)
	var nFull, nPartial []int32 // entries of each of fl, of each of pids
	for _, a := range c.articles {
		for _, e := range a.entries {
			kn := c.keyNums.of(e.entryKey)
			u, ok := uses[kn], uses[kn] != 0
			if u > 0 {
				u--
			}
			if !ok && e.partial {
				p, ok := pidNum[e.id]
				if !ok {
					p = int32(len(pids))
					pidNum[e.id] = p
					pids = append(pids, e.id)
					nPartial = append(nPartial, 0)
				}
				u = -1 - p
				uses[kn] = u
			} else if !ok {
				f, ok := c.full[e.id]
				if !ok {
					if len(infos) == cap(infos) {
						infos = make([]fullInfo, 0, max(64, cap(infos)))
					}
					infos = append(infos, fullInfo{typ: e.typ, first: e.name, num: int32(len(fl))})
					f = &infos[len(infos)-1]
					c.full[e.id] = f
					fl = append(fl, f)
					nFull = append(nFull, 0)
				}
				// Sorted and made distinct below.
				k := key(e.name)
				f.keys = append(f.keys, k)
				u = int32(len(list))
				list = append(list, keyUse{f: f.num, name: k})
				uses[kn] = u + 1
				order = append(order, e.entryKey)
			}
			entryUse = append(entryUse, u)
			if u < 0 {
				nPartial[-1-u]++
			} else {
				list[u].n++
				nFull[list[u].f]++
			}
		}
	}
	fullOf := make([]int32, len(list))
	for u := range list {
		fullOf[u] = list[u].f
	}
	c.listArticles(entryUse, fullOf, fl, pids, nFull, nPartial)
	for i, k := range order {
		u, f := list[i], fl[list[i].f]
		// The names an entry yields as aliases are its key's (see
		// entry.allAliases); its counts are not read. Summed by key below.
		f.spelt.add(k.name, u.n)
		e := entry{entryKey: k}
		for name := range e.allAliases() {
			// Most often the one alias is the entry's own name, folded
			// already.
			k := u.name
			if name != e.name {
				k = key(name)
			}
			f.aliases = append(f.aliases, aliasCount{name: k, n: u.n})
		}
	}
	c.sortFulls()
}

// listArticles lists the articles of each full entity of fl and of each
// short name of pids, each list made at its size (nFull, nPartial) rather
// than grown by appends: entryUse is the use of each entry of each article
// in their order, an index in fullOf (the index in fl of each use) or -1
// less an index in pids.
func (c *corpus) listArticles(entryUse, fullOf []int32, fl []*fullInfo, pids []string, nFull, nPartial []int32) {
	fullArts, partial := cutLists(nFull, len(entryUse)), cutLists(nPartial, len(entryUse))
	j := 0
	for i, a := range c.articles {
		for range a.entries {
			if u := entryUse[j]; u < 0 {
				partial[-1-u] = append(partial[-1-u], i)
			} else {
				fullArts[fullOf[u]] = append(fullArts[fullOf[u]], i)
			}
			j++
		}
	}
	for i, f := range fl {
		f.articles = fullArts[i]
	}
	c.partial = make(map[string][]int, len(pids))
	for i, pid := range pids {
		c.partial[pid] = partial[i]
	}
}

// sortFulls makes fullIDs and fulls, and puts each full entity's keys and
// aliases in order, with the words of each key.
func (c *corpus) sortFulls() {
	c.fullIDs = sortedIDs(c.full)
	c.fulls = make([]*fullInfo, len(c.fullIDs))
	for i, id := range c.fullIDs {
		c.fulls[i] = c.full[id]
	}
	for _, f := range c.fulls {
		if len(f.keys) > 1 {
			slices.Sort(f.keys)
			f.keys = slices.Clip(slices.Compact(f.keys))
		}
		f.aliases = sumAliases(f.aliases)
		f.words = make([][]string, len(f.keys))
		for i, k := range f.keys {
			f.words[i] = strings.Fields(k)
		}
	}
}

// cutLists returns empty lists of capacities ns, cut from one block of at
// least total: an append past one's capacity makes a new array, so that
// none writes over the next.
func cutLists(ns []int32, total int) [][]int {
	block := make([]int, 0, total)
	out := make([][]int, len(ns))
	for i, n := range ns {
		end := len(block) + int(n)
		out[i] = block[len(block):len(block):end]
		block = block[:end]
	}
	return out
}

// sumAliases sorts list by key and sums the counts of each key, in place.
func sumAliases(list []aliasCount) []aliasCount {
	if len(list) < 2 {
		return list
	}
	slices.SortFunc(list, func(a, b aliasCount) int { return strings.Compare(a.name, b.name) })
	out := list[:1]
	for _, a := range list[1:] {
		if last := &out[len(out)-1]; last.name == a.name {
			last.n += a.n
		} else {
			out = append(out, a)
		}
	}
	return slices.Clip(out)
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
func (c *corpus) idf(k int32) float64 { return c.idfs[k] }

// profile is how many of the articles of an entity hold each context key:
// the keys it holds, sorted, with their counts. Sorted, it is read by
// merging with an article's sorted context keys or another profile, where
// a map cost a hash and a probe a key.
type profile []keyCount

// keyCount is a context key and a count.
type keyCount struct{ k, n int32 }

// profile returns how many of the articles of the full entity id hold each
// context key.
func (c *corpus) profile(id string) profile {
	if p, ok := c.profiles[id]; ok {
		return p
	}
	p := c.newProfile(id)
	if !c.profilesDone {
		c.profiles[id] = p
	}
	return p
}

// profileIn is profile of id through the cache ps rather than c.profiles,
// for a rule that runs beside others; the profiles are the same until
// linkPartials links articles to full names.
func (c *corpus) profileIn(ps map[string]profile, id string) profile {
	if p, ok := ps[id]; ok {
		return p
	}
	p := c.newProfile(id)
	ps[id] = p
	return p
}

// newProfile makes the profile of id from its articles.
func (c *corpus) newProfile(id string) profile {
	f, ok := c.full[id]
	if !ok {
		return nil
	}
	if len(f.articles) == 1 {
		ks := c.ctx[f.articles[0]]
		p := make(profile, len(ks))
		for i, k := range ks {
			p[i] = keyCount{k, 1}
		}
		return p
	}
	cnt := c.counter()
	defer c.counters.Put(cnt)
	for _, i := range f.articles {
		cnt.add(c.ctx[i], 1)
	}
	return cnt.take(nil)
}

// keyCounter counts context keys: a count by key number, and the keys
// counted, to read and clear them by.
type keyCounter struct {
	n    []int32 // by context key
	keys []int32
}

// counter returns a keyCounter of c's context keys, all counts 0; put it
// back in c.counters when done.
func (c *corpus) counter() *keyCounter {
	if x, ok := c.counters.Get().(*keyCounter); ok {
		return x
	}
	return &keyCounter{n: make([]int32, len(c.df))}
}

// add adds n to the count of each of ks.
func (x *keyCounter) add(ks []int32, n int32) {
	for _, k := range ks {
		x.addOne(k, n)
	}
}

// addOne adds n to the count of k.
func (x *keyCounter) addOne(k, n int32) {
	if x.n[k] == 0 {
		x.keys = append(x.keys, k)
	}
	x.n[k] += n
}

// take appends the counts to p, sorted by key, and clears them.
func (x *keyCounter) take(p profile) profile {
	slices.Sort(x.keys)
	if p == nil {
		p = make(profile, 0, len(x.keys))
	}
	for _, k := range x.keys {
		p = append(p, keyCount{k, x.n[k]})
		x.n[k] = 0
	}
	x.keys = x.keys[:0]
	return p
}

// withArticles returns p with the articles arts of c more: a new profile,
// p unchanged.
func (p profile) withArticles(c *corpus, arts []int) profile {
	cnt := c.counter()
	defer c.counters.Put(cnt)
	for _, kc := range p {
		cnt.addOne(kc.k, kc.n)
	}
	for _, i := range arts {
		cnt.add(c.ctx[i], 1)
	}
	return cnt.take(nil)
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
	ps := make([]profile, len(need))
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

func (e *evidence) add(c *corpus, k int32) {
	e.score += c.idf(k)
	if !c.country[k] {
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
	var buf [4]int32 // skip is one or two keys: no allocation
	skipped := buf[:0]
	for _, k := range skip {
		skipped = append(skipped, c.ctxKey(k))
	}
	own := c.ctxKey(id)
	var e evidence
	i := 0
	for _, k := range c.ctx[art] {
		for i < len(p) && p[i].k < k {
			i++
		}
		if i < len(p) && p[i].k == k && int(p[i].n) > self && !slices.Contains(skipped, k) && k != own {
			e.add(c, k)
		}
	}
	return e
}

// anyProfile is profile of an id given in full or as a short name: how
// many of the articles that give it either way hold each context key.
func (c *corpus) anyProfile(id string) profile {
	p := c.profile(id)
	f, full := c.full[id]
	cnt := c.counter()
	defer c.counters.Put(cnt)
	for _, i := range c.partial[id] {
		if full {
			if _, dup := slices.BinarySearch(f.articles, i); dup {
				continue
			}
		}
		cnt.add(c.ctx[i], 1)
	}
	if len(cnt.keys) == 0 {
		return p
	}
	for _, kc := range p {
		cnt.addOne(kc.k, kc.n)
	}
	return cnt.take(nil)
}

// sharedAny is shared of two ids given in full or as short names.
func (c *corpus) sharedAny(a, b string, skip ...string) evidence {
	return c.sharedIn(c.anyProfile(a), c.anyProfile(b), append(c.ctxKeys(skip...), c.ctxKey(a), c.ctxKey(b)))
}

// shared is the context evidence that two full entities are one: the
// summed rarity of what both their articles name, leaving out skip.
func (c *corpus) shared(a, b string, skip ...string) evidence {
	return c.sharedIn(c.profile(a), c.profile(b), append(c.ctxKeys(skip...), c.ctxKey(a), c.ctxKey(b)))
}

// sharedIn is the summed rarity of the context keys both profiles hold but
// skipped.
func (c *corpus) sharedIn(pa, pb profile, skipped []int32) evidence {
	// Both in key order, so that the sum is always the same.
	var e evidence
	j := 0
	for _, a := range pa {
		for j < len(pb) && pb[j].k < a.k {
			j++
		}
		if j < len(pb) && pb[j].k == a.k && pb[j].n > 0 && !slices.Contains(skipped, a.k) {
			e.add(c, a.k)
		}
	}
	return e
}
