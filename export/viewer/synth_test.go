package viewer_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/nergraph/nergraph/export/viewer"
)

// synthPage returns a deterministic page of n entities and m links for
// tests and measurements: planted communities of 50, links mostly inside
// them, a few hubs, weights that fall off geometrically, and n/2 articles
// dated over a year, each link citing up to three of them. The layout is
// [viewer.Arrange]'s.
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
	viewer.Arrange(&p)
	return p
}
