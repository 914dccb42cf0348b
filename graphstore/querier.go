package graphstore

import (
	"context"
	"sync"

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
}

func (q *graphQuerier) Lookup(ctx context.Context, name string) (Node, error) {
	if err := ctx.Err(); err != nil {
		return Node{}, err
	}
	return q.g.Lookup(name)
}

func (q *graphQuerier) Neighbors(ctx context.Context, id string) ([]Neighbor, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return q.g.Neighbors(id), nil
}

func (q *graphQuerier) Path(ctx context.Context, from, to string) ([]Hop, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return q.g.Path(from, to)
}

func (q *graphQuerier) Top(ctx context.Context, t extract.Type, n int) ([]Node, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return q.g.Top(t, n), nil
}

func (q *graphQuerier) ArticlesOf(ctx context.Context, ids ...string) ([]ArticleInfo, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return q.g.ArticlesOf(ids...), nil
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
