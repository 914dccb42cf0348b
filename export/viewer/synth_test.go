package viewer_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/nergraph/nergraph/export/viewer"
	"github.com/nergraph/nergraph/graphstore/layout"
)

// synthPage returns a deterministic page of n entities and m links for
// tests and measurements: planted communities of 50, links mostly inside
// them, a few hubs, weights that fall off geometrically, and n/2 articles
// dated over a year, each link citing up to three of them. The layout is
// the one export.HTML gives a graph's page (see layOut).
func synthPage(n, m int) viewer.Page {
	r := rand.New(rand.NewPCG(1, 2))
	types := []string{"PERSON", "ORG", "COUNTRY", "LOCATION", "MISC"}
	words := []string{"Person", "Company", "Country", "Place", "Thing"}
	p := viewer.Page{Title: fmt.Sprintf("synthetic %d × %d", n, m), Corpus: "synthetic", Nodes: make([]viewer.Node, n)}
	for i := range p.Nodes {
		t := i % len(types)
		p.Nodes[i] = viewer.Node{
			ID: fmt.Sprintf("%s:%d", types[t], i), Label: fmt.Sprintf("%s %d", words[t], i), Type: types[t],
			Mentions: 1 + int(200/(1+float64(i)/20)), Articles: 1,
			Aliases: []viewer.Alias{{Name: fmt.Sprintf("%s %d", words[t], i), Count: 1}, {Name: fmt.Sprintf("N%d", i), Count: 1}},
		}
	}
	const group = 50
	na := max(n/2, 1)
	day0 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for a := range na {
		p.Articles = append(p.Articles, viewer.Article{
			ID: fmt.Sprintf("a%05d", a), Title: fmt.Sprintf("Article %d", a),
			Date: day0.AddDate(0, 0, a%366).Format(time.DateOnly), URL: fmt.Sprintf("https://example.com/%d", a),
		})
	}
	seen := map[[2]int]bool{}
	for len(p.Links) < m && len(seen) < n*(n-1)/2 {
		// Hubs: small indices are picked more often.
		s := int(float64(n) * r.Float64() * r.Float64())
		var t int
		if r.Float64() < 0.8 {
			t = s - s%group + r.IntN(group)
		} else {
			t = r.IntN(n)
		}
		if t >= n || s == t {
			continue
		}
		if s > t {
			s, t = t, s
		}
		if seen[[2]int{s, t}] {
			continue
		}
		seen[[2]int{s, t}] = true
		w := 1
		for w < 50 && r.Float64() < 0.45 {
			w++
		}
		l := viewer.Link{Source: s, Target: t, Weight: w, Sentences: w, NPMI: 0.5}
		for k := 0; k < min(w, 3); k++ {
			l.Articles = append(l.Articles, r.IntN(na))
		}
		slices.Sort(l.Articles)
		l.Articles = slices.Compact(l.Articles)
		p.Links = append(p.Links, l)
	}
	layOut(&p)
	return p
}

// layOut fills in the positions, communities and centralities of p's nodes
// from its links with package graphstore/layout, seeded, as
// graphstore.Graph.Layout does for the pages export.HTML writes.
func layOut(p *viewer.Page) {
	g := layout.Graph{N: len(p.Nodes)}
	for _, l := range p.Links {
		g.Edges = append(g.Edges, layout.Edge{A: l.Source, B: l.Target, Weight: float64(l.Weight)})
	}
	ctx := context.Background()
	pts, err := layout.ForceAtlas2(ctx, g, layout.Options{})
	if err != nil {
		panic(err) // the links of a synthetic page are valid
	}
	part, err := layout.Louvain(ctx, g, layout.LouvainOptions{})
	if err != nil {
		panic(err)
	}
	rank, err := layout.PageRank(ctx, g, layout.DefaultDamping, layout.DefaultTolerance)
	if err != nil {
		panic(err)
	}
	deg, weighted, err := layout.Degree(g)
	if err != nil {
		panic(err)
	}
	for i := range p.Nodes {
		n := &p.Nodes[i]
		n.X, n.Y, n.Community, n.PageRank = pts[i].X, pts[i].Y, part.Community[i], rank[i]
		n.Degree, n.WeightedDegree = deg[i], int(weighted[i])
	}
}
