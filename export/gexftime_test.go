package export_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testenv"
)

// timedGraph is two articles, one dated a day, the other an instant with a
// time of day and a zone, so the GEXF has to write date-times.
func timedGraph(t *testing.T) *graphstore.Graph {
	t.Helper()
	g := graphstore.New()
	a := ent("person:a", "A", extract.Person, "A", 0)
	b := ent("org:b", "B", extract.Org, "B", 0)
	c := ent("country:c", "C", extract.Country, "C", 0)
	for _, d := range []struct {
		id   string
		date time.Time
		ents []extract.Entity
	}{
		{"day", time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), []extract.Entity{a, b}},
		{"instant", time.Date(2024, 3, 2, 9, 30, 0, 0, time.FixedZone("", 2*3600)), []extract.Entity{a, b, c}},
	} {
		if !g.Add(&extract.Doc{Article: extract.Article{ID: d.id, Date: d.date}, Hash: d.id, Entities: d.ents}) {
			t.Fatalf("article %s not added", d.id)
		}
	}
	return g
}

// nxTimes is a Python program that reads a GEXF with networkx and prints
// the graph's timeformat and mode and every node's and edge's start and end.
const nxTimes = `
import json, sys
import networkx as nx
g = nx.read_gexf(sys.argv[1])
out = {"mode": g.graph.get("mode"), "times": {}}
for n, d in g.nodes(data=True):
    out["times"][n] = [d.get("start"), d.get("end")]
for s, t, d in g.edges(data=True):
    out["times"]["--".join(sorted([s, t]))] = [d.get("start"), d.get("end")]
json.dump(out, sys.stdout, sort_keys=True)
`

// TestGEXFTimes writes a graph whose times have a time of day and checks
// the GEXF: timeformat "date", the times as UTC date-times, valid against
// the GEXF 1.3 schemas, and read by networkx 3 (which fails on
// timeformat="dateTime") with every start and end as written.
func TestGEXFTimes(t *testing.T) {
	g := timedGraph(t)
	path := writeTemp(t, "gexf", ".gexf", g)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]string{
		"person:a":            {"2024-03-01T00:00:00Z", "2024-03-02T07:30:00Z"},
		"org:b":               {"2024-03-01T00:00:00Z", "2024-03-02T07:30:00Z"},
		"country:c":           {"2024-03-02T07:30:00Z", "2024-03-02T07:30:00Z"},
		"org:b--person:a":     {"2024-03-01T00:00:00Z", "2024-03-02T07:30:00Z"},
		"country:c--org:b":    {"2024-03-02T07:30:00Z", "2024-03-02T07:30:00Z"},
		"country:c--person:a": {"2024-03-02T07:30:00Z", "2024-03-02T07:30:00Z"},
	}
	if !strings.Contains(string(b), `<graph defaultedgetype="undirected" mode="dynamic" timeformat="date">`) {
		t.Errorf("graph element: want mode dynamic, timeformat date:\n%.600s", b)
	}

	t.Run("schema", func(t *testing.T) {
		xmllint := testenv.Tool(t, "xmllint")
		rng := testenv.Shared(t, "schemas/gexf/1.3/gexf.rng")
		xsd := testenv.Shared(t, "schemas/gexf/1.3/gexf.xsd")
		if out, err := exec.Command(xmllint, "--noout", "--nonet", "--relaxng", rng, path).CombinedOutput(); err != nil {
			t.Errorf("xmllint --relaxng: %v\n%s", err, out)
		}
		// The 1.3 XSD does not declare the viz namespace (see the schemas'
		// README): check the rest against it.
		noViz := regexp.MustCompile(`(?m)^\s*<viz:[^>]*/>\n`).ReplaceAll(b, nil)
		p2 := filepath.Join(t.TempDir(), "noviz.gexf")
		if err := os.WriteFile(p2, noViz, 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(xmllint, "--noout", "--nonet", "--schema", xsd, p2).CombinedOutput(); err != nil {
			t.Errorf("xmllint --schema: %v\n%s", err, out)
		}
	})

	t.Run("networkx", func(t *testing.T) {
		py := testenv.Python(t, "networkx")
		out, err := exec.Command(py, "-c", nxTimes, path).Output()
		if err != nil {
			msg := err.Error()
			if ee, ok := err.(*exec.ExitError); ok {
				msg += "\n" + string(ee.Stderr)
			}
			if strings.Contains(msg, "GEXF") && strings.Contains(msg, "version") {
				t.Skipf("this networkx reads no GEXF 1.3: %s", msg)
			}
			t.Fatalf("networkx read_gexf: %s", msg)
		}
		var got struct {
			Mode  string               `json:"mode"`
			Times map[string][2]string `json:"times"`
		}
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		if got.Mode != "dynamic" || len(got.Times) != len(want) {
			t.Errorf("mode %q, %d elements; want dynamic, %d", got.Mode, len(got.Times), len(want))
		}
		for k, w := range want {
			if got.Times[k] != w {
				t.Errorf("%s: start, end %q, want %q", k, got.Times[k], w)
			}
		}
	})
}
