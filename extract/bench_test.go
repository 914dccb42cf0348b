package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

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
			arts, _ = readAll(b, NewReader(f, "test.csv", ReaderOptions{Columns: []string{"label", "title", "text"}}))
		}
	}
	if len(arts) == 0 {
		files, _ := filepath.Glob("../testdata/articles/*.txt")
		for _, p := range files {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			a, _ := readAll(b, NewReader(strings.NewReader(string(data)), p, ReaderOptions{}))
			arts = append(arts, a...)
		}
	}
	if len(arts) == 0 {
		b.Fatal("no articles to benchmark on")
	}
	return arts
}

func countTokens(arts []Article) int {
	n := 0
	for _, a := range arts {
		for _, s := range Tokenize(Clean(a.Title) + "\n\n" + Clean(a.Text)) {
			n += len(s.Tokens)
		}
	}
	return n
}

func BenchmarkClean(b *testing.B) {
	arts := benchArticles(b)
	tokens, bytes := countTokens(arts), 0
	for _, a := range arts {
		bytes += len(a.Title) + len(a.Text)
	}
	b.SetBytes(int64(bytes))
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			Clean(a.Title)
			Clean(a.Text)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkTokenize(b *testing.B) {
	arts := benchArticles(b)
	texts := make([]string, len(arts))
	for i, a := range arts {
		texts[i] = Clean(a.Title) + "\n\n" + Clean(a.Text)
	}
	tokens := 0
	for b.Loop() {
		for _, t := range texts {
			for _, s := range Tokenize(t) {
				tokens += len(s.Tokens)
			}
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkExtract measures the whole per-article path with the default
// recognizer: clean, tokenize, recognize, resolve.
func BenchmarkExtract(b *testing.B) {
	arts := benchArticles(b)
	ex, err := New()
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
