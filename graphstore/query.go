package graphstore

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract"
)

// ErrNoPath is returned by [Graph.Path] when no chain of co-mentions joins
// two entities.
var ErrNoPath = errors.New("no co-mention path")

// AmbiguousError is returned by [Graph.Lookup] for a name that several
// entities go by equally often.
type AmbiguousError struct {
	Name       string
	Candidates []string // ids, sorted
}

func (e *AmbiguousError) Error() string {
	return fmt.Sprintf("%q may be any of %s; give an id", e.Name, strings.Join(e.Candidates, ", "))
}

// Lookup finds the entity a user means by name: the entity with that id,
// else the one that goes by that name (an alias or its label, ignoring case)
// most often, preferring a label match on a tie. "Putin" thus finds the
// Vladimir Putin mentioned as "Putin" 30 times rather than a place called
// Putin once. It returns [ErrNoEntity] when none matches and an
// [*AmbiguousError] when several match equally well.
func (g *Graph) Lookup(name string) (Node, error) {
	f := g.finished()
	if n, ok := f.node(name); ok {
		return n, nil
	}
	return PickNode(name, f.nodes)
}

// PickNode applies the rule of [Graph.Lookup], after the id, to nodes: of
// those that go by name, as an alias or as their label or id (ignoring
// case), the one that goes by it most often, preferring a label or id match
// on a tie. A store that finds the candidates itself picks among them with
// it. It returns [ErrNoEntity] when none matches and an [*AmbiguousError]
// when several match equally well.
func PickNode(name string, nodes []Node) (Node, error) {
	type cand struct {
		n     Node
		count int
		label bool
	}
	var best []cand
	for _, n := range nodes {
		c := cand{n: n, label: strings.EqualFold(n.Label, name) || strings.EqualFold(n.ID, name)}
		for _, a := range n.Aliases {
			if strings.EqualFold(a.Name, name) {
				c.count += a.Count
			}
		}
		if c.count == 0 && !c.label {
			continue
		}
		switch {
		case len(best) == 0 || c.count > best[0].count:
			best = []cand{c}
		case c.count == best[0].count:
			best = append(best, c)
		}
	}
	if len(best) > 1 {
		var labeled []cand
		for _, c := range best {
			if c.label {
				labeled = append(labeled, c)
			}
		}
		if len(labeled) > 0 {
			best = labeled
		}
	}
	switch len(best) {
	case 0:
		return Node{}, fmt.Errorf("%w: %q", ErrNoEntity, name)
	case 1:
		return best[0].n, nil
	}
	ids := make([]string, len(best))
	for i, c := range best {
		ids[i] = c.n.ID
	}
	slices.Sort(ids)
	return Node{}, &AmbiguousError{Name: name, Candidates: ids}
}

// Neighbor is an entity mentioned with another, and the edge that joins them.
type Neighbor struct {
	Node Node
	Edge Edge
}

// Neighbors returns the entities mentioned with id, by decreasing edge
// weight, then sentences, then id. It returns none for an unknown id.
func (g *Graph) Neighbors(id string) []Neighbor {
	f := g.finished()
	var out []Neighbor
	for _, e := range f.edges {
		other := ""
		switch id {
		case e.Source:
			other = e.Target
		case e.Target:
			other = e.Source
		default:
			continue
		}
		n, _ := f.node(other)
		out = append(out, Neighbor{Node: n, Edge: e})
	}
	SortNeighbors(out)
	return out
}

// SortNeighbors sorts neighbors as [Graph.Neighbors] lists them: by
// decreasing edge weight, then sentences, then by id.
func SortNeighbors(nbs []Neighbor) {
	slices.SortFunc(nbs, func(a, b Neighbor) int {
		return cmp.Or(cmp.Compare(b.Edge.Weight, a.Edge.Weight), cmp.Compare(b.Edge.Sentences, a.Edge.Sentences),
			cmp.Compare(a.Node.ID, b.Node.ID))
	})
}

// Hop is one step of a [Graph.Path]: two entities and the edge between them.
type Hop struct {
	From, To Node
	Edge     Edge
}

// Path returns a shortest chain of co-mentions from one entity to another,
// as hops. Among chains of equal length the choice is fixed (the search
// tries heavier edges first, then smaller ids, from the target back), so
// the answer does not change from run to run. It
// returns [ErrNoPath] when none exists, [ErrNoEntity] for an unknown id, and
// no hops when from == to.
//
// This is a breadth-first search over the edges rather than
// github.com/dominikbraun/graph's ShortestPath: that one ranges over maps,
// so of several shortest paths it returns any, and the query's output would
// change between runs.
func (g *Graph) Path(from, to string) ([]Hop, error) {
	f := g.finished()
	for _, id := range []string{from, to} {
		if _, ok := f.node(id); !ok {
			return nil, fmt.Errorf("%w: %q", ErrNoEntity, id)
		}
	}
	if from == to {
		return nil, nil
	}
	edges := f.edges
	path, err := ShortestPath(edges, from, to)
	if err != nil {
		return nil, err
	}
	var hops []Hop
	id := from
	for _, ei := range path {
		e := edges[ei]
		next := e.Other(id)
		a, _ := f.node(id)
		b, _ := f.node(next)
		hops = append(hops, Hop{From: a, To: b, Edge: e})
		id = next
	}
	return hops, nil
}

// Other returns the end of e that is not id.
func (e Edge) Other(id string) string {
	if e.Source == id {
		return e.Target
	}
	return e.Source
}

// ShortestPath returns the indexes into edges of a shortest path from one
// node to another, in order, by breadth-first search, choosing among paths
// of equal length as [Graph.Path] does. Only the Source, Target and Weight
// of the edges matter. It returns [ErrNoPath] when none exists.
func ShortestPath(edges []Edge, from, to string) ([]int, error) {
	adj := map[string][]int{} // node id -> indexes of its edges
	for i, e := range edges {
		adj[e.Source] = append(adj[e.Source], i)
		adj[e.Target] = append(adj[e.Target], i)
	}
	for id, es := range adj {
		slices.SortFunc(es, func(a, b int) int {
			return cmp.Or(cmp.Compare(edges[b].Weight, edges[a].Weight), cmp.Compare(edges[a].Other(id), edges[b].Other(id)))
		})
	}
	// Search back from to, so that following prev from from walks forward.
	prev := map[string]int{to: -1}
	queue := []string{to}
	for len(queue) > 0 && !hasKey(prev, from) {
		id := queue[0]
		queue = queue[1:]
		for _, ei := range adj[id] {
			o := edges[ei].Other(id)
			if !hasKey(prev, o) {
				prev[o] = ei
				queue = append(queue, o)
			}
		}
	}
	if !hasKey(prev, from) {
		return nil, fmt.Errorf("%w from %s to %s", ErrNoPath, from, to)
	}
	var path []int
	for id := from; id != to; {
		ei := prev[id]
		path = append(path, ei)
		id = edges[ei].Other(id)
	}
	return path, nil
}

func hasKey[K comparable, V any](m map[K]V, k K) bool {
	_, ok := m[k]
	return ok
}

// Degrees returns the number of neighbors of each node, by id.
func (g *Graph) Degrees() map[string]int {
	d := map[string]int{}
	for _, e := range g.finished().edges {
		d[e.Source]++
		d[e.Target]++
	}
	return d
}

// Top returns the n entities of type typ (any type when empty) mentioned in
// the most articles, then with the most mentions, then by id; all of them
// when n <= 0.
func (g *Graph) Top(typ extract.Type, n int) []Node {
	var out []Node
	for _, nd := range g.finished().nodes {
		if typ == "" || strings.EqualFold(string(nd.Type), string(typ)) {
			out = append(out, nd)
		}
	}
	slices.SortFunc(out, func(a, b Node) int {
		return cmp.Or(cmp.Compare(b.Articles, a.Articles), cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(a.ID, b.ID))
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

// ArticlesOf returns the articles that mention every one of the entities
// ids, sorted by id, after partial names are linked as in [Graph.Nodes].
func (g *Graph) ArticlesOf(ids ...string) []ArticleInfo {
	link := g.finished().link
	var out []ArticleInfo
	for i, a := range g.articles {
		has := map[string]bool{}
		for _, e := range a.entries {
			has[link.to(i, e.id)] = true
		}
		all := true
		for _, id := range ids {
			all = all && has[id]
		}
		if all {
			out = append(out, a.public())
		}
	}
	slices.SortFunc(out, func(x, y ArticleInfo) int { return cmp.Compare(x.ID, y.ID) })
	return out
}
