package graphstore

import (
	"cmp"
	"errors"
	"fmt"
	"slices"

	"github.com/nergraph/nergraph/extract"
)

// ErrNoEntity is returned by [Graph.Filter] when the ego entity names no node.
var ErrNoEntity = errors.New("no such entity")

// Filter selects part of a graph for export. The zero Filter keeps everything.
//
// The steps run in this order: Types and MinMentions drop nodes, MinWeight
// drops edges, Ego keeps the neighbourhood of one entity, Top keeps the most
// connected entities, and finally, when any step is set, nodes left without an
// edge are dropped.
type Filter struct {
	Types       []extract.Type // keep only nodes of these types; empty keeps all
	MinWeight   int            // keep only edges seen in at least this many articles
	MinMentions int            // keep only nodes mentioned at least this many times
	Top         int            // keep the Top nodes with the most edges; 0 keeps all
	Ego         string         // keep the neighbourhood of the entity with this id, name or alias
	Depth       int            // how many edges away from Ego to go; 0 means 1
}

// IsZero reports whether f keeps the whole graph.
func (f Filter) IsZero() bool {
	return len(f.Types) == 0 && f.MinWeight <= 0 && f.MinMentions <= 0 && f.Top <= 0 && f.Ego == ""
}

// NewView returns a read-only graph made of the given nodes, edges and
// articles, as [Graph.Filter] does and as a store that saved them may. The
// slices are copied and sorted. Add on the result adds nothing and returns
// false. It fails on a duplicate node id, an edge whose Source is not before
// its Target, a duplicate edge, or an edge naming a node that is not given.
func NewView(nodes []Node, edges []Edge, articles []ArticleInfo) (*Graph, error) {
	f := &finished{nodes: slices.Clone(nodes), edges: slices.Clone(edges), index: make(map[string]int, len(nodes))}
	slices.SortFunc(f.nodes, func(a, b Node) int { return cmp.Compare(a.ID, b.ID) })
	for i, n := range f.nodes {
		if i > 0 && f.nodes[i-1].ID == n.ID {
			return nil, fmt.Errorf("duplicate node %q", n.ID)
		}
		f.index[n.ID] = i
	}
	slices.SortFunc(f.edges, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target))
	})
	for i, e := range f.edges {
		if e.Source >= e.Target {
			return nil, fmt.Errorf("edge %q -- %q: source must sort before target", e.Source, e.Target)
		}
		if i > 0 && f.edges[i-1].Source == e.Source && f.edges[i-1].Target == e.Target {
			return nil, fmt.Errorf("duplicate edge %q -- %q", e.Source, e.Target)
		}
		for _, id := range []string{e.Source, e.Target} {
			if _, ok := f.index[id]; !ok {
				return nil, fmt.Errorf("edge %q -- %q: no node %q", e.Source, e.Target, id)
			}
		}
	}
	g := &Graph{frozen: true, articles: make([]article, len(articles))}
	for i, a := range articles {
		g.articles[i] = newArticle(a)
	}
	slices.SortFunc(g.articles, func(x, y article) int { return cmp.Compare(x.id, y.id) })
	g.fin.Store(f)
	return g, nil
}

// Filter returns the part of g that f selects, as a read-only graph (see
// [NewView]); g is not changed. Node and edge values (mentions, weights,
// NPMI) are those of g: filtering drops things, it does not recount them.
// The articles kept are those that some kept edge cites.
//
// Ego is found as [Graph.Lookup] finds a name. Filter fails when a number
// is negative, and when Ego matches no entity ([ErrNoEntity]), several
// ([*AmbiguousError]), or one that the other steps drop.
func (g *Graph) Filter(f Filter) (*Graph, error) {
	if f.MinWeight < 0 || f.MinMentions < 0 || f.Top < 0 || f.Depth < 0 {
		return nil, errors.New("negative number in filter")
	}
	fin := g.finished()
	nodes, edges := fin.nodes, fin.edges
	if f.IsZero() {
		return g.view(fin), nil
	}
	keep := map[string]bool{}
	for _, n := range nodes {
		if (len(f.Types) == 0 || slices.Contains(f.Types, n.Type)) && n.Mentions >= f.MinMentions {
			keep[n.ID] = true
		}
	}
	var kept []Edge
	for _, e := range edges {
		if keep[e.Source] && keep[e.Target] && e.Weight >= f.MinWeight {
			kept = append(kept, e)
		}
	}
	ego := ""
	if f.Ego != "" {
		n, err := g.Lookup(f.Ego)
		if err != nil {
			return nil, fmt.Errorf("ego: %w", err)
		}
		id := n.ID
		if !keep[id] {
			return nil, fmt.Errorf("ego: entity %q (%s) is excluded by the type or mention filters", f.Ego, id)
		}
		ego = id
		keep = neighbourhood(ego, max(f.Depth, 1), kept)
		kept = slices.DeleteFunc(kept, func(e Edge) bool { return !keep[e.Source] || !keep[e.Target] })
	}
	if f.Top > 0 {
		keep = topConnected(keep, kept, f.Top, ego)
		kept = slices.DeleteFunc(kept, func(e Edge) bool { return !keep[e.Source] || !keep[e.Target] })
	}
	// Drop isolated nodes: keep only the ends of kept edges.
	linked := map[string]bool{}
	cited := map[string]bool{}
	for _, e := range kept {
		linked[e.Source], linked[e.Target] = true, true
		for _, a := range e.Articles {
			cited[a] = true
		}
	}
	var outNodes []Node
	for _, n := range nodes {
		if linked[n.ID] {
			outNodes = append(outNodes, n)
		}
	}
	var arts []ArticleInfo
	for _, a := range g.Articles() {
		if cited[a.ID] {
			arts = append(arts, a)
		}
	}
	return NewView(outNodes, kept, arts)
}

// view returns the read-only graph of all of g, as NewView would make it
// of g's nodes, edges and articles, sharing fin's nodes and edges (which
// never change) rather than copying them: a zero filter is what build and
// export run, at their peak of memory.
func (g *Graph) view(fin *finished) *Graph {
	arts := make([]article, len(g.articles))
	for i, a := range g.articles {
		arts[i] = a.infoOnly()
	}
	slices.SortFunc(arts, func(x, y article) int { return cmp.Compare(x.id, y.id) })
	v := &Graph{frozen: true, articles: arts}
	v.fin.Store(&finished{nodes: fin.nodes, edges: fin.edges, index: fin.index})
	return v
}

// neighbourhood returns the nodes at most depth edges away from start.
func neighbourhood(start string, depth int, edges []Edge) map[string]bool {
	adj := map[string][]string{}
	for _, e := range edges {
		adj[e.Source] = append(adj[e.Source], e.Target)
		adj[e.Target] = append(adj[e.Target], e.Source)
	}
	seen := map[string]bool{start: true}
	frontier := []string{start}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []string
		for _, id := range frontier {
			for _, nb := range adj[id] {
				if !seen[nb] {
					seen[nb] = true
					next = append(next, nb)
				}
			}
		}
		frontier = next
	}
	return seen
}

// topConnected keeps the n nodes of keep with the most edges, breaking ties
// by the summed weight of their edges, then by id. The node must, if set, is
// kept whatever its rank.
func topConnected(keep map[string]bool, edges []Edge, n int, must string) map[string]bool {
	type score struct {
		id             string
		degree, weight int
	}
	scores := map[string]*score{}
	for id := range keep {
		scores[id] = &score{id: id}
	}
	for _, e := range edges {
		for _, id := range []string{e.Source, e.Target} {
			scores[id].degree++
			scores[id].weight += e.Weight
		}
	}
	ranked := make([]*score, 0, len(scores))
	for _, s := range scores {
		ranked = append(ranked, s)
	}
	slices.SortFunc(ranked, func(a, b *score) int {
		return cmp.Or(cmp.Compare(b.degree, a.degree), cmp.Compare(b.weight, a.weight), cmp.Compare(a.id, b.id))
	})
	out := map[string]bool{}
	if must != "" {
		out[must] = true
	}
	for _, s := range ranked {
		if len(out) >= n {
			break
		}
		out[s.id] = true
	}
	return out
}
