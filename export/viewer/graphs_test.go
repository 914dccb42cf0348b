package viewer_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/input"
	"github.com/nergraph/nergraph/graphstore"
)

var extractor struct {
	once sync.Once
	ex   *extract.Extractor
	err  error
}

// buildGraph builds the graph of the articles in paths (folders walked in
// name order) with the default extractor, as `nergraph build` does;
// columns names the columns of CSV files without a header. It is the only
// place where the tests read articles.
func buildGraph(t testing.TB, columns []string, paths ...string) *graphstore.Graph {
	t.Helper()
	extractor.once.Do(func() { extractor.ex, extractor.err = extract.New() })
	if extractor.err != nil {
		t.Fatal(extractor.err)
	}
	var files []string
	for _, p := range paths {
		err := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				files = append(files, path)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	slices.Sort(files)
	g := graphstore.New()
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		r := input.NewReader(f, path, input.ReaderOptions{Columns: columns})
		for {
			a, err := r.Read()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				f.Close()
				t.Fatalf("read %s: %v", path, err)
			}
			g.Add(extractor.ex.Extract(a))
		}
		f.Close()
	}
	return g
}

// testdataArticles is the repository's sample articles, some dated, one
// about Kim Jong Un's letters to Vladimir Putin.
const testdataArticles = "../../testdata/articles"

// exportBytes writes g in a format of package export.
func exportBytes(t testing.TB, ex export.Exporter, g *graphstore.Graph) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := ex.Write(&b, g); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// nodeLink is the part of the JSON export the tests compare with.
type nodeLink struct {
	Graph struct {
		Articles []struct {
			ID   string `json:"id"`
			Date string `json:"date"`
		} `json:"articles"`
	} `json:"graph"`
	Nodes []struct {
		ID    string `json:"id"`
		Label string `json:"label"`
		Type  string `json:"type"`
	} `json:"nodes"`
	Links []struct {
		Source   string   `json:"source"`
		Target   string   `json:"target"`
		Weight   int      `json:"weight"`
		Articles []string `json:"articles"`
	} `json:"links"`
}

// jsonExport writes g with the JSON exporter and reads it back.
func jsonExport(t testing.TB, g *graphstore.Graph) nodeLink {
	t.Helper()
	ex, err := export.Lookup("json")
	if err != nil {
		t.Fatal(err)
	}
	var nl nodeLink
	if err := json.Unmarshal(exportBytes(t, ex, g), &nl); err != nil {
		t.Fatal(err)
	}
	return nl
}
