package export_test

import (
	"cmp"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testenv"
)

// relEdge is the relations of one link as a reader saw them, in the form
// testdata/readers/relations_read.py prints.
type relEdge struct {
	Source     string     `json:"source"`
	Target     string     `json:"target"`
	Predicate  *string    `json:"predicate"`  // nil when the format has no such attribute
	Predicates []string   `json:"predicates"` // nil when the format has no such attribute
	Relations  []relation `json:"relations"`
}

type relation struct {
	Predicate       string   `json:"predicate"`
	Source          string   `json:"source"`
	Target          string   `json:"target"`
	Count           int      `json:"count"`
	Articles        []string `json:"articles"`
	Negated         bool     `json:"negated"`
	Symmetric       bool     `json:"symmetric"`
	Role            bool     `json:"role"`
	EvidenceArticle string   `json:"evidence_article"`
	Evidence        string   `json:"evidence"`
	Type            string   `json:"type,omitempty"` // the neo4j :TYPE
}

// wantRelations returns the relations of g's links in the readers' form:
// with the top predicate and the list of predicates when withPredicates,
// with the neo4j :TYPE when withType.
func wantRelations(g *graphstore.Graph, withPredicate, withPredicates, withType bool) []relEdge {
	var out []relEdge
	for _, e := range g.Edges() {
		if len(e.Relations) == 0 {
			continue
		}
		re := relEdge{Source: e.Source, Target: e.Target}
		top, _ := e.TopRelation()
		if withPredicate {
			l := top.Label()
			re.Predicate = &l
		}
		for _, r := range e.Relations {
			if withPredicates && !slices.Contains(re.Predicates, r.Label()) {
				re.Predicates = append(re.Predicates, r.Label())
			}
			rel := relation{Predicate: r.Predicate, Source: r.Source, Target: r.Target, Count: r.Count, Articles: r.Articles,
				Negated: r.Negated, Symmetric: r.Symmetric, Role: r.Role,
				EvidenceArticle: r.Statements[0].Article, Evidence: r.Statements[0].Evidence}
			if withType {
				rel.Type = neo4jTypeOf(r)
			}
			re.Relations = append(re.Relations, rel)
		}
		out = append(out, re)
	}
	return out
}

// neo4jTypeOf spells out the :TYPE rule for the fixture's predicates.
func neo4jTypeOf(r graphstore.LinkRelation) string {
	t := strings.ToUpper(strings.Join(strings.FieldsFunc(r.Predicate, func(c rune) bool {
		return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == 'ü' || c == 'Ü')
	}), "_"))
	if t == "" {
		t = "RELATED_TO"
	}
	if r.Negated {
		t = "NOT_" + t
	}
	return t
}

// compareRelations reports every difference between the relations a reader
// saw and want.
func compareRelations(t *testing.T, reader string, got, want []relEdge) {
	t.Helper()
	slices.SortFunc(got, func(a, b relEdge) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target))
	})
	if len(got) != len(want) {
		t.Errorf("%s: %d links with relations, want %d", reader, len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		if !reflect.DeepEqual(got[i], want[i]) {
			g, _ := json.Marshal(got[i])
			w, _ := json.Marshal(want[i])
			t.Errorf("%s: link %d\n got %s\nwant %s", reader, i, g, w)
		}
	}
}

// readRelations runs a reader over the given formats of one graph, in one
// process, and returns what it read of each.
func readRelations(t *testing.T, reader string, cmd []string, paths map[string]string, formats ...string) map[string][]relEdge {
	t.Helper()
	args := slices.Clone(cmd[1:])
	for _, f := range formats {
		args = append(args, f, paths[f])
	}
	var v map[string]struct{ Edges []relEdge }
	out := run(t, cmd[0], args...)
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatalf("%s: %v\n%s", reader, err, out)
	}
	got := map[string][]relEdge{}
	for f, e := range v {
		got[f] = e.Edges
	}
	return got
}

// TestRelationsReaders reads the relations on the links of every format
// that carries them back with the readers the users have: networkx for
// node-link JSON, Cytoscape JSON, GEXF and GraphML; graphology-gexf and
// Cytoscape.js; Python's csv module for the neo4j and csv files. Each must
// give every relation exactly, and none on links without. Each reader reads
// all its formats in one process.
func TestRelationsReaders(t *testing.T) {
	g := nastyGraph(t)
	if len(wantRelations(g, false, false, false)) < 10 {
		t.Fatal("the fixture has too few relations to test")
	}
	paths := map[string]string{}
	for _, f := range []struct{ format, ext string }{{"json", ".json"}, {"cyjs", ".cyjs"}, {"gexf", ".gexf"}, {"graphml", ".graphml"}} {
		paths[f.format], _ = writeTemp(t, f.format, f.ext, g)
	}
	paths["neo4j"], paths["csv"] = writeDir(t, "neo4j", g), writeDir(t, "csv", g)
	preds := map[string]bool{"gexf": true, "graphml": true} // formats with a predicates attribute
	t.Run("networkx", func(t *testing.T) {
		py, major := testenv.Networkx(t)
		formats := []string{"json", "cyjs", "graphml"}
		if major >= 3 {
			formats = append(formats, "gexf") // GEXF 1.3 needs networkx 3, as TestNetworkx says
		}
		got := readRelations(t, "networkx", []string{py, "testdata/readers/relations_read.py"}, paths, formats...)
		for _, f := range formats {
			compareRelations(t, "networkx "+f, got[f], wantRelations(g, true, preds[f], false))
		}
	})
	t.Run("javascript", func(t *testing.T) {
		node := jsNode(t)
		got := readRelations(t, "javascript", []string{node, "testdata/js/relations.js"}, paths, "gexf", "cyjs")
		for _, f := range []string{"gexf", "cyjs"} {
			compareRelations(t, "js "+f, got[f], wantRelations(g, true, preds[f], false))
		}
	})
	t.Run("csv", func(t *testing.T) {
		py := testenv.Python(t)
		got := readRelations(t, "python csv", []string{py, "testdata/readers/relations_read.py"}, paths, "neo4j", "csv")
		want := wantRelations(g, false, false, true)
		for i := range want {
			for j := range want[i].Relations {
				// Arrays split on ';', as neo4j-admin does (see CSV).
				r := &want[i].Relations[j]
				r.Articles = strings.Split(strings.Join(r.Articles, ";"), ";")
			}
		}
		for _, f := range []string{"neo4j", "csv"} {
			for i := range got[f] {
				got[f][i].Predicate = nil // the file has no per-link top predicate
			}
			compareRelations(t, "python csv "+f, got[f], want)
		}
	})
}

// writeDir writes g in a directory format to a test directory.
func writeDir(t *testing.T, format string, g *graphstore.Graph) string {
	t.Helper()
	ex, err := export.Lookup(format)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	err = ex.(export.DirExporter).WriteFiles(g, func(name string) (io.Writer, error) {
		f, err := os.Create(filepath.Join(dir, name))
		t.Cleanup(func() { f.Close() })
		return f, err
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestRelationsGraphviz reads the relation attributes of the DOT output
// back with Graphviz, and with EdgeLabels each labelled edge's label and
// arrow: the label is the top predicate, the arrowhead at its object.
func TestRelationsGraphviz(t *testing.T) {
	dot := testenv.Tool(t, "dot")
	g := nastyGraph(t)
	var src strings.Builder
	if err := (export.DOT{EdgeLabels: true}).Write(&src, g); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "graph.dot")
	if err := os.WriteFile(path, []byte(src.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var gj graphvizJSON
	if err := json.Unmarshal(run(t, dot, "-Tjson0", path), &gj); err != nil {
		t.Fatalf("dot -Tjson0: %v", err)
	}
	str := func(m map[string]any, k string) string { s, _ := m[k].(string); return export.UnescapeDOT(s) }
	ids := map[float64]string{}
	for _, o := range gj.Objects {
		ids[o["_gvid"].(float64)] = str(o, "id")
	}
	var got []relEdge
	labels := 0
	for _, e := range gj.Edges {
		tail, head := ids[e["tail"].(float64)], ids[e["head"].(float64)]
		if _, ok := e["relations"]; !ok {
			if l := str(e, "label"); l != "" {
				t.Errorf("edge %s -- %s: a label without relations", tail, head)
			}
			continue
		}
		var rels []struct {
			Predicate, Source, Target string
			Count                     int
			Articles                  []string
			Negated, Symmetric, Role  bool
			Evidence                  struct{ Article, Sentence string }
		}
		var preds []string
		if err := json.Unmarshal([]byte(str(e, "relations")), &rels); err != nil {
			t.Fatalf("relations=%q: %v", str(e, "relations"), err)
		}
		if err := json.Unmarshal([]byte(str(e, "predicates")), &preds); err != nil {
			t.Fatalf("predicates=%q: %v", str(e, "predicates"), err)
		}
		p := str(e, "predicate")
		re := relEdge{Source: min(tail, head), Target: max(tail, head), Predicate: &p, Predicates: preds}
		for _, r := range rels {
			re.Relations = append(re.Relations, relation{r.Predicate, r.Source, r.Target, r.Count, r.Articles,
				r.Negated, r.Symmetric, r.Role, r.Evidence.Article, r.Evidence.Sentence, ""})
		}
		got = append(got, re)
		// The label and the arrow of the top relation.
		if str(e, "label") != p {
			t.Errorf("edge %s -- %s: label %q, want %q", tail, head, str(e, "label"), p)
		}
		top := rels[0]
		for _, r := range rels {
			if !r.Negated {
				top = r
				break
			}
		}
		want := "forward"
		switch {
		case top.Symmetric:
			want = ""
		case top.Target == tail:
			want = "back"
		}
		if d := str(e, "dir"); d != want {
			t.Errorf("edge %s -- %s: dir=%q for %s → %s; want %q", tail, head, d, top.Source, top.Target, want)
		}
		labels++
	}
	compareRelations(t, "graphviz", got, wantRelations(g, true, true, false))
	if labels == 0 {
		t.Error("no labelled edge")
	}
	if svg := run(t, dot, "-Tsvg", path); !strings.Contains(string(svg), "</svg>") {
		t.Errorf("dot -Tsvg gave no SVG")
	}
}
