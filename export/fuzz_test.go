package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nergraph/nergraph/export"
)

// xmlChar reports whether XML 1.0 can hold r.
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || (r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || r >= 0x10000
}

// labelsOf reads the node labels and ids back from one format's output with
// Go's own decoders (the tests with third-party readers check the rest).
func labelsOf(t *testing.T, format string, files map[string]*bytes.Buffer) (ids, labels []string) {
	t.Helper()
	switch format {
	case "json", "cyjs", "html":
		b := files[""].Bytes()
		if format == "html" {
			b = htmlData(t, b)
		}
		var v struct {
			Nodes    []struct{ ID, Label string }
			Elements struct {
				Nodes []struct{ Data struct{ ID, Name string } }
			}
		}
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		for _, n := range v.Nodes {
			ids, labels = append(ids, n.ID), append(labels, n.Label)
		}
		for _, n := range v.Elements.Nodes {
			ids, labels = append(ids, n.Data.ID), append(labels, n.Data.Name)
		}
	case "graphml":
		var v struct {
			Nodes []struct {
				Data []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"graph>node"`
		}
		if err := xml.Unmarshal(files[""].Bytes(), &v); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		for _, n := range v.Nodes {
			for _, d := range n.Data {
				switch d.Key {
				case "entity":
					ids = append(ids, d.Value)
				case "label":
					labels = append(labels, d.Value)
				}
			}
		}
	case "gexf":
		var v struct {
			Nodes []struct {
				ID    string `xml:"id,attr"`
				Label string `xml:"label,attr"`
			} `xml:"graph>nodes>node"`
		}
		if err := xml.Unmarshal(files[""].Bytes(), &v); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		for _, n := range v.Nodes {
			ids, labels = append(ids, n.ID), append(labels, n.Label)
		}
	case "csv", "neo4j":
		rows, err := csv.NewReader(files["nodes.csv"]).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		unguard := func(s string) string {
			if format == "csv" {
				return strings.TrimPrefix(s, "'")
			}
			return s
		}
		for _, r := range rows[1:] {
			ids, labels = append(ids, unguard(r[0])), append(labels, unguard(r[1]))
		}
	default:
		return nil, nil
	}
	return ids, labels
}

// FuzzExportNames checks that any name written in any format parses back
// unchanged, as id and as label (DOT is fuzzed through Graphviz in
// FuzzDOTNames).
func FuzzExportNames(f *testing.F) {
	for _, s := range nastyNames {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		if !utf8.ValidString(name) {
			t.Skip("names are valid UTF-8")
		}
		g := oneEdge(name)
		for _, format := range fileFormats() {
			if format == "dot" {
				continue
			}
			if (format == "graphml" || format == "gexf") && strings.IndexFunc(name, func(r rune) bool { return !xmlChar(r) }) >= 0 {
				continue // XML cannot hold the character at all
			}
			ex, _ := export.Lookup(format)
			files, err := writeToMap(ex, g)
			if err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			ids, labels := labelsOf(t, format, files)
			want := name
			if format == "csv" || format == "neo4j" {
				// Go's csv.Reader drops a \r before \n even inside quotes; the
				// file holds it (TestCSVPython reads it back with Python).
				want = strings.ReplaceAll(name, "\r\n", "\n")
			}
			wantIDs := []string{"a:" + want, "b:" + want}
			if strings.Join(ids, "\x00") != strings.Join(wantIDs, "\x00") || len(labels) != 2 || labels[0] != want || labels[1] != want {
				t.Errorf("%s: read back ids %q labels %q, want ids %q labels %q", format, ids, labels, wantIDs, want)
			}
		}
	})
}
