package extract

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract/input"

	"github.com/nergraph/nergraph/internal/testenv"
)

// benchArticles returns real news text: the AG News test set when the shared
// data is present, else the bundled sample articles.
func benchArticles(b *testing.B) []Article {
	b.Helper()
	var arts []Article
	if d := testenv.SharedDir(); d != "" {
		f, err := os.Open(filepath.Join(d, "data/agnews/test.csv"))
		if err == nil {
			defer f.Close()
			arts = readArticles(b, input.NewReader(f, "test.csv", input.ReaderOptions{Columns: []string{"label", "title", "text"}}))
		}
	}
	if len(arts) == 0 {
		files, _ := filepath.Glob("../testdata/articles/*.txt")
		for _, p := range files {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			a := readArticles(b, input.NewReader(strings.NewReader(string(data)), p, input.ReaderOptions{}))
			arts = append(arts, a...)
		}
	}
	if len(arts) == 0 {
		b.Fatal("no articles to benchmark on")
	}
	return arts
}

// BenchmarkExtract measures the whole per-article path with the default
// recognizer: clean, tokenize, recognize, resolve (relations off; see
// BenchmarkExtractRelations).
func BenchmarkExtract(b *testing.B) {
	arts := benchArticles(b)
	ex, err := New(WithRelations(false))
	if err != nil {
		b.Fatal(err)
	}
	tokens, articles := 0, 0
	for b.Loop() {
		for _, a := range arts {
			tokens += ex.Extract(a).Tokens
			articles++
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(articles)/b.Elapsed().Seconds(), "articles/s")
}

// readArticles reads the good articles of r.
func readArticles(b *testing.B, r *input.Reader) []Article {
	var arts []Article
	for {
		a, err := r.Read()
		if err == io.EOF {
			return arts
		}
		var pe *input.ParseError
		if errors.As(err, &pe) {
			continue
		}
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
	}
}
