package export_test

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testenv"
)

// graphvizJSON is what "dot -Tjson0" prints, as far as the tests need it.
type graphvizJSON struct {
	Directed bool             `json:"directed"`
	Objects  []map[string]any `json:"objects"`
	Edges    []map[string]any `json:"edges"`
}

// readDOT parses a DOT file with Graphviz (failing on any warning) and
// returns it as the canonical graph: names and attributes unescaped.
func readDOT(t *testing.T, dot, path string) canonGraph {
	t.Helper()
	var gj graphvizJSON
	if err := json.Unmarshal(run(t, dot, "-Tjson0", path), &gj); err != nil {
		t.Fatalf("dot -Tjson0: %v", err)
	}
	str := func(m map[string]any, k string) string { s, _ := m[k].(string); return export.UnescapeDOT(s) }
	num := func(m map[string]any, k string) float64 {
		var n float64
		if err := json.Unmarshal([]byte(str(m, k)), &n); err != nil {
			t.Errorf("attribute %s=%q: %v", k, m[k], err)
		}
		return n
	}
	list := func(m map[string]any, k string) []string {
		var l []string
		if err := json.Unmarshal([]byte(str(m, k)), &l); err != nil {
			t.Errorf("attribute %s=%q: %v", k, m[k], err)
		}
		return l
	}
	c := canonGraph{Directed: gj.Directed, Nodes: []canonNode{}, Edges: []canonEdge{}}
	ids := map[float64]string{}
	for _, o := range gj.Objects {
		id := str(o, "id")
		ids[o["_gvid"].(float64)] = id
		c.Nodes = append(c.Nodes, canonNode{ID: id, Label: str(o, "label"), Type: str(o, "type"), ISO: str(o, "iso"),
			Mentions: num(o, "mentions"), Articles: num(o, "articles"), Sources: num(o, "sources"), Aliases: list(o, "aliases")})
	}
	for _, e := range gj.Edges {
		s, tg := ids[e["tail"].(float64)], ids[e["head"].(float64)]
		if s > tg {
			s, tg = tg, s
		}
		var npmi float64
		if err := json.Unmarshal([]byte(str(e, "npmi")), &npmi); err != nil {
			t.Errorf("npmi: %v", err)
		}
		c.Edges = append(c.Edges, canonEdge{Source: s, Target: tg, Weight: num(e, "weight"), Sentences: num(e, "sentences"),
			NPMI: npmi, Articles: list(e, "articles")})
	}
	return c
}

// TestDOTGraphviz reads the DOT output back with Graphviz: it must parse and
// render with no warning, and give back every node, edge, name and attribute.
func TestDOTGraphviz(t *testing.T) {
	dot := testenv.Tool(t, "dot")
	for _, tc := range graphs(t) {
		t.Run(tc.name, func(t *testing.T) {
			path := writeTemp(t, "dot", ".dot", tc.g)
			compareCanon(t, "graphviz", readDOT(t, dot, path), tc.g)
			if svg := run(t, dot, "-Tsvg", path); !strings.Contains(string(svg), "</svg>") {
				t.Errorf("dot -Tsvg gave no SVG")
			}
		})
	}
}

// TestDOTNamesGraphviz reads back, through Graphviz, names made of the
// characters DOT and escString treat specially.
func TestDOTNamesGraphviz(t *testing.T) {
	dot := testenv.Tool(t, "dot")
	for _, s := range append(slices.Clone(nastyNames), "", `\`, `\\`, `\"`, `\N`, "\r\n", `\n`, `\\n`, `"`, `a\`) {
		g := oneEdge(s)
		compareCanon(t, "graphviz "+strconv.Quote(s), readDOT(t, dot, writeTemp(t, "dot", ".dot", g)), g)
	}
}

// oneEdge returns a graph of two entities, both named name, with one edge.
func oneEdge(name string) *graphstore.Graph {
	g, err := graphstore.NewView(
		[]graphstore.Node{{ID: "a:" + name, Label: name, Type: "PERSON", Aliases: []graphstore.Alias{{Name: name, Count: 1}}},
			{ID: "b:" + name, Label: name, Type: "ORG"}},
		[]graphstore.Edge{{Source: "a:" + name, Target: "b:" + name, Weight: 1, Articles: []string{name}}},
		[]graphstore.ArticleInfo{{ID: name, Title: name}})
	if err != nil {
		panic(err)
	}
	return g
}

// FuzzDOTNames checks that any name parses in Graphviz and comes back.
func FuzzDOTNames(f *testing.F) {
	for _, s := range nastyNames {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		if !utf8Valid(name) || strings.ContainsRune(name, 0) {
			t.Skip("Graphviz needs valid UTF-8 without NUL")
		}
		dot := testenv.Tool(t, "dot")
		got := readDOT(t, dot, writeTemp(t, "dot", ".dot", oneEdge(name)))
		// Characters XML forbids (control characters other than tab,
		// newline and CR; U+FFFE, U+FFFF) become U+FFFD.
		want := strings.Map(func(r rune) rune {
			if !xmlChar(r) {
				return utf8.RuneError
			}
			return r
		}, name)
		// JSON lists (aliases, article ids) escape control characters and
		// keep them exact.
		g := oneEdge(want)
		for i := range got.Nodes {
			for j, a := range got.Nodes[i].Aliases {
				if a == name {
					got.Nodes[i].Aliases[j] = want
				}
			}
		}
		for i := range got.Edges {
			if slices.Equal(got.Edges[i].Articles, []string{name}) {
				got.Edges[i].Articles = []string{want}
			}
		}
		compareCanon(t, "graphviz", got, g)
	})
}
