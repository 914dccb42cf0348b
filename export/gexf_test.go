package export_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/internal/testenv"
)

// TestGEXFSchema validates the GEXF against the GEXF 1.3 RELAX NG schema,
// which covers the viz: elements, and against the XSD with the viz:
// elements removed, since the 1.3 XSD does not declare their namespace.
func TestGEXFSchema(t *testing.T) {
	xmllint := testenv.Tool(t, "xmllint")
	rng := testenv.Shared(t, "schemas/gexf/1.3/gexf.rng")
	xsd := testenv.Shared(t, "schemas/gexf/1.3/gexf.xsd")
	viz := regexp.MustCompile(`(?m)^\s*<viz:[^>]*/>\n`)
	for _, tc := range graphs(t) {
		t.Run(tc.name, func(t *testing.T) {
			path := writeTemp(t, "gexf", ".gexf", tc.g)
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
		})
	}
}
