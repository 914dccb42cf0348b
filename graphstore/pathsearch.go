package graphstore

import (
	"cmp"
	"context"
	"fmt"
	"slices"
)

// Arc is an edge as [SearchPath] sees it from one of its ends: the node at
// the other end and the edge's weight.
type Arc[K comparable] struct {
	To     K
	Weight int
}

// SearchPath finds the path [ShortestPath] finds from one node to another,
// the same hops in the same order, while asking for the edges of only some
// nodes: it suits a store that keeps its edges in a table indexed by node,
// where reading every edge for each question would be slow. Nodes are known
// by keys of the store's choosing; arcs returns the edges of a node, and ids
// the ids of some nodes, which break ties between equally heavy edges as in
// ShortestPath. It returns the nodes of the path, from first and to last, or
// [ErrNoPath] wrapped, or the first error of arcs or ids.
//
// It is a breadth-first search from both ends at once, a level at a time,
// from the end whose last level is smaller, until the two meet: on graphs
// whose hubs join everything in a few hops it reads a small part of the
// edges. The search finds the length of the shortest paths and every node on
// one; among those, the path ShortestPath's search from the target would
// take is picked level by level: each node follows the neighbor one step
// nearer the target that such a search reaches first, which depends only on
// nodes of shortest paths (see the comment in pickPath).
func SearchPath[K comparable](ctx context.Context, from, to K,
	arcs func(context.Context, K) ([]Arc[K], error),
	ids func(context.Context, []K) (map[K]string, error)) ([]K, error) {
	return SearchPathLevels(ctx, from, to, func(ctx context.Context, nodes []K) (map[K][]Arc[K], error) {
		out := make(map[K][]Arc[K], len(nodes))
		for _, v := range nodes {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			as, err := arcs(ctx, v)
			if err != nil {
				return nil, err
			}
			out[v] = as
		}
		return out, nil
	}, ids)
}

// SearchPathLevels is [SearchPath] for a store that reads the edges of many
// nodes at once more cheaply than one node at a time (a database across a
// network, say): arcs returns the edges of every node of a level of the
// search, one level a call, and must give every node asked for an entry
// (an empty one for a node without edges).
func SearchPathLevels[K comparable](ctx context.Context, from, to K,
	arcs func(context.Context, []K) (map[K][]Arc[K], error),
	ids func(context.Context, []K) (map[K]string, error)) ([]K, error) {
	if from == to {
		return []K{from}, nil
	}
	s := &search[K]{arcs: map[K][]Arc[K]{}}
	s.side[0] = newSearchSide(from)
	s.side[1] = newSearchSide(to)
	length, err := s.meet(ctx, arcs)
	if err != nil {
		return nil, err
	}
	if length < 0 {
		return nil, fmt.Errorf("%w from %v to %v", ErrNoPath, from, to)
	}
	dag := s.shortestDAG(length)
	return pickPath(ctx, dag, from, to, length, ids)
}

// search is the state of a two-ended breadth-first search: side 0 from the
// first node, side 1 from the last, and the edges of every node expanded.
type search[K comparable] struct {
	side [2]*searchSide[K]
	arcs map[K][]Arc[K]
}

type searchSide[K comparable] struct {
	dist     map[K]int // hops from this side's end, for every node reached
	frontier []K       // the nodes reached last, not expanded yet
	depth    int       // the hops of the frontier
	expanded []K       // in the order expanded, so by distance
}

func newSearchSide[K comparable](end K) *searchSide[K] {
	return &searchSide[K]{dist: map[K]int{end: 0}, frontier: []K{end}}
}

// meet expands a level at a time from the side with the smaller frontier
// until the sides meet, and returns the length of the shortest paths, -1 when
// none exists. Each side has expanded every node nearer its end than its
// frontier, so when a level first reaches nodes the other side holds, the
// shortest of the joined paths is a shortest path.
func (s *search[K]) meet(ctx context.Context, arcs func(context.Context, []K) (map[K][]Arc[K], error)) (int, error) {
	for {
		i := 0
		if len(s.side[1].frontier) < len(s.side[0].frontier) {
			i = 1
		}
		me, other := s.side[i], s.side[1-i]
		if len(me.frontier) == 0 {
			return -1, nil
		}
		if err := s.fetch(ctx, me.frontier, arcs); err != nil {
			return 0, err
		}
		var next []K
		for _, v := range me.frontier {
			me.expanded = append(me.expanded, v)
			for _, a := range s.arcs[v] {
				if _, seen := me.dist[a.To]; !seen {
					me.dist[a.To] = me.depth + 1
					next = append(next, a.To)
				}
			}
		}
		me.depth++
		me.frontier = next
		best := -1
		for _, v := range next {
			if d, ok := other.dist[v]; ok && (best < 0 || me.depth+d < best) {
				best = me.depth + d
			}
		}
		if best >= 0 {
			return best, nil
		}
	}
}

// fetch reads the edges of the nodes of a level that it has not read yet.
func (s *search[K]) fetch(ctx context.Context, level []K, arcs func(context.Context, []K) (map[K][]Arc[K], error)) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	var need []K
	for _, v := range level {
		if _, ok := s.arcs[v]; !ok {
			need = append(need, v)
		}
	}
	if len(need) == 0 {
		return nil
	}
	got, err := arcs(ctx, need)
	if err != nil {
		return err
	}
	for _, v := range need {
		as, ok := got[v]
		if !ok {
			return fmt.Errorf("path search: no edges given for %v", v)
		}
		s.arcs[v] = as
	}
	return nil
}

// dagNode is a node on a shortest path: its hops to the last node, and its
// neighbors one hop nearer the last node, with the weights of the edges.
type dagNode[K comparable] struct {
	level   int
	parents []Arc[K]
}

// shortestDAG returns the nodes of every shortest path. Every such path has
// a node both sides reached; from those, the nodes nearer each end are found
// through the edges of the nodes that side expanded, which are all the
// nodes nearer its end than its frontier.
func (s *search[K]) shortestDAG(length int) map[K]*dagNode[K] {
	first, last := s.side[0], s.side[1]
	level := map[K]int{} // hops to the last node
	for v, d := range first.dist {
		if dl, ok := last.dist[v]; ok && d+dl == length {
			level[v] = dl
		}
	}
	// Toward the last node: a node the last side expanded, one hop nearer
	// than a node on a path, is on a path. expanded is in distance order,
	// so walk it from the far end.
	for i := len(last.expanded) - 1; i >= 0; i-- {
		u := last.expanded[i]
		du := last.dist[u]
		for _, a := range s.arcs[u] {
			if l, ok := level[a.To]; ok && l == du+1 {
				level[u] = du
				break
			}
		}
	}
	// Toward the first node, likewise.
	for i := len(first.expanded) - 1; i >= 0; i-- {
		w := first.expanded[i]
		dw := first.dist[w]
		for _, a := range s.arcs[w] {
			if l, ok := level[a.To]; ok && l == length-dw-1 {
				level[w] = length - dw
				break
			}
		}
	}
	dag := make(map[K]*dagNode[K], len(level))
	for v, l := range level {
		dag[v] = &dagNode[K]{level: l}
	}
	// Every edge between two levels of the DAG is the edge of a node some
	// side expanded; an edge both ends of which were expanded is seen twice.
	seen := map[[2]K]bool{}
	link := func(child, parent K, weight int) {
		if k := [2]K{child, parent}; !seen[k] {
			seen[k] = true
			dag[child].parents = append(dag[child].parents, Arc[K]{To: parent, Weight: weight})
		}
	}
	for u, as := range s.arcs {
		nu, ok := dag[u]
		if !ok {
			continue
		}
		for _, a := range as {
			switch nv, ok := dag[a.To]; {
			case !ok:
			case nv.level == nu.level+1:
				link(a.To, u, a.Weight)
			case nv.level == nu.level-1:
				link(u, a.To, a.Weight)
			}
		}
	}
	return dag
}

// pickPath picks the path of ShortestPath among the shortest ones.
//
// ShortestPath searches breadth-first from the last node, taking each
// node's edges heaviest first, then by the id of the other end, and follows
// from the first node the edge by which each node was reached. A node is
// reached from the node of the level before it that the search takes first;
// the search takes a level's nodes in the order they were reached: by the
// order of the node that reached each, then by the edge's weight (heaviest
// first) and the node's id. Within the DAG of shortest paths every neighbor
// of a node one hop nearer the last node is in the DAG too, so ranking the
// DAG's nodes level by level by that order gives the search's choices.
func pickPath[K comparable](ctx context.Context, dag map[K]*dagNode[K], from, to K, length int,
	ids func(context.Context, []K) (map[K]string, error)) ([]K, error) {
	keys := make([]K, 0, len(dag))
	levels := make([][]K, length+1)
	for v, n := range dag {
		keys = append(keys, v)
		levels[n.level] = append(levels[n.level], v)
	}
	id, err := ids(ctx, keys)
	if err != nil {
		return nil, err
	}
	rank := map[K]int{to: 0}
	parent := map[K]Arc[K]{}
	for l := 1; l <= length; l++ {
		for _, v := range levels[l] {
			ps := dag[v].parents
			if len(ps) == 0 { // only when arcs gave an edge from one end and not the other
				return nil, fmt.Errorf("path search: the edges of %v and its neighbors disagree", v)
			}
			parent[v] = slices.MinFunc(ps, func(a, b Arc[K]) int { return cmp.Compare(rank[a.To], rank[b.To]) })
		}
		slices.SortFunc(levels[l], func(a, b K) int {
			pa, pb := parent[a], parent[b]
			return cmp.Or(cmp.Compare(rank[pa.To], rank[pb.To]), cmp.Compare(pb.Weight, pa.Weight), cmp.Compare(id[a], id[b]))
		})
		for i, v := range levels[l] {
			rank[v] = i
		}
	}
	path := []K{from}
	for v := from; v != to; {
		v = parent[v].To
		path = append(path, v)
	}
	return path, nil
}
