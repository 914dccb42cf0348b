package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// TestBuildEgo checks --ego: a blank one, or --depth without one, is a usage
// error before any work; one that names no entity fails after the work
// with one clean message, no usage and exit 1.
func TestBuildEgo(t *testing.T) {
	tests := []struct {
		args     []string
		code     int
		want     string // the whole of stderr, after "nergraph: "
		withHelp bool
	}{
		{[]string{"--ego", " "}, 2, "--ego needs an entity id, name or alias", true},
		{[]string{"--depth", "2"}, 2, "--depth needs --ego", true},
		{[]string{"--ego", "Nobody"}, 1, `ego: no such entity: "Nobody"` + "\n", false},
	}
	for _, tc := range tests {
		args := append([]string{"build", "-q", "-f", "json"}, tc.args...)
		code, stdout, stderr := run(t, "", append(args, sampleDir)...)
		if code != tc.code {
			t.Errorf("%v: exit %d, want %d; stderr:\n%s", tc.args, code, tc.code, stderr)
		}
		if !strings.HasPrefix(stderr, "nergraph: "+tc.want) {
			t.Errorf("%v: stderr = %q, want it to start %q", tc.args, stderr, "nergraph: "+tc.want)
		}
		if !tc.withHelp && stderr != "nergraph: "+tc.want {
			t.Errorf("%v: stderr = %q, want exactly %q", tc.args, stderr, "nergraph: "+tc.want)
		}
		if got := strings.Contains(stderr, "Usage:"); got != tc.withHelp {
			t.Errorf("%v: usage shown = %v, want %v", tc.args, got, tc.withHelp)
		}
		if stdout != "" {
			t.Errorf("%v: wrote %.40q to stdout", tc.args, stdout)
		}
	}
	// " Putin " finds Putin: the spaces are trimmed.
	if code, out, stderr := run(t, "", "build", "-q", "-f", "json", "--ego", " Putin ", sampleDir); code != 0 || !strings.Contains(out, "person:vladimir-putin") {
		t.Errorf("--ego ' Putin ': exit %d, stderr %s", code, stderr)
	}
}

// TestExportHelpExamples: export's examples are export's, not build's.
func TestExportHelpExamples(t *testing.T) {
	code, out, _ := run(t, "", "export", "--help")
	if code != 0 {
		t.Fatalf("export --help: exit %d", code)
	}
	if strings.Contains(out, "nergraph build") {
		t.Errorf("export --help shows build's examples:\n%s", out)
	}
	for _, want := range []string{"nergraph export --db graph.db --types PERSON,COUNTRY", "nergraph export --db graph.db --ego"} {
		if !strings.Contains(out, want) {
			t.Errorf("export --help lacks %q:\n%s", want, out)
		}
	}
}

// TestBadAliasesCreateNothing: a quote error in --aliases once panicked, and
// ingest created the store before it crashed. Now build and ingest fail
// naming the file and line, and ingest creates no store.
func TestBadAliasesCreateNothing(t *testing.T) {
	dir := t.TempDir()
	aliases := writeFile(t, dir, "a.csv", "Put\"in,Vladimir Putin\n")
	db := filepath.Join(dir, "graph.db")
	for _, args := range [][]string{
		{"build", "-q", "--aliases", aliases, sampleDir},
		{"ingest", "-q", "--db", db, "--aliases", aliases, sampleDir},
	} {
		code, _, stderr := run(t, "", args...)
		if code != 1 || !strings.Contains(stderr, aliases+":1:") {
			t.Errorf("%s: exit %d, stderr %q; want 1 and an error naming %s:1", args[0], code, stderr, aliases)
		}
	}
	if _, err := os.Stat(db); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ingest with a bad --aliases created %s (%v)", db, err)
	}
}

// egoStore is a store whose cache is fresh and which fails the test if its
// graph is loaded.
type egoStore struct {
	graphstore.Store
	t      *testing.T
	cached *graphstore.Graph
	loaded bool
}

func (s *egoStore) Fresh(context.Context) (bool, error) { return true, nil }
func (s *egoStore) Querier(context.Context, time.Time, time.Time) (graphstore.Querier, bool, error) {
	return graphstore.QuerierOf(s.cached), true, nil
}
func (s *egoStore) Graph(context.Context, time.Time, time.Time) (*graphstore.Graph, error) {
	s.loaded = true
	return s.cached, nil
}

// TestExportEgoBeforeLoading: export looks --ego up in a fresh store's cache
// before loading the graph.
func TestExportEgoBeforeLoading(t *testing.T) {
	g := graphstore.New()
	g.Add(&extract.Doc{Article: extract.Article{ID: "a"}, Hash: "a", Entities: []extract.Entity{
		{ID: "person:ann-lee", Name: "Ann Lee", Type: extract.Person, Mentions: []extract.Mention{{Name: "Ann Lee"}}},
		{ID: "country:FR", Name: "France", Type: extract.Country, Mentions: []extract.Mention{{Name: "France"}}},
	}})
	st := &egoStore{t: t, cached: g}
	_, err := storeGraph(context.Background(), st, "Nobody", time.Time{}, time.Time{})
	if !errors.Is(err, graphstore.ErrNoEntity) || st.loaded {
		t.Errorf("unknown ego: err = %v, loaded = %v; want ErrNoEntity without loading", err, st.loaded)
	}
	if got, err := storeGraph(context.Background(), st, "Ann Lee", time.Time{}, time.Time{}); err != nil || got != g || !st.loaded {
		t.Errorf("known ego: %v, loaded = %v", err, st.loaded)
	}
	// In a time window the graph decides: it is loaded.
	st.loaded = false
	if _, err := storeGraph(context.Background(), st, "Nobody", time.Now(), time.Time{}); err != nil || !st.loaded {
		t.Errorf("windowed: err = %v, loaded = %v", err, st.loaded)
	}
}
