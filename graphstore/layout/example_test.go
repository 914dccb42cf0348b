package layout_test

import (
	"context"
	"fmt"

	"github.com/nergraph/nergraph/graphstore/layout"
)

// Two triangles, {0,1,2} and {3,4,5}, joined by the edge 2–3, and a node 6
// mentioned with nobody.
var g = layout.Graph{N: 7, Edges: []layout.Edge{
	{A: 0, B: 1, Weight: 2}, {A: 1, B: 2, Weight: 1}, {A: 0, B: 2, Weight: 1},
	{A: 3, B: 4, Weight: 1}, {A: 4, B: 5, Weight: 1}, {A: 3, B: 5, Weight: 1},
	{A: 2, B: 3, Weight: 1},
}}

func ExampleLouvain() {
	p, err := layout.Louvain(context.Background(), g, layout.LouvainOptions{Seed: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("communities:", p.Community)
	fmt.Println("sizes:", p.Sizes)
	fmt.Printf("modularity: %.3f\n", p.Modularity)
	// Output:
	// communities: [0 0 0 1 1 1 2]
	// sizes: [3 3 1]
	// modularity: 0.367
}

func ExamplePageRank() {
	rank, err := layout.PageRank(context.Background(), g, layout.DefaultDamping, layout.DefaultTolerance)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, r := range rank {
		fmt.Printf("%d %.3f\n", i, r)
	}
	// Output:
	// 0 0.170
	// 1 0.170
	// 2 0.175
	// 3 0.189
	// 4 0.136
	// 5 0.136
	// 6 0.024
}

func ExampleDegree() {
	deg, weighted, err := layout.Degree(g)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(deg)
	fmt.Println(weighted)
	// Output:
	// [2 2 3 3 2 2 0]
	// [3 3 3 3 2 2 0]
}

func ExampleForceAtlas2() {
	pts, err := layout.ForceAtlas2(context.Background(), g, layout.Options{Seed: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	// The exact numbers depend on the floating-point unit; what holds
	// everywhere is that each triangle is tight and the two are apart.
	dist := func(a, b int) float64 {
		dx, dy := pts[a].X-pts[b].X, pts[a].Y-pts[b].Y
		return dx*dx + dy*dy
	}
	fmt.Println("points:", len(pts))
	fmt.Println("0 nearer 1 than 4:", dist(0, 1) < dist(0, 4))
	fmt.Println("5 nearer 4 than 0:", dist(5, 4) < dist(5, 0))
	// Output:
	// points: 7
	// 0 nearer 1 than 4: true
	// 5 nearer 4 than 0: true
}
