package text_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/nergraph/nergraph/extract/input"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/testenv"
)

// benchTexts returns the titles and bodies of real news: the AG News test
// set when the shared data is present, else the bundled sample articles.
func benchTexts(b *testing.B) []string {
	b.Helper()
	var paths []string
	opts := input.ReaderOptions{}
	if d := testenv.SharedDir(); d != "" {
		paths = []string{filepath.Join(d, "data/agnews/test.csv")}
		opts.Columns = []string{"label", "title", "text"}
	} else {
		paths, _ = filepath.Glob("../../testdata/articles/*.txt")
	}
	var texts []string
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		r := input.NewReader(f, p, opts)
		for {
			a, err := r.Read()
			if err == io.EOF {
				break
			}
			var pe *input.ParseError
			if errors.As(err, &pe) {
				continue
			}
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, a.Title, a.Text)
		}
		f.Close()
	}
	if len(texts) == 0 {
		b.Fatal("no articles to benchmark on")
	}
	return texts
}

func BenchmarkClean(b *testing.B) {
	b.ReportAllocs()
	texts := benchTexts(b)
	bytes, tokens := 0, 0
	for _, t := range texts {
		bytes += len(t)
		for _, s := range text.Tokenize(text.Clean(t)) {
			tokens += len(s.Tokens)
		}
	}
	b.SetBytes(int64(bytes))
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			text.Clean(t)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkTokenize(b *testing.B) {
	b.ReportAllocs()
	raw := benchTexts(b)
	var texts []string
	for i := 0; i+1 < len(raw); i += 2 {
		texts = append(texts, text.Clean(raw[i])+"\n\n"+text.Clean(raw[i+1]))
	}
	tokens := 0
	for b.Loop() {
		for _, t := range texts {
			for _, s := range text.Tokenize(t) {
				tokens += len(s.Tokens)
			}
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}
