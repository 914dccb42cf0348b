package export_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/internal/testenv"
)

// TestGEXFSchema validates the GEXF against the GEXF 1.3 RELAX NG schema,
// which covers the viz: elements (in the namespace http://gexf.net/1.3/viz:
// color, position, size), and against the XSD with the viz: elements
// removed, since the 1.3 XSD does not declare their namespace. It checks
// too that the RELAX NG check would catch a bad position or an element in
// the wrong namespace.
func TestGEXFSchema(t *testing.T) {
	xmllint := testenv.Tool(t, "xmllint")
	rng := testenv.Shared(t, "schemas/gexf/1.3/gexf.rng")
	xsd := testenv.Shared(t, "schemas/gexf/1.3/gexf.xsd")
	viz := regexp.MustCompile(`(?m)^\s*<viz:[^>]*/>\n`)
	for _, tc := range graphs(t) {
		t.Run(tc.name, func(t *testing.T) {
			path, _ := writeTemp(t, "gexf", ".gexf", tc.g)
			if out, err := exec.Command(xmllint, "--noout", "--nonet", "--relaxng", rng, path).CombinedOutput(); err != nil {
				t.Errorf("xmllint --relaxng: %v\n%s", err, out)
			}
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			noViz := viz.ReplaceAll(b, nil)
			if strings.Contains(string(noViz), "viz:") && tc.g.NumNodes() > 0 {
				t.Fatalf("viz elements left after stripping")
			}
			p2 := filepath.Join(t.TempDir(), "noviz.gexf")
			os.WriteFile(p2, noViz, 0o644)
			if out, err := exec.Command(xmllint, "--noout", "--nonet", "--schema", xsd, p2).CombinedOutput(); err != nil {
				t.Errorf("xmllint --schema: %v\n%s", err, out)
			}
			if tc.g.NumNodes() == 0 {
				return
			}
			if !bytes.Contains(b, []byte("<viz:position x=")) {
				t.Fatal("no viz:position: the graph is laid out")
			}
			for _, bad := range []struct{ old, new string }{
				{`<viz:position x="`, `<viz:position x="east`},                                      // not a float
				{`xmlns:viz="http://gexf.net/1.3/viz"`, `xmlns:viz="http://gexf.net/1.2draft/viz"`}, // wrong namespace
			} {
				p3 := filepath.Join(t.TempDir(), "bad.gexf")
				os.WriteFile(p3, bytes.Replace(b, []byte(bad.old), []byte(bad.new), 1), 0o644)
				if err := exec.Command(xmllint, "--noout", "--nonet", "--relaxng", rng, p3).Run(); err == nil {
					t.Errorf("xmllint --relaxng accepts the GEXF with %q for %q", bad.new, bad.old)
				}
			}
		})
	}
}
