package export_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/internal/testenv"
)

// svgNodeIDs returns the id attributes of the node groups of an SVG that
// Graphviz drew, failing the test when it is not well-formed XML.
func svgNodeIDs(t *testing.T, svg []byte) (ids []string, edges int) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	d.Strict = true
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "g" {
			var id, class string
			for _, a := range se.Attr {
				switch a.Name.Local {
				case "id":
					id = a.Value
				case "class":
					class = a.Value
				}
			}
			switch class {
			case "node":
				ids = append(ids, id)
			case "edge":
				edges++
			}
		}
	}
	slices.Sort(ids)
	return ids, edges
}

// TestRenderSVG draws the nasty graph: no Graphviz warning, every node and
// edge drawn, and every entity id intact in the SVG.
func TestRenderSVG(t *testing.T) {
	testenv.Tool(t, "dot")
	for _, tc := range graphs(t) {
		t.Run(tc.name, func(t *testing.T) {
			var svg, warnings bytes.Buffer
			if err := (export.Render{Format: "svg", Stderr: &warnings}).Write(&svg, tc.g); err != nil {
				t.Fatal(err)
			}
			if warnings.Len() > 0 {
				t.Errorf("Graphviz warned: %s", warnings.String())
			}
			ids, edges := svgNodeIDs(t, svg.Bytes())
			var want []string
			for _, n := range tc.g.Nodes() {
				// Graphviz resolves the escapes of an id, all but \n and \r.
				want = append(want, strings.NewReplacer("\n", `\n`, "\r", `\r`).Replace(n.ID))
			}
			slices.Sort(want)
			if !slices.Equal(ids, want) || edges != tc.g.NumEdges() {
				t.Errorf("SVG has nodes %q and %d edges, want %q and %d", ids, edges, want, tc.g.NumEdges())
			}
		})
	}
}

func TestRenderPNG(t *testing.T) {
	testenv.Tool(t, "dot")
	var png bytes.Buffer
	if err := (export.Render{Format: "png"}).Write(&png, nastyGraph(t)); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(png.Bytes(), []byte("\x89PNG\r\n\x1a\n")) {
		t.Errorf("output is not a PNG: %.16q", png.Bytes())
	}
}

func TestRenderErrors(t *testing.T) {
	g := nastyGraph(t)
	err := (export.Render{Format: "svg", Program: "no-such-graphviz"}).Write(io.Discard, g)
	if !errors.Is(err, export.ErrNoGraphviz) || !strings.Contains(err.Error(), `"no-such-graphviz"`) {
		t.Errorf("missing program: err = %v, want ErrNoGraphviz naming the program", err)
	}
	testenv.Tool(t, "dot")
	if err := (export.Render{Format: "no-such-format"}).Write(io.Discard, g); err == nil || !strings.Contains(err.Error(), "no-such-format") {
		t.Errorf("bad format: err = %v", err)
	}
	for _, n := range []int{0, 100, 5000} {
		if err := (export.Render{Format: "svg"}).Write(&failWriter{n: n}, g); !errors.Is(err, errWrite) {
			t.Errorf("writer failing after %d bytes: err = %v, want %v", n, err, errWrite)
		}
	}
}
