package graphstore

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/nergraph/nergraph/extract"
)

// finalize computes the nodes and edges of the articles. The result depends
// only on the set of articles, not on the order they came in. It runs in
// phases: link partial names across articles, count each article's entities
// (merged by the id they are linked to) into nodes and their pairs into
// edges, then make the nodes (label, type and aliases by vote) and the edges
// (with NPMI, which needs the nodes' article counts).
func (g *Graph) finalize() *finished {
	link := &linking{remap: map[string]string{}}
	if !g.prelinked {
		link = linkCorpus(g.articles, g.keys)
	}
	acc := newAccumulator(g.window, link)
	acc.unsure = unsureNodes(g.articles, link)
	edgesCounted := acc.addAll(g.articles)
	// Only the articles with links of their own: CanonicalIn links any
	// other as it links an unknown one. A map of every article's id would
	// cost some 50 bytes an article.
	f := &finished{link: acc.link, articleIndex: map[string]int{}}
	for i, m := range acc.link.inArticle {
		if m != nil {
			f.articleIndex[g.articles[i].id] = i
		}
	}
	f.guarded = acc.guarded
	slices.Sort(f.guarded)
	f.unsure = len(acc.unsure)
	nodes, index, rank := acc.nodeList() // while the edges are still counted
	f.nodes, f.index = nodes, index
	edgesCounted()
	f.edges = acc.edgeList(nodes, rank, len(g.articles))
	return f
}

// accumulator sums the articles' entries into nodes and edges. Nodes are
// numbered as they come (byID), and an edge is keyed by the numbers of
// its ends: hashing one number pair is much cheaper than two strings, and
// an edge's articles are article indexes, lists the garbage collector need
// not scan. Both are put in id order when the lists are made.
type accumulator struct {
	window  Window
	guarded []string // articles counted with the sentence window by the guard
	link    *linking
	byID    map[string]int32 // node id → number
	nodes   []*nodeAcc       // by number
	edgeAt  map[uint64]int32 // edgeKey of its ends → index in edges
	edges   []edgeAcc
	more    [][]int32                // see edgeAcc
	rels    []map[relKey][]Statement // see edgeAcc
	votes   map[typedKey]int         // typeVote of each name and type seen
	// articleIDs are the ids of the articles counted, by index.
	articleIDs func(i int32) string
	// unsure are the ids of the nodes every entity of which, over all
	// the articles, the recognizer was unsure of: they are no nodes.
	unsure map[string]bool
}

type nodeAcc struct {
	Node
	labels   map[string]int
	partials map[string]int // labels from partial entries, used when there is no other
	types    map[extract.Type]int
	// Types of partial entries, used when there is no other: a lone
	// "Denver" says little about the Denver Nuggets.
	partialTypes map[extract.Type]int
	aliases      map[string]int
}

// edgeAcc is what the articles counted so far say of an edge. It holds no
// pointer, so that the garbage collector need not scan the slice of
// them, and its first article inline: most edges have one.
type edgeAcc struct {
	sentences int
	first     int32 // the index of its first article
	more      int32 // 1 + the index in accumulator.more of its other articles' indexes, in order; 0 for none
	rels      int32 // 1 + the index in accumulator.rels of its relations; 0 for none
}

// edgeKey is the map key of the edge between nodes x and y.
func edgeKey(x, y int32) uint64 { return uint64(uint32(x))<<32 | uint64(uint32(y)) }

// edgeKeyOf returns the nodes of an edgeKey.
func edgeKeyOf(k uint64) [2]int32 { return [2]int32{int32(k >> 32), int32(uint32(k))} }

func newAccumulator(w Window, link *linking) *accumulator {
	return &accumulator{window: w, link: link, byID: map[string]int32{}, edgeAt: map[uint64]int32{},
		votes: map[typedKey]int{}}
}

// addAll counts the articles. The edges are counted on a goroutine of
// their own, from batches of the articles' pairs (see edgeBatch) that
// this one sends in article order: the edge map, whose every lookup is a
// miss of the cache, is then off the path of the nodes' counting, and
// each edge is counted in article order as before. addAll returns when
// the nodes are counted, with a function that returns when the edges
// are.
func (acc *accumulator) addAll(articles []article) (edgesCounted func()) {
	acc.articleIDs = func(i int32) string { return articles[i].id }
	batches, free := make(chan *edgeBatch, 4), make(chan *edgeBatch, 6)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for b := range batches {
			acc.countEdges(b)
			select {
			case free <- b:
			default:
			}
		}
	}()
	b := &edgeBatch{}
	for i, a := range articles {
		acc.add(i, a, b)
		if len(b.pairs) >= edgeBatchSize {
			batches <- b
			select {
			case b = <-free:
				b.pairs, b.rels = b.pairs[:0], b.rels[:0]
			default:
				b = &edgeBatch{}
			}
		}
	}
	batches <- b
	close(batches)
	return func() { <-done }
}

// edgeBatchSize is about how many pairs an edgeBatch holds.
const edgeBatchSize = 8192

// edgeBatch is what some articles add to the edges: their pairs and their
// relations, in article order.
type edgeBatch struct {
	pairs []coPair
	rels  []relEvent
}

// coPair is two nodes mentioned together in an article.
type coPair struct {
	x, y   int32 // node numbers, x's id before y's
	art    int32 // the article's index
	common int32 // the sentences that mention both
}

// relEvent is a relation of an article on the edge of nodes x and y,
// counted after the first at pairs of its batch.
type relEvent struct {
	at   int
	x, y int32
	key  relKey
	st   Statement
}

// countEdges counts a batch into the edges.
func (acc *accumulator) countEdges(b *edgeBatch) {
	r := 0
	for p, pr := range b.pairs {
		for ; r < len(b.rels) && b.rels[r].at == p; r++ {
			acc.addRelation(&b.rels[r])
		}
		acc.countEdge(pr)
	}
	for ; r < len(b.rels); r++ {
		acc.addRelation(&b.rels[r])
	}
}

// typeVote is typeVote(*e), settled once for each name and type.
func (acc *accumulator) typeVote(e *entry) int {
	k := typedKey{e.name, e.typ}
	v, ok := acc.votes[k]
	if !ok {
		v = typeVote(*e)
		acc.votes[k] = v
	}
	return v
}

// typedKey is a name under a type.
type typedKey struct {
	name string
	typ  extract.Type
}

// node returns the number of node id, making the node from e when it is
// new.
func (acc *accumulator) node(id string, e *entry) int32 {
	n, ok := acc.byID[id]
	if !ok {
		n = int32(len(acc.nodes))
		acc.byID[id] = n
		acc.nodes = append(acc.nodes, newNodeAcc(id, e))
	}
	return n
}

// countEdge counts a pair into its edge.
func (acc *accumulator) countEdge(pr coPair) {
	k := edgeKey(pr.x, pr.y)
	i, ok := acc.edgeAt[k]
	if !ok {
		acc.edgeAt[k] = int32(len(acc.edges))
		acc.edges = append(acc.edges, edgeAcc{sentences: int(pr.common), first: pr.art})
		return
	}
	ea := &acc.edges[i]
	ea.sentences += int(pr.common)
	if ea.more == 0 {
		acc.more = append(acc.more, nil)
		ea.more = int32(len(acc.more))
	}
	acc.more[ea.more-1] = append(acc.more[ea.more-1], pr.art)
}

// add counts article i into the nodes, and its pairs and relations into
// b for countEdges.
func (acc *accumulator) add(i int, a article, b *edgeBatch) {
	ids, merged := mergeLinked(a.entries, func(id string) string { return acc.link.to(i, id) })
	// A node left out as unsure (acc.unsure) is no node and pairs with
	// none, but it still counts towards the article's size for the guard
	// of coMentions: the rule leaves nodes out, it does not change how the
	// article's other pairs are counted, and a store's cache, which learns
	// a node's status only as articles arrive, counts the same.
	nums := make([]int32, len(ids))
	for k, id := range ids {
		if acc.unsure[id] {
			nums[k] = -1
			continue
		}
		e := merged[id]
		nums[k] = acc.node(id, e)
		acc.nodes[nums[k]].count(e, a.date, acc.typeVote(e))
	}
	sents := make([][]int, len(ids))
	var buf []int // one backing array for the article's lists, mostly
	for k, id := range ids {
		start := len(buf)
		buf = merged[id].sentenceList(buf)
		sents[k] = buf[start:len(buf):len(buf)]
	}
	var paras []int
	if acc.window.Paragraph {
		paras = a.paragraphs(nil)
	}
	guarded := coMentions(sents, paras, acc.window, func(x, y int) {
		if nums[x] < 0 || nums[y] < 0 {
			return
		}
		// ids sorted, so x's is before y's
		b.pairs = append(b.pairs, coPair{nums[x], nums[y], int32(i), int32(countCommon(sents[x], sents[y]))})
	})
	if guarded {
		acc.guarded = append(acc.guarded, a.id)
	}
	acc.addRelations(i, a, b)
}

// mergeLinked merges the entries of one article by the id each is linked
// to, and returns those ids sorted. An id of one entry (the common case)
// shares that entry's aliases and sentences; the entries of an id of more
// are summed into new ones.
func mergeLinked(entries []entry, to func(string) string) ([]string, map[string]*entry) {
	merged := make(map[string]*entry, len(entries))
	type sum struct {
		aliases map[string]int
		sents   []int
	}
	var sums map[string]*sum
	var ids []string
	for _, e := range entries {
		id := to(e.id)
		m, ok := merged[id]
		if !ok {
			c := e
			if id != e.id {
				c = e.withKey(func(k *entryKey) { k.id = id })
			}
			merged[id] = &c
			ids = append(ids, id)
			continue
		}
		s, ok := sums[id]
		if !ok {
			s = &sum{aliases: map[string]int{}, sents: m.sentenceList(nil)}
			*m = m.withKey(func(*entryKey) {}) // its own, to change
			for k, v := range m.allAliases() {
				s.aliases[k] += v
			}
			if sums == nil {
				sums = map[string]*sum{}
			}
			sums[id] = s
		}
		m.mentions += e.mentions
		m.sources += e.sources
		for k, v := range e.allAliases() {
			s.aliases[k] += v
		}
		s.sents = e.sentenceList(s.sents)
		m.unsure = m.unsure && e.unsure
		if !e.partial {
			m.partial = false
			m.name, m.typ, m.iso = e.name, e.typ, e.iso
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		s, ok := sums[id]
		if !ok {
			continue
		}
		m := merged[id]
		m.sentences = encodeSentences(sortedSet(s.sents))
		list := make([]aliasCount, 0, len(s.aliases))
		for k, v := range s.aliases {
			list = append(list, aliasCount{name: k, n: v})
		}
		m.aliases, m.listed = encodeAliases(list), true
	}
	if sums != nil {
		keepOwnNames(entries, merged, to)
	}
	return ids, merged
}

// unsureNodes returns the ids, as linked, of the nodes every entry of
// which is unsure (the per-node confidence rule of extract.WithMinConfidence):
// a name the recognizer was sure of in one article keeps the articles
// where it was not. It is nil, at the cost of one look at each entry,
// when no entry is unsure.
func unsureNodes(articles []article, link *linking) map[string]bool {
	found := false
	for _, a := range articles {
		for _, e := range a.entries {
			found = found || e.unsure
		}
	}
	if !found {
		return nil
	}
	sure, unsure := map[string]bool{}, map[string]bool{}
	for i, a := range articles {
		for _, e := range a.entries {
			id := link.to(i, e.id)
			if e.unsure {
				unsure[id] = true
			} else {
				sure[id] = true
			}
		}
	}
	for id := range sure {
		delete(unsure, id)
	}
	return unsure
}

// nodeISO returns the ISO code of an entry that is a node's: a country's,
// not the state a town's article writes after it (see stateAfter).
func nodeISO(iso string) string {
	if strings.Contains(iso, "-") {
		return ""
	}
	return iso
}

func newNodeAcc(id string, e *entry) *nodeAcc {
	return &nodeAcc{Node: Node{ID: id, Type: e.typ, ISO: nodeISO(e.iso)}, labels: map[string]int{}, partials: map[string]int{},
		types: map[extract.Type]int{}, partialTypes: map[extract.Type]int{}, aliases: map[string]int{}}
}

// count adds what one article says of the node's entity; vote is
// typeVote(*e).
func (n *nodeAcc) count(e *entry, date time.Time, vote int) {
	// The type most articles gave it, whatever order they came in.
	if e.partial {
		n.partialTypes[e.typ]++
		n.partials[e.name] += int(e.mentions)
	} else {
		n.types[e.typ] += vote
		n.labels[e.name] += int(e.mentions)
	}
	if iso := nodeISO(e.iso); iso != "" {
		n.ISO = iso
	}
	n.Mentions += int(e.mentions)
	n.Articles++
	n.Sources += int(e.sources)
	for k, v := range e.allAliases() {
		n.aliases[k] += v
	}
	if !date.IsZero() {
		if n.First.IsZero() || date.Before(n.First) {
			n.First = date
		}
		if n.Last.IsZero() || date.After(n.Last) {
			n.Last = date
		}
	}
}

// nodeList makes the nodes, sorted by id, and their index. It returns
// too the position of each node number in that order.
func (acc *accumulator) nodeList() ([]Node, map[string]int, []int32) {
	order := make([]int32, len(acc.nodes)) // node numbers in id order
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return cmp.Compare(acc.nodes[a].ID, acc.nodes[b].ID) })
	rank := make([]int32, len(acc.nodes))
	for r, n := range order {
		rank[n] = int32(r)
	}
	nodes := make([]Node, len(order))
	inParallel(len(order), 1024, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			nodes[r] = acc.nodes[order[r]].node()
		}
	})
	acc.mendMisspeltLabels(nodes, order)
	index := make(map[string]int, len(nodes))
	for i, n := range nodes {
		index[n.ID] = i
	}
	return nodes, index, rank
}

// node settles the label, type and aliases of a node by vote.
func (n *nodeAcc) node() Node {
	n.Label = bestLabel(n.labels)
	if len(n.labels) == 0 {
		n.Label = bestLabel(n.partials)
	}
	n.Type = bestType(n.types)
	if len(n.types) == 0 {
		n.Type = bestType(n.partialTypes)
	}
	// The id says the type the names were voted into ("person:" or
	// "org:"); the node must not say another.
	if t, ok := idType(n.ID); ok && t != n.Type {
		n.Type = t
	}
	for k, v := range n.aliases {
		n.Aliases = append(n.Aliases, Alias{Name: k, Count: v})
	}
	slices.SortFunc(n.Aliases, func(a, b Alias) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Name, b.Name))
	})
	return n.Node
}

// edgeList makes the edges, sorted by source and target, with the NPMI of
// each over all articles. nodes are in id order and rank gives the
// position there of each node number, as nodeList returns them.
func (acc *accumulator) edgeList(nodes []Node, rank []int32, articles int) []Edge {
	// Positions in id order sort as the ids do: sort by the number pair.
	type at struct {
		key uint64
		i   int32
	}
	order := make([]at, 0, len(acc.edges))
	for k, i := range acc.edgeAt {
		order = append(order, at{edgeKey(rank[k>>32], rank[uint32(k)]), i})
	}
	slices.SortFunc(order, func(a, b at) int { return cmp.Compare(a.key, b.key) })
	// The articles of every edge in one backing array, each edge's sorted
	// by id: by rank in id order, which the indexes map to.
	artRank := acc.articleRanks(articles)
	byRank := make([]string, articles)
	for i, r := range artRank {
		byRank[r] = acc.articleIDs(int32(i))
	}
	starts := make([]int, len(order)+1)
	for p, o := range order {
		ea := &acc.edges[o.i]
		starts[p+1] = starts[p] + 1
		if ea.more > 0 {
			starts[p+1] += len(acc.more[ea.more-1])
		}
	}
	ids := make([]string, starts[len(order)])
	total := float64(articles)
	edges := make([]Edge, len(order))
	inParallel(len(order), 4096, func(lo, hi int) {
		for p := lo; p < hi; p++ {
			ea := &acc.edges[order[p].i]
			arts := ids[starts[p]:starts[p+1]:starts[p+1]]
			if ea.more == 0 {
				arts[0] = byRank[artRank[ea.first]]
			} else {
				// The ranks, in place: the indexes are not read again.
				rs := append(acc.more[ea.more-1], ea.first)
				for k, i := range rs {
					rs[k] = artRank[i]
				}
				slices.Sort(rs)
				for k, r := range rs {
					arts[k] = byRank[r]
				}
			}
			k := edgeKeyOf(order[p].key)
			x, y := nodes[k[0]], nodes[k[1]]
			var rels []LinkRelation
			if ea.rels > 0 {
				rels = relationList(acc.rels[ea.rels-1])
			}
			edges[p] = Edge{Source: x.ID, Target: y.ID, Weight: len(arts), Sentences: ea.sentences, Articles: arts,
				Relations: rels, NPMI: npmi(float64(len(arts)), float64(x.Articles), float64(y.Articles), total)}
		}
	})
	return edges
}

// articleRanks returns the position of each article index in the order of
// the articles' ids.
func (acc *accumulator) articleRanks(articles int) []int32 {
	order := make([]int32, articles)
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return cmp.Compare(acc.articleIDs(a), acc.articleIDs(b)) })
	rank := make([]int32, articles)
	for r, i := range order {
		rank[i] = int32(r)
	}
	return rank
}

// bestType picks the type given by the most articles, breaking ties by
// typeRank.
func bestType(types map[extract.Type]int) extract.Type {
	var best extract.Type
	for t, n := range types {
		if best == "" || n > types[best] || n == types[best] && (typeRank(t) > typeRank(best) || typeRank(t) == typeRank(best) && t < best) {
			best = t
		}
	}
	return best
}

// bestLabel picks the most frequent name, breaking ties by the longer, then
// the lexically smaller name.
func bestLabel(labels map[string]int) string {
	best, bestN := "", -1
	for name, n := range labels {
		if n > bestN || (n == bestN && (len(name) > len(best) || (len(name) == len(best) && name < best))) {
			best, bestN = name, n
		}
	}
	return best
}

// countCommon counts the values two sorted slices share.
func countCommon(a, b []int) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// npmi is the normalized pointwise mutual information of two entities
// mentioned together in nxy of n articles, with nx and ny articles each.
// It is 1 when they always appear together and 0 when independent.
func npmi(nxy, nx, ny, n float64) float64 {
	if nxy == 0 || n == 0 {
		return -1
	}
	pxy := nxy / n
	if pxy >= 1 {
		return 1
	}
	v := math.Log(pxy/((nx/n)*(ny/n))) / -math.Log(pxy)
	return math.Round(v*1e6) / 1e6
}

// idType returns the type an entity id's prefix names.
func idType(id string) (extract.Type, bool) {
	prefix, _, ok := strings.Cut(id, ":")
	if !ok {
		return "", false
	}
	return extract.ParseType(prefix)
}
