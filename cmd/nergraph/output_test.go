package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testenv"
	"github.com/spf13/cobra"
)

func testGraph(t *testing.T, n int) *graphstore.Graph {
	t.Helper()
	g := graphstore.New()
	for i := range n {
		g.Add(&extract.Doc{Article: extract.Article{ID: fmt.Sprint("a", i)}, Hash: fmt.Sprint(i), Entities: []extract.Entity{
			{ID: "person:hub", Name: "Hub", Type: extract.Person, Mentions: []extract.Mention{{Name: "Hub"}}},
			{ID: fmt.Sprintf("org:%03d", i), Name: fmt.Sprint("Org ", i), Type: extract.Org, Mentions: []extract.Mention{{Name: "O"}}},
		}})
	}
	return g
}

func testIOS() (*IOStreams, *bytes.Buffer, *bytes.Buffer) {
	var out, errOut bytes.Buffer
	return &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}, &out, &errOut
}

func TestWriteGraphFormats(t *testing.T) {
	g := testGraph(t, 2)
	dir := t.TempDir()
	tests := []struct {
		out, format string
		wantPrefix  string // of what lands in the file or on stdout
	}{
		{"", "", "// nergraph"},
		{"-", "json", `{"directed"`},
		{filepath.Join(dir, "g.json"), "", `{"directed"`},
		{filepath.Join(dir, "g.txt"), "", "// nergraph"},
		{filepath.Join(dir, "g.data"), "JSON", `{"directed"`},
		{filepath.Join(dir, "g.gv"), "", "// nergraph"},
	}
	for _, tc := range tests {
		ios, out, _ := testIOS()
		if err := writeGraph(context.Background(), ios, tc.out, tc.format, g); err != nil {
			t.Errorf("writeGraph(%q, %q): %v", tc.out, tc.format, err)
			continue
		}
		got := out.String()
		if tc.out != "" && tc.out != "-" {
			b, err := os.ReadFile(tc.out)
			if err != nil {
				t.Fatal(err)
			}
			got = string(b)
		}
		if !strings.HasPrefix(got, tc.wantPrefix) {
			t.Errorf("writeGraph(%q, %q) wrote %.40q, want it to start with %q", tc.out, tc.format, got, tc.wantPrefix)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
	ios, _, _ := testIOS()
	var ue *usageError
	if err := writeGraph(context.Background(), ios, "", "nope", g); !errors.As(err, &ue) {
		t.Errorf("unknown format: err = %v, want a usage error", err)
	}
}

// TestWriteFileAtomic checks that a failed write keeps the old file and
// leaves no temporary file.
func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "g.dot")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := writeFileAtomic(context.Background(), path, func(w io.Writer) error {
		io.WriteString(w, "partial")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("err = %v, want %v", err, boom)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("file = %q after a failed write, want %q", b, "old")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("directory holds %d entries, want 1", len(entries))
	}
	if err := writeFileAtomic(context.Background(), path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(path)
	if b, _ := os.ReadFile(path); string(b) != "new" || st.Mode().Perm() != 0o644 {
		t.Errorf("file = %q mode %v, want %q 0644", b, st.Mode().Perm(), "new")
	}
	if err := writeFileAtomic(context.Background(), filepath.Join(dir, "no", "such", "dir"), func(io.Writer) error { return nil }); err == nil {
		t.Error("write into a missing directory succeeded")
	}
}

func TestWriteDirAtomic(t *testing.T) {
	parent := t.TempDir()
	files := func(names ...string) func(func(string) (io.Writer, error)) error {
		return func(create func(string) (io.Writer, error)) error {
			for _, n := range names {
				w, err := create(n)
				if err != nil {
					return err
				}
				io.WriteString(w, "content of "+n)
			}
			return nil
		}
	}
	list := func(dir string) []string {
		entries, _ := os.ReadDir(dir)
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		return names
	}
	// A new directory.
	dir := filepath.Join(parent, "out")
	if err := writeDirAtomic(context.Background(), dir, files("nodes.csv", "edges.csv")); err != nil {
		t.Fatal(err)
	}
	if got := list(dir); !slices.Equal(got, []string{"edges.csv", "nodes.csv"}) {
		t.Errorf("new dir holds %v", got)
	}
	if got := list(parent); !slices.Equal(got, []string{"out"}) {
		t.Errorf("parent holds %v", got)
	}
	// An existing directory with another file, and a failure half way.
	os.WriteFile(filepath.Join(dir, "keep.txt"), []byte("mine"), 0o644)
	os.WriteFile(filepath.Join(dir, "nodes.csv"), []byte("old"), 0o644)
	boom := errors.New("boom")
	err := writeDirAtomic(context.Background(), dir, func(create func(string) (io.Writer, error)) error {
		if err := files("nodes.csv")(create); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("err = %v, want %v", err, boom)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "nodes.csv")); string(b) != "old" {
		t.Errorf("nodes.csv = %q after a failed write, want old", b)
	}
	if got := list(dir); !slices.Equal(got, []string{"edges.csv", "keep.txt", "nodes.csv"}) {
		t.Errorf("dir holds %v after a failed write", got)
	}
	// A failed new directory leaves nothing.
	if err := writeDirAtomic(context.Background(), filepath.Join(parent, "new"), func(create func(string) (io.Writer, error)) error { return boom }); !errors.Is(err, boom) {
		t.Errorf("err = %v", err)
	}
	if got := list(parent); !slices.Equal(got, []string{"out"}) {
		t.Errorf("parent holds %v after a failed write", got)
	}
	// A file in the way.
	if err := writeDirAtomic(context.Background(), filepath.Join(dir, "keep.txt"), files("a")); err == nil {
		t.Error("writing a directory over a file succeeded")
	}
}

func TestWriteGraphRender(t *testing.T) {
	testenv.Tool(t, "dot")
	g := testGraph(t, renderTop+5)
	path := filepath.Join(t.TempDir(), "g.svg")
	ios, _, errOut := testIOS()
	if err := writeGraph(context.Background(), ios, path, "", g); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	if !bytes.Contains(b, []byte("</svg>")) {
		t.Errorf("%s is not an SVG: %.100q", path, b)
	}
	if n := bytes.Count(b, []byte(`class="node"`)); n != renderTop {
		t.Errorf("SVG has %d nodes, want %d", n, renderTop)
	}
	if !strings.Contains(errOut.String(), "drawing the 150 most connected of 156") {
		t.Errorf("no note on stderr about the bound: %q", errOut.String())
	}
}

func TestWriteGraphNoGraphviz(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	path := filepath.Join(t.TempDir(), "g.png")
	ios, _, _ := testIOS()
	err := writeGraph(context.Background(), ios, path, "", testGraph(t, 2))
	if err == nil || !strings.Contains(err.Error(), `"dot"`) || !strings.Contains(err.Error(), "Graphviz") {
		t.Errorf("err = %v, want one naming dot and Graphviz", err)
	}
	if _, statErr := os.Stat(path); statErr == nil {
		t.Error("a failed render left a file")
	}
}

func TestFilterFlags(t *testing.T) {
	tests := []struct {
		args    []string
		want    graphstore.Filter
		wantErr bool
	}{
		{nil, graphstore.Filter{Depth: 1}, false},
		{[]string{"--types", "person,Country", "--types", "LOC"}, graphstore.Filter{
			Types: []extract.Type{extract.Person, extract.Country, extract.Location}, Depth: 1}, false},
		{[]string{"--min-weight", "3", "--min-mentions", "2", "--top", "50", "--ego", "Putin", "--depth", "2"},
			graphstore.Filter{MinWeight: 3, MinMentions: 2, Top: 50, Ego: "Putin", Depth: 2}, false},
		{[]string{"--types", "PLANET"}, graphstore.Filter{}, true},
		{[]string{"--top", "-1"}, graphstore.Filter{}, true},
		{[]string{"--min-weight", "x"}, graphstore.Filter{}, true},
	}
	for _, tc := range tests {
		var f graphstore.Filter
		cmd := &cobra.Command{Use: "build", RunE: func(*cobra.Command, []string) error { return nil }}
		addFilterFlags(cmd, &f, "nergraph build %s in.jsonl")
		err := cmd.ParseFlags(tc.args)
		if (err != nil) != tc.wantErr {
			t.Errorf("%v: err = %v, want error %v", tc.args, err, tc.wantErr)
			continue
		}
		if err == nil && fmt.Sprint(f) != fmt.Sprint(tc.want) {
			t.Errorf("%v: filter = %+v, want %+v", tc.args, f, tc.want)
		}
	}
	var f graphstore.Filter
	cmd := &cobra.Command{Use: "build"}
	addFilterFlags(cmd, &f, "nergraph build %s in.jsonl")
	help := cmd.Flags().FlagUsages() + cmd.Example + cmd.Long
	for _, flag := range []string{"--types", "--min-weight", "--min-mentions", "--top", "--ego", "--depth"} {
		if strings.Count(help, flag) < 2 {
			t.Errorf("help does not give an example of %s:\n%s", flag, help)
		}
	}
}
