package graphstore

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/nergraph/nergraph/extract"
)

// Querier answers the questions of "nergraph query". [QuerierOf] answers
// from a graph in memory; a [Store] answers from its cache of its graph,
// with the same answers, without loading the graph. A backend's answers
// follow the rules of [PickNode], [SortNeighbors] and [ShortestPath], which
// the graph's own methods follow too.
//
// The methods take a context for the backends that ask a database; a
// cancelled context makes them fail with an error wrapping its error.
type Querier interface {
	// Lookup finds an entity as [Graph.Lookup] does.
	Lookup(ctx context.Context, name string) (Node, error)
	// Neighbors lists the entities mentioned with id as [Graph.Neighbors].
	Neighbors(ctx context.Context, id string) ([]Neighbor, error)
	// Path finds a shortest chain of co-mentions as [Graph.Path].
	Path(ctx context.Context, from, to string) ([]Hop, error)
	// Top lists the most mentioned entities as [Graph.Top].
	Top(ctx context.Context, typ extract.Type, n int) ([]Node, error)
	// Degree returns the number of neighbors of id, 0 for an unknown id.
	Degree(ctx context.Context, id string) (int, error)
	// ArticlesOf lists the articles that mention all ids as [Graph.ArticlesOf].
	ArticlesOf(ctx context.Context, ids ...string) ([]ArticleInfo, error)
	// Relations lists the relations of one entity, or between two, with
	// their statements, as [Graph.Relations].
	Relations(ctx context.Context, ids ...string) ([]LinkRelation, error)
}

// QuerierOf returns a [Querier] that answers from g. Like g, it is safe for
// concurrent use once adding is done.
func QuerierOf(g *Graph) Querier { return &graphQuerier{g: g} }

type graphQuerier struct {
	g       *Graph
	degOnce sync.Once
	deg     map[string]int
	adjOnce sync.Once
	adj     map[string][]int // the edges of each node, by index
	topOnce sync.Once
	top     []Node // every node in the order of Top
	keyOnce sync.Once
	byKey   map[string][]int // nodes by the fold keys of their label, id and aliases
	artOnce sync.Once
	artsOf  map[string][]int // the articles of each entity, by index, ascending
}

// Lookup answers as [Graph.Lookup] does, from an index of the names of
// every node made at the first call: PickNode among the nodes that go by
// name ignoring case, which are those PickNode would pick from.
func (q *graphQuerier) Lookup(ctx context.Context, name string) (Node, error) {
	if err := ctx.Err(); err != nil {
		return Node{}, err
	}
	f := q.g.finished()
	if n, ok := f.node(name); ok {
		return n, nil
	}
	q.keyOnce.Do(func() {
		q.byKey = map[string][]int{}
		for i, n := range f.nodes {
			keys := map[string]bool{foldKey(n.Label): true, foldKey(n.ID): true}
			for _, a := range n.Aliases {
				keys[foldKey(a.Name)] = true
			}
			for k := range keys {
				q.byKey[k] = append(q.byKey[k], i)
			}
		}
	})
	var cands []Node
	for _, i := range q.byKey[foldKey(name)] {
		cands = append(cands, f.nodes[i])
	}
	return PickNode(name, cands)
}

// foldKey maps s to a key that another string has if and only if
// [strings.EqualFold] holds between them: each rune becomes the smallest
// rune of its case-folding orbit.
func foldKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		b.WriteRune(least)
	}
	return b.String()
}

// Neighbors answers as [Graph.Neighbors] does, from an index of each
// node's edges in the order of [SortNeighbors], made at the first call,
// rather than by a pass over every edge and a sort: a server asks it many
// times of one graph.
func (q *graphQuerier) Neighbors(ctx context.Context, id string) ([]Neighbor, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	f := q.g.finished()
	q.adjOnce.Do(func() {
		q.adj = make(map[string][]int, len(f.nodes))
		for i, e := range f.edges {
			q.adj[e.Source] = append(q.adj[e.Source], i)
			q.adj[e.Target] = append(q.adj[e.Target], i)
		}
		// In the order of SortNeighbors, once for all.
		for id, list := range q.adj {
			slices.SortFunc(list, func(i, j int) int {
				a, b := f.edges[i], f.edges[j]
				return cmp.Or(cmp.Compare(b.Weight, a.Weight), cmp.Compare(b.Sentences, a.Sentences),
					cmp.Compare(a.Other(id), b.Other(id)))
			})
		}
	})
	list := q.adj[id]
	if len(list) == 0 {
		return nil, nil
	}
	out := make([]Neighbor, len(list))
	for k, i := range list {
		e := f.edges[i]
		n, _ := f.node(e.Other(id))
		out[k] = Neighbor{Node: n, Edge: e}
	}
	return out, nil
}

func (q *graphQuerier) Path(ctx context.Context, from, to string) ([]Hop, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return q.g.Path(from, to)
}

// Top answers as [Graph.Top] does, from the nodes sorted once at the first
// call: the order is total, so the first n of a type in it are the n that
// sorting the nodes of that type would give.
func (q *graphQuerier) Top(ctx context.Context, t extract.Type, n int) ([]Node, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	q.topOnce.Do(func() { q.top = q.g.Top("", 0) })
	var out []Node
	for _, nd := range q.top {
		if n > 0 && len(out) == n {
			break
		}
		if t == "" || strings.EqualFold(string(nd.Type), string(t)) {
			out = append(out, nd)
		}
	}
	return out, nil
}

// ArticlesOf answers as [Graph.ArticlesOf] does, from an index of the
// articles of each entity (after partial names are linked) made at the
// first call.
func (q *graphQuerier) ArticlesOf(ctx context.Context, ids ...string) ([]ArticleInfo, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return q.g.ArticlesOf(), nil
	}
	q.artOnce.Do(func() {
		link := q.g.finished().link
		q.artsOf = map[string][]int{}
		for i, a := range q.g.articles {
			for _, e := range a.entries {
				id := link.to(i, e.id)
				if list := q.artsOf[id]; len(list) == 0 || list[len(list)-1] != i {
					q.artsOf[id] = append(list, i)
				}
			}
		}
	})
	common := q.artsOf[ids[0]]
	for _, id := range ids[1:] {
		common = intersect(common, q.artsOf[id])
	}
	out := make([]ArticleInfo, 0, len(common))
	for _, i := range common {
		out = append(out, q.g.articles[i].public())
	}
	slices.SortFunc(out, func(x, y ArticleInfo) int { return cmp.Compare(x.ID, y.ID) })
	return out, nil
}

// intersect returns the numbers in both ascending lists.
func intersect(a, b []int) []int {
	var out []int
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	return out
}

func (q *graphQuerier) Relations(ctx context.Context, ids ...string) ([]LinkRelation, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return q.g.Relations(ids...), nil
}

func (q *graphQuerier) Degree(ctx context.Context, id string) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	q.degOnce.Do(func() { q.deg = q.g.Degrees() })
	return q.deg[id], nil
}
