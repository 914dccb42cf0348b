package export_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/internal/testenv"
)

// forbiddenNames hold characters that XML 1.0 cannot hold, as article text
// can: U+FFFE and U+FFFF, C0 controls, and a byte that is not UTF-8.
var forbiddenNames = []string{"Fo\uFFFEo", "Ba\uFFFFr", "con\x01trol", "bell\x07", "bad\xffbyte", "\uFFFE"}

// TestXMLForbiddenCharacters writes names with characters XML forbids in
// every format whose output is XML (GEXF, GraphML, SVG, and any added
// later: every output that starts with an XML declaration is checked) and
// parses it with encoding/xml and, where installed, xmllint. The characters
// must come out as U+FFFD, the rest of each name unchanged.
func TestXMLForbiddenCharacters(t *testing.T) {
	var seen []string
	for _, format := range export.Formats() {
		t.Run(format, func(t *testing.T) {
			if format == "svg" || format == "png" {
				testenv.Tool(t, "dot")
			}
			ex, err := export.Lookup(format)
			if err != nil {
				t.Fatal(err)
			}
			for _, name := range forbiddenNames {
				files, err := writeToMap(ex, oneEdge(name))
				if err != nil {
					t.Fatalf("%q: %v", name, err)
				}
				for file, buf := range files {
					if !bytes.HasPrefix(buf.Bytes(), []byte("<?xml")) {
						continue
					}
					if !slices.Contains(seen, format) {
						seen = append(seen, format)
					}
					checkXML(t, format+" "+file, name, buf.Bytes())
				}
			}
		})
	}
	want := []string{"gexf", "graphml"}
	if _, err := exec.LookPath("dot"); err == nil {
		want = append(want, "svg")
	}
	for _, f := range want {
		if !slices.Contains(seen, f) {
			t.Errorf("format %s wrote no XML (checked: %v)", f, seen)
		}
	}
}

// checkXML parses doc strictly, fails on any error, and checks that the
// text and attributes hold name with its forbidden characters replaced.
func checkXML(t *testing.T, what, name string, doc []byte) {
	t.Helper()
	want := strings.Map(func(r rune) rune {
		if !xmlChar(r) {
			return utf8.RuneError
		}
		return r
	}, strings.ToValidUTF8(name, "\uFFFD"))
	dec := xml.NewDecoder(bytes.NewReader(doc))
	dec.Strict = true
	found := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("%s with name %q: encoding/xml: %v", what, name, err)
		}
		switch tok := tok.(type) {
		case xml.CharData:
			found = found || strings.Contains(string(tok), want)
		case xml.StartElement:
			for _, a := range tok.Attr {
				found = found || strings.Contains(a.Value, want)
			}
		}
	}
	if !found {
		t.Errorf("%s with name %q: %q appears nowhere", what, name, want)
	}
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		return // TestGEXFSchema and TestGraphMLSchema require it
	}
	path := filepath.Join(t.TempDir(), "doc.xml")
	if err := os.WriteFile(path, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(xmllint, "--noout", "--nonet", path).CombinedOutput(); err != nil {
		t.Errorf("%s with name %q: xmllint: %v\n%s", what, name, err, out)
	}
}
