package export_test

import (
	"fmt"
	"io"
	"testing"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// benchGraph is a synthetic graph the size of the AG News test graph: 10,000
// entities, 30,000 edges, each edge citing one or two of 7,600 articles.
func benchGraph(b *testing.B) *graphstore.Graph {
	b.Helper()
	const nodes, edges, articles = 10000, 30000, 7600
	types := []extract.Type{extract.Person, extract.Org, extract.Country, extract.Location}
	ns := make([]graphstore.Node, nodes)
	for i := range ns {
		ns[i] = graphstore.Node{ID: fmt.Sprintf("person:entity-%05d", i), Label: fmt.Sprintf("Entity Number %d", i),
			Type: types[i%len(types)], Mentions: 1 + i%50, Articles: 1 + i%20,
			Aliases: []graphstore.Alias{{Name: fmt.Sprintf("Entity %d", i), Count: 2}, {Name: fmt.Sprintf("E%d", i), Count: 1}}}
	}
	seen := map[[2]int]bool{}
	var es []graphstore.Edge
	for k := 0; len(es) < edges; k++ {
		i, j := (k*7919)%nodes, (k*104729+k/nodes)%nodes
		if i == j {
			continue
		}
		if i > j {
			i, j = j, i
		}
		if seen[[2]int{i, j}] {
			continue
		}
		seen[[2]int{i, j}] = true
		e := graphstore.Edge{Source: ns[i].ID, Target: ns[j].ID, Weight: 1 + k%2, Sentences: 1, NPMI: 0.5,
			Articles: []string{fmt.Sprintf("test.csv:%d", k%articles)}}
		if k%2 == 1 {
			e.Articles = append(e.Articles, fmt.Sprintf("test.csv:%d", (k+1)%articles))
		}
		es = append(es, e)
	}
	g, err := graphstore.NewView(ns, es, nil)
	if err != nil {
		b.Fatal(err)
	}
	return g
}

// countWriter counts bytes written.
type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

// BenchmarkWrite measures each writer on an AG-News-sized graph; the
// reported MB/s is output written per second.
func BenchmarkWrite(b *testing.B) {
	g := benchGraph(b)
	for _, format := range fileFormats() {
		ex, _ := export.Lookup(format)
		b.Run(format, func(b *testing.B) {
			var total int64
			for b.Loop() {
				var c countWriter
				if err := writeAll(ex, g, func(string) (io.Writer, error) { return &c, nil }); err != nil {
					b.Fatal(err)
				}
				total += c.n
			}
			b.ReportMetric(float64(total)/1e6/b.Elapsed().Seconds(), "MB/s")
			b.ReportMetric(float64(total)/float64(b.N)/1e6, "MB/op")
		})
	}
}
