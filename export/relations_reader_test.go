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

func readRelations(t *testing.T, out []byte, reader string) []relEdge {
	t.Helper()
	var v struct{ Edges []relEdge }
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatalf("%s: %v\n%s", reader, err, out)
	}
	return v.Edges
}

// TestRelationsReaders reads the relations on the links of every format
// that carries them back with the readers the users have: networkx for
// node-link JSON, Cytoscape JSON, GEXF and GraphML; graphology-gexf and
// Cytoscape.js; Python's csv module for the neo4j and csv files. Each must
// give every relation exactly, and none on links without.
func TestRelationsReaders(t *testing.T) {
	g := nastyGraph(t)
	if len(wantRelations(g, false, false, false)) < 10 {
		t.Fatal("the fixture has too few relations to test")
	}
	t.Run("networkx", func(t *testing.T) {
		py := testenv.Python(t, "networkx")
		for _, f := range []struct {
			format, ext string
			preds       bool
		}{{"json", ".json", false}, {"cyjs", ".cyjs", false}, {"gexf", ".gexf", true}, {"graphml", ".graphml", true}} {
			path := writeTemp(t, f.format, f.ext, g)
			got := readRelations(t, run(t, py, "testdata/readers/relations_read.py", f.format, path), "networkx "+f.format)
			compareRelations(t, "networkx "+f.format, got, wantRelations(g, true, f.preds, false))
		}
	})
	t.Run("javascript", func(t *testing.T) {
		node := testenv.Tool(t, "node")
		if _, err := os.Stat("testdata/js/node_modules"); err != nil {
			if os.Getenv(testenv.RequireAll) != "" {
				t.Fatal("npm packages missing: run npm ci --prefix export/testdata/js")
			}
			t.Skip("npm packages missing: run npm ci --prefix export/testdata/js")
		}
		for _, f := range []struct {
			format, ext string
			preds       bool
		}{{"gexf", ".gexf", true}, {"cyjs", ".cyjs", false}} {
			path := writeTemp(t, f.format, f.ext, g)
			got := readRelations(t, run(t, node, "testdata/js/relations.js", f.format, path), "js "+f.format)
			compareRelations(t, "js "+f.format, got, wantRelations(g, true, f.preds, false))
		}
	})
	t.Run("csv", func(t *testing.T) {
		py := testenv.Python(t)
		for _, format := range []string{"neo4j", "csv"} {
			dir := writeDir(t, format, g)
			got := readRelations(t, run(t, py, "testdata/readers/relations_read.py", format, dir), "python csv "+format)
			for i := range got {
				got[i].Predicate = nil // the file has no per-link top predicate
			}
			want := wantRelations(g, false, false, true)
			for i := range want {
				for j := range want[i].Relations {
					// Arrays split on ';', as neo4j-admin does (see CSV).
					r := &want[i].Relations[j]
					r.Articles = strings.Split(strings.Join(r.Articles, ";"), ";")
				}
			}
			compareRelations(t, "python csv "+format, got, want)
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
