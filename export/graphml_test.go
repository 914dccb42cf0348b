package export_test

import (
	"os"
	"os/exec"
	"testing"

	"github.com/nergraph/nergraph/internal/testenv"
)

// TestGraphMLSchema validates the GraphML against the GraphML XSD, offline
// through the catalog in the shared schemas. The schema's keys also check
// that node ids are unique and edges name existing nodes.
func TestGraphMLSchema(t *testing.T) {
	xmllint := testenv.Tool(t, "xmllint")
	xsd := testenv.Shared(t, "schemas/graphml/1.1/graphml.xsd")
	catalog := testenv.Shared(t, "schemas/graphml/catalog.xml")
	for _, tc := range graphs(t) {
		t.Run(tc.name, func(t *testing.T) {
			path := writeTemp(t, "graphml", ".graphml", tc.g)
			cmd := exec.Command(xmllint, "--noout", "--nonet", "--schema", xsd, path)
			cmd.Env = append(os.Environ(), "XML_CATALOG_FILES="+catalog)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Errorf("xmllint: %v\n%s", err, out)
			}
		})
	}
}
