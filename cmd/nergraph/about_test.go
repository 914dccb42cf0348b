package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/export/viewer"
	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testenv"
)

func TestFilterText(t *testing.T) {
	tests := []struct {
		f            graphstore.Filter
		since, until string
		want         string
	}{
		{graphstore.Filter{}, "", "", ""},
		{graphstore.Filter{Depth: 1}, "", "", ""},
		{graphstore.Filter{Types: []extract.Type{extract.Person, extract.Country}, MinWeight: 2, MinMentions: 3, Top: 100},
			"", "", "--types PERSON,COUNTRY --min-mentions 3 --min-weight 2 --top 100"},
		{graphstore.Filter{Ego: "Vladimir Putin", Depth: 2}, "1987-03-01", "1987-03-31",
			`--since 1987-03-01 --until 1987-03-31 --ego "Vladimir Putin" --depth 2`},
		{graphstore.Filter{Ego: "person:x", Depth: 1}, "", "", "--ego person:x"},
	}
	for _, tt := range tests {
		if got := filterText(tt.f, tt.since, tt.until); got != tt.want {
			t.Errorf("filterText(%+v, %q, %q) = %q, want %q", tt.f, tt.since, tt.until, got, tt.want)
		}
	}
}

func TestCorpusAndStoreName(t *testing.T) {
	reuters := make([]string, 22)
	for i := range reuters {
		reuters[i] = fmt.Sprintf("/data/reuters21578/reut2-%03d.sgm", i)
	}
	names := []struct {
		paths []string
		want  string
	}{
		{[]string{"testdata/articles"}, "articles"},
		{[]string{"testdata/articles/"}, "articles"},
		{[]string{"-"}, "standard input"},
		{[]string{"/data/agnews/test.csv"}, "test.csv"},
		{reuters, "reuters21578"},
		{append(append(reuters[:2:2], "/data/bbc/business", "/data/bbc/tech"), "/data/agnews/test.csv"), "reuters21578 + bbc + test.csv"},
	}
	for _, tt := range names {
		if got := corpusName(tt.paths); got != tt.want {
			t.Errorf("corpusName(%q) = %q, want %q", tt.paths, got, tt.want)
		}
	}
	stores := map[string]string{
		"graph.db":                         "graph",
		"/var/lib/news.sqlite":             "news",
		"sqlite:///var/x.db":               "x",
		"postgres://u:secret@host/newsdb":  "newsdb",
		"postgres://host/newsdb?sslmode=x": "newsdb",
		"postgres://host":                  "postgres",
	}
	for db, want := range stores {
		if got := storeName(db); got != want {
			t.Errorf("storeName(%q) = %q, want %q", db, got, want)
		}
	}
}

// pageOf returns the data block of a page the html exporter wrote.
func pageOf(t *testing.T, html string) viewer.Page {
	t.Helper()
	const open = `<script type="application/json" id="graph-data">`
	_, rest, ok := strings.Cut(html, open)
	data, _, ok2 := strings.Cut(rest, "</script>")
	if !ok || !ok2 {
		t.Fatalf("no data block in %.200q", html)
	}
	var p viewer.Page
	if err := json.Unmarshal([]byte(data), &p); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestPageAbout checks that build and export pass the corpus, the filters
// and the ego to the page, which opens focused on the ego's id.
func TestPageAbout(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "news.db")
	mustRun(t, "ingest", "-q", "--db", db, sampleDir)
	out, _ := mustRun(t, "build", "-q", "-f", "html", "--ego", "Putin", "--depth", "2", "--top", "30", sampleDir)
	p := pageOf(t, out)
	want := viewer.Page{Title: "articles", Corpus: sampleDir + " (15 articles)",
		Filter: "--ego Putin --depth 2 --top 30", Ego: "person:vladimir-putin", EgoDepth: 2}
	if p.Title != want.Title || p.Corpus != want.Corpus || p.Filter != want.Filter || p.Ego != want.Ego || p.EgoDepth != want.EgoDepth {
		t.Errorf("build page: title %q corpus %q filter %q ego %q depth %d\nwant %q %q %q %q %d",
			p.Title, p.Corpus, p.Filter, p.Ego, p.EgoDepth, want.Title, want.Corpus, want.Filter, want.Ego, want.EgoDepth)
	}
	if len(p.Nodes) != 30 {
		t.Errorf("build page: %d nodes, want 30", len(p.Nodes))
	}
	out, _ = mustRun(t, "export", "--db", db, "-f", "html", "--types", "PERSON,COUNTRY", "--since", "2000-01-01")
	p = pageOf(t, out)
	if p.Title != "news" || !strings.HasPrefix(p.Corpus, "store news (") || p.Filter != "--since 2000-01-01 --types PERSON,COUNTRY" || p.Ego != "" {
		t.Errorf("export page: title %q corpus %q filter %q ego %q", p.Title, p.Corpus, p.Filter, p.Ego)
	}
}

// TestBuildWindowEqualsExport checks that build --since/--until makes the
// graph export makes of a store of the same articles with the same window.
func TestBuildWindowEqualsExport(t *testing.T) {
	dir := t.TempDir()
	corpus := genCorpus(t, dir, 24)
	db := filepath.Join(dir, "graph.db")
	mustRun(t, "ingest", "-q", "--db", db, corpus)
	for _, w := range [][2]string{{"", ""}, {"2024-06-01", ""}, {"", "2024-03-02"}, {"2024-02-01", "2024-06-30"}, {"2030-01-01", ""}} {
		var window []string
		if w[0] != "" {
			window = append(window, "--since", w[0])
		}
		if w[1] != "" {
			window = append(window, "--until", w[1])
		}
		built, _ := mustRun(t, append([]string{"build", "-q", "-f", "json", corpus}, window...)...)
		exported, _ := mustRun(t, append([]string{"export", "--db", db, "-f", "json"}, window...)...)
		if built != exported {
			t.Errorf("window %q: build differs from export\nbuild  %.300s\nexport %.300s", w, built, exported)
		}
	}
	if code, _, stderr := run(t, "", "build", "--until", "2024-01-01", "--since", "2024-02-01", corpus); code != 2 {
		t.Errorf("--until before --since: exit %d, want 2: %s", code, stderr)
	}
}

// TestPictureAbout checks that build hands the corpus, the filters and the
// ego to the picture: its title, and the centre marked.
func TestPictureAbout(t *testing.T) {
	testenv.Tool(t, "dot")
	out, _ := mustRun(t, "build", "-q", "-f", "svg", "--ego", "Putin", sampleDir)
	out = strings.ReplaceAll(out, "&#45;", "-") // as Graphviz writes dashes in SVG
	for _, want := range []string{
		`<g id="person:vladimir-putin" class="node ego">`,
		`>articles</text>`,
		`>` + sampleDir + ` (15 articles) · --ego Putin · `,
		`>size: articles with Vladimir Putin</text>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the svg lacks %q", want)
		}
	}
}
