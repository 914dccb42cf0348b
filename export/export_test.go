package export_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/graphstore"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// fileFormats are the formats that write without running a program.
func fileFormats() []string {
	return slices.DeleteFunc(export.Formats(), func(f string) bool { return f == "svg" || f == "png" })
}

// writeAll writes g in format, one file or several, and returns the files
// by name ("" for a one-file format).
func writeAll(ex export.Exporter, g *graphstore.Graph, create func(string) (io.Writer, error)) error {
	if dx, ok := ex.(export.DirExporter); ok {
		return dx.WriteFiles(g, create)
	}
	w, err := create("")
	if err != nil {
		return err
	}
	return ex.Write(w, g)
}

func writeToMap(ex export.Exporter, g *graphstore.Graph) (map[string]*bytes.Buffer, error) {
	files := map[string]*bytes.Buffer{}
	err := writeAll(ex, g, func(name string) (io.Writer, error) {
		files[name] = &bytes.Buffer{}
		return files[name], nil
	})
	return files, err
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
				files, err := writeToMap(ex, tc.g)
				if err != nil {
					t.Fatalf("Write: %v", err)
				}
				again, err := writeToMap(ex, tc.g)
				if err != nil || fmt.Sprint(files) != fmt.Sprint(again) {
					t.Errorf("a second Write gave different bytes (err %v)", err)
				}
				for name, got := range files {
					if format == "html" {
						// The page's data only, indented to be read: the
						// script and style are checked in a browser by
						// package viewer's tests.
						var data bytes.Buffer
						if err := json.Indent(&data, htmlData(t, got.Bytes()), "", " "); err != nil {
							t.Fatal(err)
						}
						got = &data
					}
					path := filepath.Join("testdata", "golden", tc.name+"."+format)
					if name != "" {
						path = filepath.Join(path, name)
					}
					if *update {
						os.MkdirAll(filepath.Dir(path), 0o755)
						if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
							t.Fatal(err)
						}
						continue
					}
					want, err := os.ReadFile(path)
					if err != nil {
						t.Fatalf("%v (run go test ./export -update)", err)
					}
					if !bytes.Equal(got.Bytes(), want) {
						t.Errorf("output differs from %s (run go test ./export -update and review the diff)\ngot:\n%s", path, got.Bytes())
					}
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
		files, err := writeToMap(ex, g)
		if err != nil {
			t.Fatal(err)
		}
		for name, full := range files {
			for _, n := range []int{0, 1, 100, full.Len() / 2, full.Len() - 1} {
				err := writeAll(ex, g, func(f string) (io.Writer, error) {
					if f == name {
						return &failWriter{n: n}, nil
					}
					return io.Discard, nil
				})
				if !errors.Is(err, errWrite) {
					t.Errorf("%s %s: writing to a writer failing after %d of %d bytes = %v, want %v", format, name, n, full.Len(), err, errWrite)
				}
			}
		}
		if _, ok := ex.(export.DirExporter); ok {
			if err := ex.Write(io.Discard, g); !errors.Is(err, export.ErrNeedsDir) {
				t.Errorf("%s: Write = %v, want ErrNeedsDir", format, err)
			}
			errCreate := errors.New("cannot create")
			if err := writeAll(ex, g, func(string) (io.Writer, error) { return nil, errCreate }); !errors.Is(err, errCreate) {
				t.Errorf("%s: create failing gave %v", format, err)
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
