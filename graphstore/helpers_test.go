package graphstore

import (
	"iter"
	"reflect"
	"testing"

	"github.com/nergraph/nergraph/internal/testdocs"
)

var (
	fakeDoc    = testdocs.Doc
	randomDocs = testdocs.Random
)

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

func sameGraph(t *testing.T, got, want *Graph) {
	t.Helper()
	if !reflect.DeepEqual(got.Articles(), want.Articles()) {
		t.Errorf("articles differ:\ngot  %v\nwant %v", got.Articles(), want.Articles())
	}
	if g, w := nodesOf(got), nodesOf(want); !reflect.DeepEqual(g, w) {
		t.Errorf("nodes differ:\ngot  %+v\nwant %+v", g, w)
	}
	if g, w := edgesOf(got), edgesOf(want); !reflect.DeepEqual(g, w) {
		t.Errorf("edges differ:\ngot  %+v\nwant %+v", g, w)
	}
}
