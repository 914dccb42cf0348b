package graphstore

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/nergraph/nergraph/extract"
)

// Alias is one surface name of an entity and how often it was seen.
type Alias struct {
	Name  string
	Count int
}

// Node is one canonical entity of the graph.
type Node struct {
	ID       string
	Label    string
	Type     extract.Type
	ISO      string // ISO 3166-1 alpha-2, for countries
	Mentions int    // mentions over all articles
	Articles int    // articles that mention it
	Sources  int    // mentions in the role of a news source (credits)
	Aliases  []Alias
	First    time.Time // date of the earliest dated article that mentions it
	Last     time.Time // date of the latest dated article that mentions it
}

// Edge joins two entities mentioned in the same article. Source < Target.
type Edge struct {
	Source    string
	Target    string
	Weight    int      // articles that mention both
	Sentences int      // sentences that mention both
	NPMI      float64  // normalized pointwise mutual information over articles, in [-1, 1]
	Articles  []string // ids of the articles that mention both, sorted
}

// ArticleInfo is what the graph keeps of an article.
type ArticleInfo struct {
	ID     string
	Title  string
	Hash   string
	Date   time.Time
	Source string
	URL    string
}

// entry is what one article contributes about one entity.
type entry struct {
	id        string
	name      string
	typ       extract.Type
	iso       string
	partial   bool
	mentions  int
	sources   int
	aliases   map[string]int
	sentences []int // sorted, distinct
}

type article struct {
	info    ArticleInfo
	entries []entry // sorted by id
}

// Graph is an in-memory co-occurrence graph. It is not safe for concurrent
// use; add documents from one goroutine.
type Graph struct {
	articles []article
	seenHash map[string]bool
	seenID   map[string]bool

	frozen bool // made by NewView: nodes and edges are given, Add is refused
	dirty  bool
	remap  map[string]string // partial id → full id, from linkPartials
	nodes  []Node
	edges  []Edge
	index  map[string]int
}

// New returns an empty graph.
func New() *Graph {
	return &Graph{seenHash: map[string]bool{}, seenID: map[string]bool{}}
}

// Add counts the entities of doc and their co-mentions: it is
// [Graph.AddArticle] of what [Count] makes of doc. It reports false, and adds
// nothing, when an article with the same cleaned text or the same id was
// added before, and on a read-only graph made by [NewView] or [Graph.Filter].
func (g *Graph) Add(doc *extract.Doc) bool {
	if g.frozen || g.seenHash[doc.Hash] || g.seenID[doc.Article.ID] {
		return false // before the work of counting
	}
	a := Count(doc)
	return g.AddArticle(a.Info, a.Entities)
}

// AddArticle adds an article given by what it says about each of its
// entities, as [Count] sums them from an extracted document or as a store
// reads them back. Entities out of the order [ArticleCounts] asks for are
// put in it first (see [NormalizeEntities]). The graph keeps the Aliases maps
// and Sentences slices of ents: the caller must not change them afterwards.
//
// It reports false, and adds nothing, when an article with the same Hash
// (the cleaned text) or the same ID was added before, and on a read-only
// graph made by [NewView] or [Graph.Filter].
func (g *Graph) AddArticle(info ArticleInfo, ents []EntityCount) bool {
	if g.frozen || g.seenHash[info.Hash] || g.seenID[info.ID] {
		return false
	}
	g.seenHash[info.Hash] = true
	g.seenID[info.ID] = true
	ents = NormalizeEntities(ents)
	a := article{info: info, entries: make([]entry, len(ents))}
	for i, e := range ents {
		a.entries[i] = entry{id: e.ID, name: e.Name, typ: e.Type, iso: e.ISO, partial: e.Partial,
			mentions: e.Mentions, sources: e.Sources, aliases: e.Aliases, sentences: e.Sentences}
	}
	g.articles = append(g.articles, a)
	g.dirty = true
	return true
}

// Len returns the number of articles added.
func (g *Graph) Len() int { return len(g.articles) }

// Articles returns what the graph keeps of each article, sorted by ID.
func (g *Graph) Articles() []ArticleInfo {
	out := make([]ArticleInfo, len(g.articles))
	for i, a := range g.articles {
		out[i] = a.info
	}
	slices.SortFunc(out, func(x, y ArticleInfo) int { return cmp.Compare(x.ID, y.ID) })
	return out
}

// Nodes returns the nodes sorted by ID.
func (g *Graph) Nodes() []Node {
	g.finalize()
	return g.nodes
}

// Edges returns the edges sorted by Source, then Target.
func (g *Graph) Edges() []Edge {
	g.finalize()
	return g.edges
}

// Node returns the node with the given id.
func (g *Graph) Node(id string) (Node, bool) {
	g.finalize()
	i, ok := g.index[id]
	if !ok {
		return Node{}, false
	}
	return g.nodes[i], true
}

// finalize recomputes nodes and edges from the articles after a change. The
// result depends only on the set of articles, not on the order they came in.
func (g *Graph) finalize() {
	if !g.dirty && g.index != nil {
		return
	}
	remap := linkPartials(g.articles)
	g.remap = remap
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
	}
	nodes := map[string]*nodeAcc{}
	edges := map[[2]string]*edgeAcc{}
	for _, a := range g.articles {
		// Entries of one article after remapping, merged by id.
		merged := map[string]*entry{}
		var ids []string
		for _, e := range a.entries {
			id := e.id
			if to, ok := remap[id]; ok {
				id = to
			}
			m, ok := merged[id]
			if !ok {
				c := e
				c.id = id
				c.aliases = map[string]int{}
				c.sentences = nil
				c.mentions, c.sources = 0, 0
				m = &c
				merged[id] = m
				ids = append(ids, id)
			}
			m.mentions += e.mentions
			m.sources += e.sources
			for k, v := range e.aliases {
				m.aliases[k] += v
			}
			m.sentences = append(m.sentences, e.sentences...)
			if !e.partial {
				m.partial = false
				m.name, m.typ, m.iso = e.name, e.typ, e.iso
			}
		}
		slices.Sort(ids)
		for _, id := range ids {
			e := merged[id]
			slices.Sort(e.sentences)
			e.sentences = slices.Compact(e.sentences)
			n, ok := nodes[id]
			if !ok {
				n = &nodeAcc{Node: Node{ID: id, Type: e.typ, ISO: e.iso}, labels: map[string]int{}, partials: map[string]int{},
					types: map[extract.Type]int{}, partialTypes: map[extract.Type]int{}, aliases: map[string]int{}}
				nodes[id] = n
			}
			// The type most articles gave it, whatever order they came in.
			if e.partial {
				n.partialTypes[e.typ]++
			} else {
				n.types[e.typ] += typeVote(*e)
			}
			if e.iso != "" {
				n.ISO = e.iso
			}
			n.Mentions += e.mentions
			n.Articles++
			n.Sources += e.sources
			if e.partial {
				n.partials[e.name] += e.mentions
			} else {
				n.labels[e.name] += e.mentions
			}
			for k, v := range e.aliases {
				n.aliases[k] += v
			}
			if d := a.info.Date; !d.IsZero() {
				if n.First.IsZero() || d.Before(n.First) {
					n.First = d
				}
				if n.Last.IsZero() || d.After(n.Last) {
					n.Last = d
				}
			}
		}
		for i, x := range ids {
			for _, y := range ids[i+1:] {
				k := [2]string{x, y}
				ea, ok := edges[k]
				if !ok {
					ea = &edgeAcc{}
					edges[k] = ea
				}
				ea.articles = append(ea.articles, a.info.ID)
				ea.sentences += countCommon(merged[x].sentences, merged[y].sentences)
			}
		}
	}
	g.nodes = g.nodes[:0]
	for _, n := range nodes {
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
		g.nodes = append(g.nodes, n.Node)
	}
	slices.SortFunc(g.nodes, func(a, b Node) int { return cmp.Compare(a.ID, b.ID) })
	g.index = make(map[string]int, len(g.nodes))
	for i, n := range g.nodes {
		g.index[n.ID] = i
	}
	total := float64(len(g.articles))
	g.edges = g.edges[:0]
	for k, ea := range edges {
		slices.Sort(ea.articles)
		e := Edge{Source: k[0], Target: k[1], Weight: len(ea.articles), Sentences: ea.sentences, Articles: ea.articles}
		e.NPMI = npmi(float64(e.Weight), float64(g.nodes[g.index[k[0]]].Articles), float64(g.nodes[g.index[k[1]]].Articles), total)
		g.edges = append(g.edges, e)
	}
	slices.SortFunc(g.edges, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target))
	})
	g.dirty = false
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
