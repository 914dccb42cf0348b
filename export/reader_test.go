package export_test

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
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
// testdata/readers/nx_read.py prints.
type canonGraph struct {
	Directed   bool        `json:"directed"`
	Multigraph bool        `json:"multigraph"`
	Nodes      []canonNode `json:"nodes"`
	Edges      []canonEdge `json:"edges"`
}

type canonNode struct {
	ID       string   `json:"id"`
	Label    string   `json:"label"`
	Type     string   `json:"type"`
	ISO      string   `json:"iso"`
	Mentions int      `json:"mentions"`
	Articles int      `json:"articles"`
	Sources  int      `json:"sources"`
	Aliases  []string `json:"aliases"`
}

type canonEdge struct {
	Source    string   `json:"source"`
	Target    string   `json:"target"`
	Weight    int      `json:"weight"`
	Sentences int      `json:"sentences"`
	NPMI      float64  `json:"npmi"`
	Articles  []string `json:"articles"`
}

// canonical returns g in the form the readers print, sorted.
func canonical(g *graphstore.Graph) canonGraph {
	c := canonGraph{Nodes: []canonNode{}, Edges: []canonEdge{}}
	for _, n := range g.Nodes() {
		cn := canonNode{ID: n.ID, Label: n.Label, Type: string(n.Type), ISO: n.ISO, Mentions: n.Mentions,
			Articles: n.Articles, Sources: n.Sources, Aliases: []string{}}
		for _, a := range n.Aliases {
			cn.Aliases = append(cn.Aliases, a.Name)
		}
		c.Nodes = append(c.Nodes, cn)
	}
	for _, e := range g.Edges() {
		c.Edges = append(c.Edges, canonEdge{e.Source, e.Target, e.Weight, e.Sentences, e.NPMI, slices.Clone(e.Articles)})
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

// networkx reads path with testdata/readers/nx_read.py.
func networkx(t *testing.T, format, path string) canonGraph {
	t.Helper()
	py := testenv.Python(t, "networkx")
	cmd := exec.Command(py, "testdata/readers/nx_read.py", format, path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("networkx %s: %v\n%s", format, err, stderr.Bytes())
	}
	var c canonGraph
	if err := json.Unmarshal(out, &c); err != nil {
		t.Fatalf("networkx %s: %v\n%s", format, err, out)
	}
	return c
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

var _ = fmt.Sprint

// jsReader reads path with testdata/js/read.js under Node.js. It skips
// when node or the npm packages are missing (install them with
// npm ci --prefix export/testdata/js), and fails instead when
// NERGRAPH_REQUIRE_ALL is set.
func jsReader(t *testing.T, format, path string) canonGraph {
	t.Helper()
	node := testenv.Tool(t, "node")
	if _, err := os.Stat("testdata/js/node_modules"); err != nil {
		msg := "npm packages missing: run npm ci --prefix export/testdata/js"
		if os.Getenv(testenv.RequireAll) != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	out := run(t, node, "testdata/js/read.js", format, path)
	var c canonGraph
	if err := json.Unmarshal(out, &c); err != nil {
		t.Fatalf("read.js %s: %v\n%s", format, err, out)
	}
	return c
}
