package export_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/export/viewer"
	"github.com/nergraph/nergraph/graphstore"
)

// htmlData returns the JSON data block of a page written by the html
// exporter.
func htmlData(t testing.TB, page []byte) []byte {
	t.Helper()
	const open = `<script type="application/json" id="graph-data">`
	i := bytes.Index(page, []byte(open))
	if i < 0 {
		t.Fatalf("html: no data block")
	}
	rest := page[i+len(open):]
	j := bytes.Index(rest, []byte("</script>"))
	if j < 0 {
		t.Fatalf("html: data block not closed")
	}
	return rest[:j]
}

// TestHTMLPage checks the page's data against the graph: every node, link
// and article, links and relations as indices, link dates from their
// articles, and nothing in the data block that HTML would read as markup.
func TestHTMLPage(t *testing.T) {
	g := nastyGraph(t)
	var b bytes.Buffer
	if err := (export.HTML{About: export.About{Title: "<b>nasty</b>"}}).Write(&b, g); err != nil {
		t.Fatal(err)
	}
	raw := htmlData(t, b.Bytes())
	for _, bad := range []string{"<", ">", "\u2028", "\u2029"} {
		if bytes.Contains(raw, []byte(bad)) {
			t.Errorf("data block holds %q unescaped", bad)
		}
	}
	if !bytes.Contains(b.Bytes(), []byte("<title>&lt;b&gt;nasty&lt;/b&gt;</title>")) {
		t.Error("title not escaped")
	}
	var p viewer.Page
	if err := json.Unmarshal(raw, &p); err != nil {
		t.Fatal(err)
	}
	// Collected with range, which reads the graph's nodes and edges
	// whether it hands them over as slices or as iterators.
	var nodes []graphstore.Node
	var edges []graphstore.Edge
	for _, n := range g.Nodes() {
		nodes = append(nodes, n)
	}
	for _, e := range g.Edges() {
		edges = append(edges, e)
	}
	arts := g.Articles()
	if len(p.Nodes) != len(nodes) || len(p.Links) != len(edges) || len(p.Articles) != len(arts) {
		t.Fatalf("page has %d nodes, %d links, %d articles; graph %d, %d, %d",
			len(p.Nodes), len(p.Links), len(p.Articles), len(nodes), len(edges), len(arts))
	}
	for i, n := range nodes {
		got := p.Nodes[i]
		if got.ID != n.ID || got.Label != n.Label || got.Type != string(n.Type) || got.Mentions != n.Mentions || len(got.Aliases) != len(n.Aliases) {
			t.Errorf("node %d: got %+v, want %+v", i, got, n)
		}
	}
	for k, e := range edges {
		l := p.Links[k]
		if p.Nodes[l.Source].ID != e.Source || p.Nodes[l.Target].ID != e.Target || l.Weight != e.Weight {
			t.Errorf("link %d: %s -- %s weight %d, want %s -- %s weight %d", k,
				p.Nodes[l.Source].ID, p.Nodes[l.Target].ID, l.Weight, e.Source, e.Target, e.Weight)
		}
		var ids []string
		for _, a := range l.Articles {
			ids = append(ids, p.Articles[a].ID)
		}
		if !slices.Equal(ids, e.Articles) {
			t.Errorf("link %d: articles %q, want %q", k, ids, e.Articles)
		}
	}
}

// TestHTMLEgo checks that the ego is found as --ego finds it, and that an
// unknown one is an error before anything is written.
func TestHTMLEgo(t *testing.T) {
	g := nastyGraph(t)
	p, err := export.HTML{About: export.About{Ego: "Hub"}}.Page(g)
	if err != nil {
		t.Fatal(err)
	}
	if p.Ego != "person:hub" {
		t.Errorf("ego %q, want person:hub", p.Ego)
	}
	var b bytes.Buffer
	err = export.HTML{About: export.About{Ego: "nobody at all"}}.Write(&b, g)
	if !errors.Is(err, graphstore.ErrNoEntity) || b.Len() != 0 {
		t.Errorf("unknown ego: err %v, %d bytes written", err, b.Len())
	}
}

// TestHTMLMissingArticle checks that a link citing an article the graph
// does not list still shows the article's id, rather than failing or
// dropping it.
func TestHTMLMissingArticle(t *testing.T) {
	g, err := graphstore.NewView(
		[]graphstore.Node{{ID: "a", Label: "A", Type: "PERSON"}, {ID: "b", Label: "B", Type: "ORG"}},
		[]graphstore.Edge{{Source: "a", Target: "b", Weight: 2, Articles: []string{"listed", "unlisted"}}},
		[]graphstore.ArticleInfo{{ID: "listed", Title: "Listed"}})
	if err != nil {
		t.Fatal(err)
	}
	p, err := export.HTML{}.Page(g)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range p.Links[0].Articles {
		ids = append(ids, p.Articles[a].ID)
	}
	if strings.Join(ids, ",") != "listed,unlisted" {
		t.Errorf("link articles %q", ids)
	}
}
