package export_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testenv"
)

// svgGroup is a <g> of a Graphviz SVG: a node, an edge or the graph.
type svgGroup struct {
	class, id, title string
	texts            []string  // the text drawn in it, one element each
	sizes            []float64 // the font size of each text
	fills            []string  // the fill of its shapes (ellipse, polygon), lower case
}

// svgGroups returns the top-level groups of a Graphviz SVG in document
// order, failing the test when it is not well-formed XML.
func svgGroups(t *testing.T, svg []byte) []svgGroup {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	d.Strict = true
	var groups []svgGroup
	var cur *svgGroup
	var elem string
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return groups
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			elem = tok.Name.Local
			attr := map[string]string{}
			for _, a := range tok.Attr {
				attr[a.Name.Local] = a.Value
			}
			switch elem {
			case "g":
				groups = append(groups, svgGroup{class: attr["class"], id: attr["id"]})
				cur = &groups[len(groups)-1]
			case "text":
				size, _ := strconv.ParseFloat(attr["font-size"], 64)
				cur.sizes = append(cur.sizes, size)
				cur.texts = append(cur.texts, "")
			case "ellipse", "polygon":
				if cur != nil && cur.class != "graph" {
					cur.fills = append(cur.fills, strings.ToLower(attr["fill"]))
				}
			}
		case xml.CharData:
			switch {
			case cur == nil:
			case elem == "title":
				cur.title += string(tok)
			case elem == "text":
				cur.texts[len(cur.texts)-1] += string(tok)
			}
		case xml.EndElement:
			elem = ""
		}
	}
}

// drawSVG renders g with r as SVG, failing on any Graphviz warning.
func drawSVG(t *testing.T, r export.Render, g *graphstore.Graph) []svgGroup {
	t.Helper()
	testenv.Tool(t, "dot")
	var svg, warnings bytes.Buffer
	r.Format, r.Stderr = "svg", &warnings
	if err := r.Write(&svg, g); err != nil {
		t.Fatal(err)
	}
	if warnings.Len() > 0 {
		t.Errorf("Graphviz warned: %s", warnings.String())
	}
	return svgGroups(t, svg.Bytes())
}

// TestRenderTitleLegend checks the picture's title (title, corpus, filter
// and counts) and its legend: one entry per type drawn, in the page's
// order, in the type's shape colour, and the meaning of sizes.
func TestRenderTitleLegend(t *testing.T) {
	g := nastyGraph(t)
	about := export.About{Title: `Nasty & "Co"`, Corpus: `C:\corpus (18 articles)`, Filter: "--min-weight 1"}
	groups := drawSVG(t, export.Render{About: about}, g)
	var graphText string
	var legend []svgGroup
	for _, gr := range groups {
		switch gr.class {
		case "graph":
			graphText = strings.Join(gr.texts, "\n")
		case "node legend":
			legend = append(legend, gr)
		}
	}
	wantTitle := `Nasty & "Co"` + "\n" + `C:\corpus (18 articles) · --min-weight 1 · ` +
		fmt.Sprintf("%d entities, %d links", g.NumNodes(), g.NumEdges())
	if graphText != wantTitle {
		t.Errorf("title\n got %q\nwant %q", graphText, wantTitle)
	}
	var titles, labels []string
	for _, l := range legend {
		titles = append(titles, l.title)
		labels = append(labels, strings.Join(l.texts, "\n"))
	}
	wantTitles := []string{"legend:heading", "legend:PERSON", "legend:ORG", "legend:COUNTRY", "legend:LOCATION", "legend:MISC", "legend:size"}
	wantLabels := []string{"Types", "People", "Organizations", "Countries", "Places", "Other names", "size: mentions\nline width: articles"}
	if !slices.Equal(titles, wantTitles) || !slices.Equal(labels, wantLabels) {
		t.Fatalf("legend\n got %q %q\nwant %q %q", titles, labels, wantTitles, wantLabels)
	}
	colours := map[string]string{"PERSON": "#56b4e9", "ORG": "#e69f00", "COUNTRY": "#009e73", "LOCATION": "#f0e442", "MISC": "#cc79a7"}
	for _, l := range legend {
		typ, _ := strings.CutPrefix(l.title, "legend:")
		if want, ok := colours[typ]; ok && !slices.Equal(l.fills, []string{want}) {
			t.Errorf("%s: fills %q, want [%s]", l.title, l.fills, want)
		}
	}
	// The same fill on the graph's own nodes of that type.
	for _, gr := range groups {
		if gr.class == "node" && strings.HasPrefix(gr.id, "person:") && !slices.Equal(gr.fills, []string{colours["PERSON"]}) {
			t.Errorf("node %q: fills %q, want the legend's %s", gr.id, gr.fills, colours["PERSON"])
		}
	}
}

// TestRenderLegendTypes checks that the legend lists only the types drawn,
// and that the empty graph gets a title and no legend.
func TestRenderLegendTypes(t *testing.T) {
	two, err := graphstore.NewView(
		[]graphstore.Node{{ID: "a", Label: "A", Type: extract.Country}, {ID: "b", Label: "B", Type: "EVENT"}},
		[]graphstore.Edge{{Source: "a", Target: "b", Weight: 1, Articles: []string{"x"}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		g     *graphstore.Graph
		title string
		want  []string
	}{
		{"two", two, "nergraph\n2 entities, 1 link", []string{"legend:heading", "legend:COUNTRY", "legend:EVENT", "legend:size"}},
		{"empty", graphstore.New(), "nergraph\n0 entities, 0 links", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			var title string
			for _, gr := range drawSVG(t, export.Render{}, tc.g) {
				switch gr.class {
				case "graph":
					title = strings.Join(gr.texts, "\n")
				case "node legend":
					got = append(got, gr.title)
				}
			}
			if !slices.Equal(got, tc.want) || title != tc.title {
				t.Errorf("legend %q, title %q; want %q, %q", got, title, tc.want, tc.title)
			}
		})
	}
}

// egoGraph is a hub linked to three entities in 1, 2 and 4 articles, and
// one entity two links away.
func egoGraph(t *testing.T) *graphstore.Graph {
	t.Helper()
	g := graphstore.New()
	day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	add := func(id string, ents ...extract.Entity) {
		if !g.Add(&extract.Doc{Article: extract.Article{ID: id, Date: day}, Hash: id, Entities: ents}) {
			t.Fatalf("article %s not added", id)
		}
	}
	hub := ent("person:hub", "Hub Person", extract.Person, "Hub", 0)
	one := ent("org:one", "One", extract.Org, "One", 0)
	two := ent("country:two", "Two", extract.Country, "Two", 0)
	four := ent("person:four", "Four", extract.Person, "Four", 0)
	far := ent("person:far", "Far", extract.Person, "Far", 0)
	add("a1", hub, one, two, four)
	add("a2", hub, two, four)
	add("a3", hub, four)
	add("a4", hub, four)
	add("a5", four, far)
	return g
}

// TestRenderEgo checks that the centre is marked, that the others are
// sized by the articles they share with it, and that the legend says so.
func TestRenderEgo(t *testing.T) {
	g := egoGraph(t)
	size := map[string]float64{}
	var ego, legend []string
	for _, gr := range drawSVG(t, export.Render{About: export.About{Ego: "Hub"}}, g) {
		switch gr.class {
		case "node", "node ego":
			if len(gr.sizes) != 1 {
				t.Fatalf("node %q: %d texts", gr.id, len(gr.sizes))
			}
			size[gr.id] = gr.sizes[0]
			if gr.class == "node ego" {
				ego = append(ego, gr.id)
			}
		case "node legend":
			legend = append(legend, strings.Join(gr.texts, "\n"))
		}
	}
	if !slices.Equal(ego, []string{"person:hub"}) {
		t.Errorf("centres %q, want [person:hub]", ego)
	}
	order := []string{"person:far", "org:one", "country:two", "person:four", "person:hub"}
	for i := 1; i < len(order); i++ {
		if size[order[i-1]] >= size[order[i]] {
			t.Errorf("font size of %s %v, not below %s %v (sizes %v)", order[i-1], size[order[i-1]], order[i], size[order[i]], size)
		}
	}
	if !slices.Contains(legend, "centre") || !slices.Contains(legend, "size: articles with Hub Person\nline width: articles") {
		t.Errorf("legend %q: want the centre and the size by articles with Hub Person", legend)
	}
	// Without the ego, far (2 mentions) is no smaller than one (1 mention).
	plain := map[string]float64{}
	for _, gr := range drawSVG(t, export.Render{}, g) {
		if gr.class == "node" {
			plain[gr.id] = gr.sizes[0]
		}
	}
	if plain["person:far"] < plain["org:one"] {
		t.Errorf("without an ego: far %v < one %v", plain["person:far"], plain["org:one"])
	}
}

// TestRenderUnknownEgo checks that an ego of no entity fails before
// anything is drawn.
func TestRenderUnknownEgo(t *testing.T) {
	testenv.Tool(t, "dot")
	var b bytes.Buffer
	err := export.Render{Format: "svg", About: export.About{Ego: "nobody"}}.Write(&b, egoGraph(t))
	if !errors.Is(err, graphstore.ErrNoEntity) || b.Len() != 0 {
		t.Errorf("err %v, %d bytes written; want ErrNoEntity and nothing", err, b.Len())
	}
}

// TestDescribe checks that Describe reaches the formats that show About
// and leaves the others alone.
func TestDescribe(t *testing.T) {
	a := export.About{Title: "T", Ego: "e", Depth: 2}
	for _, name := range export.Formats() {
		ex, err := export.Lookup(name)
		if err != nil {
			t.Fatal(err)
		}
		got := export.Describe(ex, a)
		switch e := got.(type) {
		case export.HTML:
			if e.About != a {
				t.Errorf("%s: About %+v", name, e.About)
			}
		case export.Render:
			if e.About != a || e.Format != name {
				t.Errorf("%s: About %+v, format %q", name, e.About, e.Format)
			}
		default:
			if got != ex {
				t.Errorf("%s: changed to %#v", name, got)
			}
		}
	}
}
