package export_test

import (
	"bytes"
	"cmp"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testenv"
)

// canonGraph is a graph as a third-party reader saw it, in the form
// testdata/readers/nx_read.py prints. Numbers are float64, so that a count
// a reader gives as 1.0 (networkx 3 reads GEXF weights as the doubles the
// GEXF schema makes them) equals the 1 we wrote: numbers are compared as
// numbers, not as JSON text. Error is set instead when the reader failed on
// the file.
type canonGraph struct {
	Directed   bool        `json:"directed"`
	Multigraph bool        `json:"multigraph"`
	Nodes      []canonNode `json:"nodes"`
	Edges      []canonEdge `json:"edges"`
	Error      string      `json:"error"`
}

type canonNode struct {
	ID       string   `json:"id"`
	Label    string   `json:"label"`
	Type     string   `json:"type"`
	ISO      string   `json:"iso"`
	Mentions float64  `json:"mentions"`
	Articles float64  `json:"articles"`
	Sources  float64  `json:"sources"`
	Aliases  []string `json:"aliases"`
}

type canonEdge struct {
	Source    string   `json:"source"`
	Target    string   `json:"target"`
	Weight    float64  `json:"weight"`
	Sentences float64  `json:"sentences"`
	NPMI      float64  `json:"npmi"`
	Articles  []string `json:"articles"`
}

// canonical returns g in the form the readers print, sorted.
func canonical(g *graphstore.Graph) canonGraph {
	c := canonGraph{Nodes: []canonNode{}, Edges: []canonEdge{}}
	for _, n := range g.Nodes() {
		cn := canonNode{ID: n.ID, Label: n.Label, Type: string(n.Type), ISO: n.ISO, Mentions: float64(n.Mentions),
			Articles: float64(n.Articles), Sources: float64(n.Sources), Aliases: []string{}}
		for _, a := range n.Aliases {
			cn.Aliases = append(cn.Aliases, a.Name)
		}
		c.Nodes = append(c.Nodes, cn)
	}
	for _, e := range g.Edges() {
		c.Edges = append(c.Edges, canonEdge{e.Source, e.Target, float64(e.Weight), float64(e.Sentences), e.NPMI, slices.Clone(e.Articles)})
	}
	return c
}

func (c *canonGraph) sort() {
	for i, e := range c.Edges {
		if e.Source > e.Target {
			c.Edges[i].Source, c.Edges[i].Target = e.Target, e.Source
		}
	}
	slices.SortFunc(c.Nodes, func(a, b canonNode) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(c.Edges, func(a, b canonEdge) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target))
	})
	for i := range c.Nodes {
		if c.Nodes[i].Aliases == nil {
			c.Nodes[i].Aliases = []string{}
		}
	}
}

// compareCanon reports every difference between what a reader saw and g.
func compareCanon(t *testing.T, reader string, got canonGraph, g *graphstore.Graph) {
	t.Helper()
	want := canonical(g)
	got.sort()
	if got.Directed || got.Multigraph {
		t.Errorf("%s: directed=%v multigraph=%v, want both false", reader, got.Directed, got.Multigraph)
	}
	if len(got.Nodes) != len(want.Nodes) || len(got.Edges) != len(want.Edges) {
		t.Errorf("%s: %d nodes, %d edges; want %d, %d", reader, len(got.Nodes), len(got.Edges), len(want.Nodes), len(want.Edges))
	}
	for i := range min(len(got.Nodes), len(want.Nodes)) {
		if !reflect.DeepEqual(got.Nodes[i], want.Nodes[i]) {
			t.Errorf("%s: node %d\n got %#v\nwant %#v", reader, i, got.Nodes[i], want.Nodes[i])
		}
	}
	for i := range min(len(got.Edges), len(want.Edges)) {
		if !reflect.DeepEqual(got.Edges[i], want.Edges[i]) {
			t.Errorf("%s: edge %d\n got %#v\nwant %#v", reader, i, got.Edges[i], want.Edges[i])
		}
	}
}

// writeTemp writes g in format to a file in a test directory.
func writeTemp(t *testing.T, format, ext string, g *graphstore.Graph) string {
	t.Helper()
	ex, err := export.Lookup(format)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := ex.Write(&buf, g); err != nil {
		t.Fatalf("%s: Write: %v", format, err)
	}
	p := filepath.Join(t.TempDir(), "graph"+ext)
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// readFile is one file for a reader to read: its format as the reader
// scripts name it, and its path.
type readFile struct{ format, path string }

// readAll runs a reader script once for all files (argv, then format and
// path of each) and returns what it saw of each, in order: one process
// for many graphs, since starting Python with networkx takes a second or
// more. The script prints a JSON array; an item with "error" set is a file
// the reader could not read, which the caller reports.
func readAll(t *testing.T, argv []string, files []readFile) []canonGraph {
	t.Helper()
	args := slices.Clone(argv[1:])
	for _, f := range files {
		args = append(args, f.format, f.path)
	}
	out := run(t, argv[0], args...)
	var gs []canonGraph
	if err := json.Unmarshal(out, &gs); err != nil {
		t.Fatalf("%s: %v\n%.2000s", argv, err, out)
	}
	if len(gs) != len(files) {
		t.Fatalf("%s: %d graphs for %d files", argv, len(gs), len(files))
	}
	return gs
}

// readerCase is one graph written in one format for a reader.
type readerCase struct {
	name string // format/graph
	g    *graphstore.Graph
	file readFile
}

// readerCases writes every graph of the table in each format, with the
// file extension the format has.
func readerCases(t *testing.T, formats ...string) []readerCase {
	t.Helper()
	var cs []readerCase
	for _, format := range formats {
		for _, tc := range graphs(t) {
			path := writeTemp(t, format, "."+format, tc.g)
			cs = append(cs, readerCase{format + "/" + tc.name, tc.g, readFile{format, path}})
		}
	}
	return cs
}

// compareAll reads the cases with one run of argv and compares each with
// its graph, in a subtest per case.
func compareAll(t *testing.T, reader string, argv []string, cases []readerCase) {
	t.Helper()
	files := make([]readFile, len(cases))
	for i, c := range cases {
		files[i] = c.file
	}
	got := readAll(t, argv, files)
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got[i].Error != "" {
				t.Fatalf("%s could not read %s: %s", reader, c.file.path, got[i].Error)
			}
			compareCanon(t, reader, got[i], c.g)
		})
	}
}

// TestNetworkx reads the JSON, GraphML, Cytoscape JSON and GEXF back with
// networkx, in one Python process. GEXF 1.3 needs networkx 3; with only
// networkx 2 (Debian 12's python3-networkx) its cases are skipped, or fail
// under NERGRAPH_REQUIRE_ALL.
func TestNetworkx(t *testing.T) {
	py, major := testenv.Networkx(t)
	formats := []string{"json", "graphml", "cyjs"}
	if major >= 3 {
		formats = append(formats, "gexf")
	}
	compareAll(t, "networkx", []string{py, "testdata/readers/nx_read.py"}, readerCases(t, formats...))
	if major < 3 {
		t.Run("gexf", func(t *testing.T) {
			testenv.Missing(t, "networkx %d.x at %s cannot read GEXF 1.3; it needs networkx 3", major, py)
		})
	}
}

// TestJSReaders reads the GEXF with graphology-gexf (the reader of sigma.js
// and Gephi Lite) and the Cytoscape JSON with a headless Cytoscape.js, in
// one Node.js process.
func TestJSReaders(t *testing.T) {
	node := jsNode(t)
	compareAll(t, "javascript", []string{node, "testdata/js/read.js"}, readerCases(t, "gexf", "cyjs"))
}

// run runs a program and fails the test on an error exit or any stderr.
func run(t *testing.T, name string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("%s %v: %v\n%s", name, args, err, stderr.Bytes())
	}
	return out
}

// jsNode returns the node program for testdata/js/read.js. It skips when
// node or the npm packages are missing (install them with
// npm ci --prefix export/testdata/js), and fails instead when
// NERGRAPH_REQUIRE_ALL is set.
func jsNode(t *testing.T) string {
	t.Helper()
	node := testenv.Tool(t, "node")
	if _, err := os.Stat("testdata/js/node_modules"); err != nil {
		testenv.Missing(t, "npm packages missing: run npm ci --prefix export/testdata/js")
	}
	return node
}
