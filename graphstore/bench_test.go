package graphstore

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/input"
	"github.com/nergraph/nergraph/internal/testenv"
)

// BenchmarkBuild measures accumulating extracted documents into the graph
// and finalizing it (cross-article linking, nodes, edges, NPMI), on the AG
// News test set when the shared data is present, else the sample articles.
func BenchmarkBuild(b *testing.B) {
	docs, tokens := benchDocs(b)
	b.ResetTimer()
	for b.Loop() {
		g := New()
		for _, d := range docs {
			g.Add(d)
		}
		g.NumEdges() // finalizes
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// benchDocs extracts the documents of the benchmarks' corpus: the AG News
// test set when the shared data is present, else the sample articles. It
// returns them and their number of tokens.
func benchDocs(b *testing.B) ([]*extract.Doc, int) {
	b.Helper()
	var arts []extract.Article
	read := func(path string, opts input.ReaderOptions) {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		r := input.NewReader(f, path, opts)
		for {
			a, err := r.Read()
			if err != nil {
				if _, bad := err.(*input.ParseError); bad {
					continue
				}
				return
			}
			arts = append(arts, a)
		}
	}
	if d := testenv.SharedDir(); d != "" {
		read(filepath.Join(d, "data/agnews/test.csv"), input.ReaderOptions{Columns: []string{"label", "title", "text"}})
	} else {
		files, _ := filepath.Glob("../testdata/articles/*.txt")
		for _, p := range files {
			read(p, input.ReaderOptions{})
		}
	}
	ex, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	docs := make([]*extract.Doc, len(arts))
	tokens := 0
	for i, a := range arts {
		docs[i] = ex.Extract(a)
		tokens += docs[i].Tokens
	}
	return docs, tokens
}
