package export_test

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/nergraph/nergraph/export"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// fileFormats are the formats that write one file without running a program.
func fileFormats() []string {
	return slices.DeleteFunc(export.Formats(), func(f string) bool { return f == "svg" || f == "png" })
}

// TestGolden compares each format's output with testdata/golden; run
// "go test ./export -update" to rewrite the files, and review the diff.
func TestGolden(t *testing.T) {
	for _, format := range fileFormats() {
		ex, err := export.Lookup(format)
		if err != nil {
			t.Fatal(err)
		}
		for _, tc := range graphs(t) {
			t.Run(format+"/"+tc.name, func(t *testing.T) {
				var got bytes.Buffer
				if err := ex.Write(&got, tc.g); err != nil {
					t.Fatalf("Write: %v", err)
				}
				var again bytes.Buffer
				if err := ex.Write(&again, tc.g); err != nil || !bytes.Equal(got.Bytes(), again.Bytes()) {
					t.Errorf("a second Write gave different bytes (err %v)", err)
				}
				path := filepath.Join("testdata", "golden", tc.name+"."+format)
				if *update {
					if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test ./export -update)", err)
				}
				if !bytes.Equal(got.Bytes(), want) {
					t.Errorf("output differs from %s (run go test ./export -update and review the diff)\ngot:\n%s", path, got.Bytes())
				}
			})
		}
	}
}

// TestFailingWriter checks that every exporter returns the writer's error,
// wherever it happens.
func TestFailingWriter(t *testing.T) {
	g := nastyGraph(t)
	for _, format := range fileFormats() {
		ex, _ := export.Lookup(format)
		var full bytes.Buffer
		if err := ex.Write(&full, g); err != nil {
			t.Fatal(err)
		}
		for _, n := range []int{0, 1, 100, full.Len() / 2, full.Len() - 1} {
			err := ex.Write(&failWriter{n: n}, g)
			if !errors.Is(err, errWrite) {
				t.Errorf("%s: Write to a writer failing after %d of %d bytes = %v, want %v", format, n, full.Len(), err, errWrite)
			}
		}
	}
}

func TestLookupAndForPath(t *testing.T) {
	tests := []struct{ path, want string }{
		{"g.dot", "dot"}, {"G.GV", "dot"}, {"out/g.json", "json"}, {"g.txt", ""}, {"", ""},
	}
	for _, tc := range tests {
		if got := export.ForPath(tc.path); got != tc.want {
			t.Errorf("ForPath(%q) = %q, want %q", tc.path, got, tc.want)
		}
	}
	if _, err := export.Lookup("nope"); err == nil {
		t.Error(`Lookup("nope") succeeded`)
	}
	if _, err := export.Lookup("DOT"); err != nil {
		t.Errorf(`Lookup("DOT") = %v`, err)
	}
}
