package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/export/viewer"
	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// nodeValues is what every format says of a node's layout, read back
// from the file; X and Y are nil where the file has no position.
type nodeValues struct {
	Community, Degree, WeightedDegree int
	PageRank                          float64
	X, Y                              *float64
}

func (v nodeValues) String() string {
	pos := "no position"
	if v.X != nil && v.Y != nil {
		pos = fmt.Sprintf("at (%v, %v)", *v.X, *v.Y)
	}
	return fmt.Sprintf("community %d, degree %d, weighted %d, pagerank %v, %s", v.Community, v.Degree, v.WeightedDegree, v.PageRank, pos)
}

// layoutReaders parse each format's file into the layout by node id. They
// read the files as plain JSON, XML and CSV: the third-party readers are
// in reader_test.go; these check that all formats say the same.
var layoutReaders = map[string]func(t *testing.T, files map[string]*bytes.Buffer) map[string]nodeValues{
	"json":    readJSONLayout,
	"cyjs":    readCyjsLayout,
	"gexf":    readGEXFLayout,
	"graphml": readGraphMLLayout,
	"dot":     readDOTLayout,
	"html":    readHTMLLayout,
	"csv":     readCSVLayout,
	"neo4j":   readCSVLayout,
}

// TestLayoutAgrees writes one graph with one layout in every format that
// has attributes and reads the layout back from each: the same
// communities, centralities and positions everywhere, equal to the layout.
func TestLayoutAgrees(t *testing.T) {
	g := nastyGraph(t)
	l, err := g.Layout(context.Background(), graphstore.LayoutOptions{Positions: true, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]nodeValues{}
	for i, n := range g.Nodes() {
		want[n.ID] = nodeValues{l.Community[i], l.Degree[i], l.WeightedDegree[i], l.PageRank[i], &l.X[i], &l.Y[i]}
	}
	if l.Communities < 2 {
		t.Fatalf("%d communities: the graph should have several", l.Communities)
	}
	exporters := map[string]export.Exporter{
		"json": export.JSON{Layout: l}, "cyjs": export.Cytoscape{Layout: l}, "gexf": export.GEXF{Layout: l},
		"graphml": export.GraphML{Layout: l}, "dot": export.DOT{Layout: l}, "html": export.HTML{Layout: l},
		"csv": export.CSV{Guard: true, Layout: l}, "neo4j": export.CSV{Layout: l},
	}
	for _, format := range fileFormats() {
		ex, ok := exporters[format]
		if !ok {
			t.Errorf("format %s has no case here", format)
			continue
		}
		t.Run(format, func(t *testing.T) {
			files, err := writeToMap(ex, g)
			if err != nil {
				t.Fatal(err)
			}
			got := layoutReaders[format](t, files)
			if len(got) != len(want) {
				t.Errorf("%d nodes read, want %d", len(got), len(want))
			}
			for id, w := range want {
				if format == "csv" || format == "neo4j" {
					id = strings.ReplaceAll(id, "\r\n", "\n") // as Go's csv reader reads a quoted CR LF
				}
				if g, ok := got[id]; !ok || !reflect.DeepEqual(g, w) {
					t.Errorf("node %q:\n got %v\nwant %v", id, g, w)
				}
			}
		})
	}
}

func readJSONLayout(t *testing.T, files map[string]*bytes.Buffer) map[string]nodeValues {
	var d struct {
		Nodes []struct {
			ID             string   `json:"id"`
			Community      int      `json:"community"`
			PageRank       float64  `json:"pagerank"`
			Degree         int      `json:"degree"`
			WeightedDegree int      `json:"weighted_degree"`
			X              *float64 `json:"x"`
			Y              *float64 `json:"y"`
		} `json:"nodes"`
	}
	if err := json.Unmarshal(files[""].Bytes(), &d); err != nil {
		t.Fatal(err)
	}
	out := map[string]nodeValues{}
	for _, n := range d.Nodes {
		out[n.ID] = nodeValues{n.Community, n.Degree, n.WeightedDegree, n.PageRank, n.X, n.Y}
	}
	return out
}

func readCyjsLayout(t *testing.T, files map[string]*bytes.Buffer) map[string]nodeValues {
	var d struct {
		Elements struct {
			Nodes []struct {
				Data struct {
					ID             string   `json:"id"`
					Community      int      `json:"community"`
					PageRank       float64  `json:"pagerank"`
					Degree         int      `json:"degree"`
					WeightedDegree int      `json:"weighted_degree"`
					X              *float64 `json:"x"`
				} `json:"data"`
				Position *struct{ X, Y float64 } `json:"position"`
			} `json:"nodes"`
		} `json:"elements"`
	}
	if err := json.Unmarshal(files[""].Bytes(), &d); err != nil {
		t.Fatal(err)
	}
	out := map[string]nodeValues{}
	for _, n := range d.Elements.Nodes {
		if n.Data.X != nil {
			t.Errorf("node %q: x in data; positions belong in position", n.Data.ID)
		}
		v := nodeValues{n.Data.Community, n.Data.Degree, n.Data.WeightedDegree, n.Data.PageRank, nil, nil}
		if p := n.Position; p != nil {
			y := 0 - p.Y // Cytoscape's y grows downwards
			v.X, v.Y = &p.X, &y
		}
		out[n.Data.ID] = v
	}
	return out
}

func readGEXFLayout(t *testing.T, files map[string]*bytes.Buffer) map[string]nodeValues {
	var d struct {
		Nodes []struct {
			ID        string `xml:"id,attr"`
			AttValues []struct {
				For   string `xml:"for,attr"`
				Value string `xml:"value,attr"`
			} `xml:"attvalues>attvalue"`
			Position *struct {
				X float64 `xml:"x,attr"`
				Y float64 `xml:"y,attr"`
			} `xml:"http://gexf.net/1.3/viz position"`
		} `xml:"graph>nodes>node"`
	}
	if err := xml.Unmarshal(files[""].Bytes(), &d); err != nil {
		t.Fatal(err)
	}
	out := map[string]nodeValues{}
	for _, n := range d.Nodes {
		attrs := map[string]string{}
		for _, a := range n.AttValues {
			attrs[a.For] = a.Value
		}
		v := valuesOf(t, attrs)
		if n.Position != nil {
			v.X, v.Y = &n.Position.X, &n.Position.Y
		}
		out[n.ID] = v
	}
	return out
}

func readGraphMLLayout(t *testing.T, files map[string]*bytes.Buffer) map[string]nodeValues {
	var d struct {
		Nodes []struct {
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph>node"`
	}
	if err := xml.Unmarshal(files[""].Bytes(), &d); err != nil {
		t.Fatal(err)
	}
	out := map[string]nodeValues{}
	for _, n := range d.Nodes {
		attrs := map[string]string{}
		for _, a := range n.Data {
			attrs[a.Key] = a.Value
		}
		out[attrs["entity"]] = valuesOf(t, attrs)
	}
	return out
}

// dotNode matches a node statement of the DOT exporter; dotAttr one
// attribute in it, a quoted string or a bare word.
var (
	dotNode = regexp.MustCompile(`(?m)^\tn\d+ \[(.*)\];$`)
	dotAttr = regexp.MustCompile(`(\w+)=("(?:[^"\\]|\\.)*"|[^,\]]+)`)
)

func readDOTLayout(t *testing.T, files map[string]*bytes.Buffer) map[string]nodeValues {
	src := files[""].String()
	if !strings.Contains(src, "layout=nop2") {
		t.Error("a laid out DOT must ask for the nop2 layout, which keeps pos")
	}
	out := map[string]nodeValues{}
	for _, m := range dotNode.FindAllStringSubmatch(src, -1) {
		attrs := map[string]string{}
		for _, a := range dotAttr.FindAllStringSubmatch(m[1], -1) {
			v := a[2]
			if strings.HasPrefix(v, `"`) {
				v = export.UnescapeDOT(v[1 : len(v)-1])
			}
			attrs[a[1]] = v
		}
		x, y, ok := strings.Cut(attrs["pos"], ",")
		if ok {
			attrs["x"], attrs["y"] = x, y
		}
		out[attrs["id"]] = valuesOf(t, attrs)
	}
	return out
}

func readHTMLLayout(t *testing.T, files map[string]*bytes.Buffer) map[string]nodeValues {
	var p viewer.Page
	if err := json.Unmarshal(htmlData(t, files[""].Bytes()), &p); err != nil {
		t.Fatal(err)
	}
	out := map[string]nodeValues{}
	for _, n := range p.Nodes {
		out[n.ID] = nodeValues{n.Community, n.Degree, n.WeightedDegree, n.PageRank, &n.X, &n.Y}
	}
	return out
}

func readCSVLayout(t *testing.T, files map[string]*bytes.Buffer) map[string]nodeValues {
	rows, err := csv.NewReader(files["nodes.csv"]).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]nodeValues{}
	for _, row := range rows[1:] {
		attrs := map[string]string{}
		for i, h := range rows[0] {
			name, _, _ := strings.Cut(h, ":")
			attrs[name] = row[i]
		}
		out[strings.TrimPrefix(attrs["id"], "'")] = valuesOf(t, attrs)
	}
	return out
}

// valuesOf reads the layout from attributes named as the formats name
// them: community, pagerank, degree, weighted_degree, and x and y when
// there.
func valuesOf(t *testing.T, attrs map[string]string) nodeValues {
	t.Helper()
	num := func(k string) float64 {
		f, err := strconv.ParseFloat(attrs[k], 64)
		if err != nil {
			t.Errorf("%s=%q: %v", k, attrs[k], err)
		}
		return f
	}
	v := nodeValues{Community: int(num("community")), Degree: int(num("degree")),
		WeightedDegree: int(num("weighted_degree")), PageRank: num("pagerank")}
	if _, ok := attrs["x"]; ok {
		x, y := num("x"), num("y")
		v.X, v.Y = &x, &y
	}
	return v
}

// TestArrangePolicy checks which formats Arrange lays out under each
// setting, and that it computes the layout of the graph it is given.
func TestArrangePolicy(t *testing.T) {
	g := nastyGraph(t)
	auto := map[string]bool{"gexf": true, "graphml": true, "cyjs": true, "html": true}
	for _, format := range fileFormats() {
		for _, p := range []export.Positions{export.PositionsAuto, export.PositionsOn, export.PositionsOff} {
			ex, err := export.Lookup(format)
			if err != nil {
				t.Fatal(err)
			}
			ex, skipped, err := export.Arrange(context.Background(), ex, g, p)
			if format == "html" && p == export.PositionsOff {
				if !errors.Is(err, export.ErrPagePositions) {
					t.Errorf("html, off: err = %v, want ErrPagePositions", err)
				}
				continue
			}
			if err != nil || skipped {
				t.Fatalf("%s, %s: skipped %v, err %v", format, p, skipped, err)
			}
			l := layoutOf(ex)
			want := p == export.PositionsOn || p == export.PositionsAuto && auto[format]
			if l == nil || !l.Of(g) || l.Positioned != want || len(l.Community) != g.NumNodes() {
				t.Errorf("%s, %s: layout %v of the graph %v, positioned %v; want positioned %v", format, p, l != nil, l.Of(g), l != nil && l.Positioned, want)
			}
		}
	}
	// Formats without attributes come back as they are.
	svg, _ := export.Lookup("svg")
	if ex, skipped, err := export.Arrange(context.Background(), svg, g, export.PositionsOn); err != nil || skipped || ex != svg {
		t.Errorf("svg: %v, %v, %v; want it unchanged", ex, skipped, err)
	}
}

// TestArrangeSkipsLargeGraphs checks that auto leaves positions out, and
// says so, above AutoPositionsMax nodes, and that on lays out anyway.
func TestArrangeSkipsLargeGraphs(t *testing.T) {
	nodes := make([]graphstore.Node, export.AutoPositionsMax+1)
	for i := range nodes {
		nodes[i] = graphstore.Node{ID: fmt.Sprintf("person:%06d", i), Type: extract.Person, Mentions: 1}
	}
	big, err := graphstore.NewView(nodes, []graphstore.Edge{{Source: nodes[0].ID, Target: nodes[1].ID, Weight: 1}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ex, skipped, err := export.Arrange(context.Background(), export.GEXF{}, big, export.PositionsAuto)
	if err != nil || !skipped || layoutOf(ex).Positioned {
		t.Errorf("gexf, auto, %d nodes: skipped %v, err %v; want skipped, no positions", big.NumNodes(), skipped, err)
	}
	if _, skipped, err := export.Arrange(context.Background(), export.JSON{}, big, export.PositionsAuto); err != nil || skipped {
		t.Errorf("json, auto: skipped %v, err %v; want not skipped (json is not laid out by default)", skipped, err)
	}
	if testing.Short() {
		return
	}
	ex, skipped, err = export.Arrange(context.Background(), export.GEXF{}, big, export.PositionsOn)
	if err != nil || skipped || !layoutOf(ex).Positioned {
		t.Errorf("gexf, on: skipped %v, err %v; want positions", skipped, err)
	}
}

// TestLayoutOfAnotherGraph checks that an exporter refuses a layout that
// is not of the graph it writes, before writing anything.
func TestLayoutOfAnotherGraph(t *testing.T) {
	g, other := nastyGraph(t), oneEdge("x")
	l, err := other.Layout(context.Background(), graphstore.LayoutOptions{Positions: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range []export.Exporter{export.JSON{Layout: l}, export.Cytoscape{Layout: l}, export.GEXF{Layout: l},
		export.GraphML{Layout: l}, export.DOT{Layout: l}, export.HTML{Layout: l}, export.CSV{Layout: l}} {
		var b bytes.Buffer
		err := writeAll(ex, g, func(string) (io.Writer, error) { return &b, nil })
		if err == nil || b.Len() > 0 {
			t.Errorf("%T: err %v, %d bytes written; want an error and nothing written", ex, err, b.Len())
		}
	}
	noPositions, err := g.Layout(context.Background(), graphstore.LayoutOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := (export.HTML{Layout: noPositions}).Write(io.Discard, g); !errors.Is(err, export.ErrPagePositions) {
		t.Errorf("html without positions: err = %v, want ErrPagePositions", err)
	}
}

func TestArrangeCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := export.Arrange(ctx, export.GEXF{}, nastyGraph(t), export.PositionsOn); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestParsePositions(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want export.Positions
		ok   bool
	}{{"auto", export.PositionsAuto, true}, {"ON", export.PositionsOn, true}, {"off", export.PositionsOff, true}, {"yes", 0, false}, {"", 0, false}} {
		got, err := export.ParsePositions(tc.in)
		if (err == nil) != tc.ok || tc.ok && got != tc.want {
			t.Errorf("ParsePositions(%q) = %v, %v; want %v, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
		if tc.ok && got.String() != strings.ToLower(tc.in) {
			t.Errorf("%v.String() = %q, want %q", got, got.String(), strings.ToLower(tc.in))
		}
	}
}
