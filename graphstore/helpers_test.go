package graphstore

import "iter"

// values collects the values of a sequence such as [Graph.Nodes].
func values[V any](seq iter.Seq2[int, V]) []V {
	var out []V
	for _, v := range seq {
		out = append(out, v)
	}
	return out
}

func nodesOf(g *Graph) []Node { return values(g.Nodes()) }
func edgesOf(g *Graph) []Edge { return values(g.Edges()) }
