package export_test

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testenv"
)

// neo4jArrays returns g as Neo4j sees its string arrays: split on ';', so
// an element holding a ';' becomes two.
func neo4jArrays(g *graphstore.Graph) *graphstore.Graph {
	split := func(s []string) []string {
		if len(s) == 0 {
			return nil
		}
		return strings.Split(strings.Join(s, ";"), ";")
	}
	out := make([]graphstore.Node, g.NumNodes())
	for i, n := range g.Nodes() {
		out[i] = n
		out[i].Aliases = nil
		for _, a := range split(aliasNamesOf(n)) {
			out[i].Aliases = append(out[i].Aliases, graphstore.Alias{Name: a})
		}
	}
	outEdges := make([]graphstore.Edge, g.NumEdges())
	for i, e := range g.Edges() {
		outEdges[i] = e
		outEdges[i].Articles = split(e.Articles)
	}
	v, err := graphstore.NewView(out, outEdges, g.Articles())
	if err != nil {
		panic(err)
	}
	return v
}

func aliasNamesOf(n graphstore.Node) []string {
	var s []string
	for _, a := range n.Aliases {
		s = append(s, a.Name)
	}
	return s
}

// TestCSVPython reads both CSV formats with Python's csv module, in one
// process: the neo4j files must give every value exactly, the csv files
// every value once the formula guard is removed, and no csv cell may start
// a formula.
func TestCSVPython(t *testing.T) {
	py := testenv.Python(t)
	var cases []readerCase
	for _, format := range []string{"csv", "neo4j"} {
		ex, _ := export.Lookup(format)
		for _, tc := range graphs(t) {
			dir := t.TempDir()
			err := ex.(export.DirExporter).WriteFiles(tc.g, func(name string) (io.Writer, error) {
				f, err := os.Create(filepath.Join(dir, name))
				t.Cleanup(func() { f.Close() })
				return f, err
			})
			if err != nil {
				t.Fatal(err)
			}
			cases = append(cases, readerCase{format + "/" + tc.name, neo4jArrays(tc.g), readFile{format, dir}})
		}
	}
	compareAll(t, "python csv", []string{py, "testdata/readers/csv_read.py"}, cases)
}
