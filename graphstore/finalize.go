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
		link = linkCorpus(g.articles)
	}
	acc := accumulator{
		window: g.window,
		link:   link,
		nodes:  map[string]*nodeAcc{},
		edges:  map[[2]string]*edgeAcc{},
	}
	for i, a := range g.articles {
		acc.add(i, a)
	}
	// Only the articles with links of their own: CanonicalIn links any
	// other as it links an unknown one. A map of every article's id would
	// cost some 50 bytes an article.
	f := &finished{link: acc.link, articleIndex: map[string]int{}}
	for i, m := range acc.link.inArticle {
		if m != nil {
			f.articleIndex[g.articles[i].info.ID] = i
		}
	}
	f.guarded = acc.guarded
	slices.Sort(f.guarded)
	f.nodes, f.index = acc.nodeList()
	f.edges = acc.edgeList(f.nodes, f.index, len(g.articles))
	return f
}

// accumulator sums the articles' entries into nodes and edges.
type accumulator struct {
	window  Window
	guarded []string // articles counted with the sentence window by the guard
	link    *linking
	nodes   map[string]*nodeAcc
	edges   map[[2]string]*edgeAcc
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

type edgeAcc struct {
	sentences int
	articles  []string
	rels      map[relKey][]Statement
}

// add counts article i.
func (acc *accumulator) add(i int, a article) {
	ids, merged := mergeLinked(a.entries, func(id string) string { return acc.link.to(i, id) })
	for _, id := range ids {
		acc.countNode(id, merged[id], a.info.Date)
	}
	sents := make([][]int, len(ids))
	var buf []int // one backing array for the article's lists, mostly
	for k, id := range ids {
		start := len(buf)
		buf = merged[id].sentenceList(buf)
		sents[k] = buf[start:len(buf):len(buf)]
	}
	guarded := coMentions(sents, a.paragraphs(), acc.window, func(i, j int) {
		x, y := ids[i], ids[j] // sorted, so x < y
		k := [2]string{x, y}
		ea, ok := acc.edges[k]
		if !ok {
			ea = &edgeAcc{}
			acc.edges[k] = ea
		}
		ea.articles = append(ea.articles, a.info.ID)
		ea.sentences += countCommon(sents[i], sents[j])
	})
	if guarded {
		acc.guarded = append(acc.guarded, a.info.ID)
	}
	acc.addRelations(i, a)
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
	return ids, merged
}

// countNode adds what one article says of an entity to its node.
func (acc *accumulator) countNode(id string, e *entry, date time.Time) {
	n, ok := acc.nodes[id]
	if !ok {
		n = newNodeAcc(id, e)
		acc.nodes[id] = n
	}
	n.count(e, date)
}

func newNodeAcc(id string, e *entry) *nodeAcc {
	return &nodeAcc{Node: Node{ID: id, Type: e.typ, ISO: e.iso}, labels: map[string]int{}, partials: map[string]int{},
		types: map[extract.Type]int{}, partialTypes: map[extract.Type]int{}, aliases: map[string]int{}}
}

// count adds what one article says of the node's entity.
func (n *nodeAcc) count(e *entry, date time.Time) {
	// The type most articles gave it, whatever order they came in.
	if e.partial {
		n.partialTypes[e.typ]++
		n.partials[e.name] += e.mentions
	} else {
		n.types[e.typ] += typeVote(*e)
		n.labels[e.name] += e.mentions
	}
	if e.iso != "" {
		n.ISO = e.iso
	}
	n.Mentions += e.mentions
	n.Articles++
	n.Sources += e.sources
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

// nodeList makes the nodes, sorted by id, and their index.
func (acc *accumulator) nodeList() ([]Node, map[string]int) {
	nodes := make([]Node, 0, len(acc.nodes))
	for _, n := range acc.nodes {
		nodes = append(nodes, n.node())
	}
	slices.SortFunc(nodes, func(a, b Node) int { return cmp.Compare(a.ID, b.ID) })
	index := make(map[string]int, len(nodes))
	for i, n := range nodes {
		index[n.ID] = i
	}
	return nodes, index
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
// each over all articles.
func (acc *accumulator) edgeList(nodes []Node, index map[string]int, articles int) []Edge {
	total := float64(articles)
	edges := make([]Edge, 0, len(acc.edges))
	for k, ea := range acc.edges {
		slices.Sort(ea.articles)
		e := Edge{Source: k[0], Target: k[1], Weight: len(ea.articles), Sentences: ea.sentences, Articles: ea.articles,
			Relations: relationList(ea.rels)}
		e.NPMI = npmi(float64(e.Weight), float64(nodes[index[k[0]]].Articles), float64(nodes[index[k[1]]].Articles), total)
		edges = append(edges, e)
	}
	slices.SortFunc(edges, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target))
	})
	return edges
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
