package extract

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/nergraph/nergraph/extract/input"
)

// heavyPages writes n copies of our summit page, each padded as a news
// site's page is (100 KB of scripts, styles, menus and link lists), into a
// folder, and returns it.
func heavyPages(b *testing.B, n int) string {
	page, err := os.ReadFile("../testdata/inputs/summit.html")
	if err != nil {
		b.Fatal(err)
	}
	var pad bytes.Buffer
	for i := range 400 {
		fmt.Fprintf(&pad, "<script>window.x%d=function(a,b){return a+b*2;};</script>\n<style>.c%d{margin:0 auto;padding:1px}</style>\n", i, i)
	}
	pad.WriteString("<nav><ul>")
	for range 300 {
		pad.WriteString(`<li><a href="/section/world/europe/story">Section link to another story</a></li>`)
	}
	pad.WriteString("</ul></nav>")
	dir := b.TempDir()
	for i := range n {
		p := bytes.Replace(page, []byte("<body>"), append([]byte("<body>"), pad.Bytes()...), 1)
		p = bytes.Replace(p, []byte("Talks with Warsaw"), []byte(fmt.Sprintf("Talks number %d with Warsaw", i)), 1)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%03d.html", i)), p, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

// BenchmarkPages compares, on heavy pages, reading alone (parsing the
// page into its article) with extracting the article read: reading must
// not dominate. Run parses pages on its workers, beside extraction.
func BenchmarkPages(b *testing.B) {
	dir := heavyPages(b, 20)
	files, _ := input.Files([]string{dir})
	var arts []Article
	for _, f := range files {
		fh, _ := os.Open(f.Path)
		a, err := input.NewReader(fh, f.Path, input.ReaderOptions{}).Read()
		fh.Close()
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
	}
	ex, err := New()
	if err != nil {
		b.Fatal(err)
	}
	b.Run("read", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for _, f := range files {
				fh, _ := os.Open(f.Path)
				input.NewReader(fh, f.Path, input.ReaderOptions{}).Read()
				fh.Close()
				n++
			}
		}
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	})
	b.Run("extract", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for _, a := range arts {
				ex.Extract(a)
				n++
			}
		}
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	})
	b.Run("run", func(b *testing.B) {
		n := 0
		for b.Loop() {
			st, err := Run(context.Background(), []string{dir}, ex, RunOptions{Workers: 1}, func(*Doc) error { return nil })
			if err != nil {
				b.Fatal(err)
			}
			n += st.Articles
		}
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	})
}
