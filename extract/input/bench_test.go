package input

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkReadHTML reads our saved pages, each as one article.
func BenchmarkReadHTML(b *testing.B) {
	var pages [][]byte
	var size int
	for _, name := range []string{"summit.html", "trade.html", "plain.html", "portal.html", "bericht.html"} {
		p, err := os.ReadFile(filepath.Join(fixtures, name))
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, p)
		size += len(p)
	}
	n := 0
	for b.Loop() {
		for _, p := range pages {
			if _, err := NewReader(bytes.NewReader(p), "page.html", ReaderOptions{}).Read(); err != nil {
				b.Fatal(err)
			}
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(size)*float64(b.N)/b.Elapsed().Seconds()/1e6, "MB/s")
}

// BenchmarkReadWARC reads the archive of TestWARC (3 pages among 7
// records), compressed.
func BenchmarkReadWARC(b *testing.B) {
	data := writeTestWARC(b)
	n := 0
	for b.Loop() {
		r := NewReader(bytes.NewReader(data), "pages.warc.gz", ReaderOptions{})
		for {
			_, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkReadFeed reads our RSS feed.
func BenchmarkReadFeed(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(fixtures, "wire.rss"))
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for b.Loop() {
		r := NewReader(bytes.NewReader(data), "wire.rss", ReaderOptions{})
		for {
			_, err := r.Read()
			if err == io.EOF {
				break
			}
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkReadHTMLHeavy reads a page the size of a real news site's:
// our summit page with 100 KB of scripts and styles and a menu and link
// lists of 600 links around the story.
func BenchmarkReadHTMLHeavy(b *testing.B) {
	p, err := os.ReadFile(filepath.Join(fixtures, "summit.html"))
	if err != nil {
		b.Fatal(err)
	}
	var pad bytes.Buffer
	for i := range 400 {
		pad.WriteString("<script>window.x" + string(rune('a'+i%26)) + "=function(a,b){return a+b*2;/* tracking code of the page */};</script>\n<style>.c{color:red;margin:0 auto;padding:1px}</style>\n")
	}
	pad.WriteString("<nav><ul>")
	for range 300 {
		pad.WriteString(`<li><a href="/section/world/europe/story">Section link to another story</a></li>`)
	}
	pad.WriteString("</ul></nav><div class=\"box\">")
	for range 300 {
		pad.WriteString(`<a href="/more/story">More stories from the region today</a> `)
	}
	pad.WriteString("</div>")
	page := bytes.Replace(p, []byte("<body>"), append([]byte("<body>"), pad.Bytes()...), 1)
	n := 0
	for b.Loop() {
		if _, err := NewReader(bytes.NewReader(page), "page.html", ReaderOptions{}).Read(); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(len(page))/1e3, "KB/page")
}
