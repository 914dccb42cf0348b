package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildMinConfidence checks --min-confidence end to end, per node: a
// name the recognizer was unsure of in every article is no node and the
// summary counts it; a name unsure in one article but sure in another is a
// node with both articles (the per-article rule kept one); off (the
// default) every name is a node; a negative value is a usage error.
func TestBuildMinConfidence(t *testing.T) {
	unsure := "Talks\n\nCold Dawn Tunnel sales rose, said Jorrin Mave."
	sure := "Meeting\n\nJorrin Mave met Cold Dawn Tunnel chairman Tom Reed in Paris."
	tests := []struct {
		name     string
		articles []string
		args     []string
		want     int // articles of the node org:cold-dawn-tunnel, 0 for no node
		summary  string
	}{
		{"off, unsure only", []string{unsure}, nil, 1, ""},
		{"0, unsure only", []string{unsure}, []string{"--min-confidence", "0"}, 1, ""},
		{"40, unsure only", []string{unsure}, []string{"--min-confidence", "40"}, 0,
			"1 nodes left out: the recognizer was unsure of every entity linked to them"},
		{"40, unsure and sure", []string{unsure, sure}, []string{"--min-confidence", "40"}, 2,
			"1 entities of articles the recognizer was unsure of"},
		{"off, unsure and sure", []string{unsure, sure}, nil, 2, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for i, a := range tc.articles {
				writeFile(t, dir, string(rune('a'+i))+".txt", a)
			}
			code, out, stderr := run(t, "", append([]string{"build", "-f", "json", dir}, tc.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var g struct {
				Nodes []struct {
					ID       string
					Articles int
				}
			}
			if err := json.Unmarshal([]byte(out), &g); err != nil {
				t.Fatal(err)
			}
			got, person := 0, false
			for _, n := range g.Nodes {
				switch n.ID {
				case "org:cold-dawn-tunnel":
					got = n.Articles
				case "person:jorrin-mave":
					person = true
				}
			}
			if got != tc.want || !person {
				t.Errorf("org:cold-dawn-tunnel in %d articles, person:jorrin-mave %v; want %d and true", got, person, tc.want)
			}
			if tc.summary != "" && !strings.Contains(stderr, tc.summary) || tc.summary == "" && strings.Contains(stderr, "unsure") {
				t.Errorf("stderr %q, want the summary %q", stderr, tc.summary)
			}
		})
	}
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", unsure)
	if code, _, stderr := run(t, "", "build", "--min-confidence", "-1", dir); code != 2 || !strings.Contains(stderr, "--min-confidence") {
		t.Errorf("--min-confidence -1: exit %d, stderr %q; want 2 naming the flag", code, stderr)
	}
}

// TestIngestExportMinConfidence wants ingest then export to equal build
// byte for byte with --min-confidence on as off, over the sample articles
// and two of a name unsure in one and sure in the other and one unsure in
// its only article; on, the store must keep the unsure flags, or export
// would show the node build leaves out. SQLite, and PostgreSQL when there
// is a server (NERGRAPH_POSTGRES_URL).
func TestIngestExportMinConfidence(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) {
		testIngestExportMinConfidence(t, func(t *testing.T) string { return filepath.Join(t.TempDir(), "graph.db") })
	})
	t.Run("postgres", func(t *testing.T) { testIngestExportMinConfidence(t, pgTarget) })
}

func testIngestExportMinConfidence(t *testing.T, target func(t *testing.T) string) {
	dir := t.TempDir()
	files, err := filepath.Glob(filepath.Join(sampleDir, "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("sample articles: %v %v", files, err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, dir, filepath.Base(f), string(b))
	}
	writeFile(t, dir, "unsure1.txt", "Talks\n\nCold Dawn Tunnel sales rose, said Jorrin Mave.")
	writeFile(t, dir, "unsure2.txt", "Meeting\n\nJorrin Mave met Cold Dawn Tunnel chairman Tom Reed in Paris.")
	writeFile(t, dir, "unsure3.txt", "Sales\n\nSales of Blue Harrow Fizz doubled last year, said the company.")
	var outs []string
	for _, opt := range [][]string{nil, {"--min-confidence", "40"}} {
		db := target(t)
		mustRun(t, append([]string{"ingest", "-q", "--db", db, "--batch", "3", dir}, opt...)...)
		for _, args := range [][]string{{"-f", "json"}, {"-f", "dot"}, {"-f", "json", "--ego", "Jorrin Mave"}} {
			built, _ := mustRun(t, append(append([]string{"build", "-q", dir}, opt...), args...)...)
			exported, _ := mustRun(t, append([]string{"export", "--db", db}, args...)...)
			if exported != built {
				t.Errorf("%v: export %v differs from build", opt, args)
			}
			if args[1] == "json" && len(args) == 2 {
				outs = append(outs, built)
			}
		}
		// query answers from the cache, which leaves out what the graph
		// leaves out.
		out, errOut := mustRun(t, "query", "--db", db, "entity", "Jorrin Mave")
		if !strings.Contains(out, "person:jorrin-mave") || strings.Contains(errOut, "loading the whole graph") {
			t.Errorf("%v: query entity Jorrin Mave: %q, %q; want it from the cache", opt, out, errOut)
		}
		code, _, errOut := run(t, "", "query", "--db", db, "entity", "Blue Harrow Fizz")
		if (code == 0) != (opt == nil) || strings.Contains(errOut, "loading the whole graph") {
			t.Errorf("%v: query entity Blue Harrow Fizz: exit %d, %q; want it found only without the option, from the cache", opt, code, errOut)
		}
	}
	if len(outs) == 2 && (!strings.Contains(outs[0], `"Blue Harrow Fizz"`) || strings.Contains(outs[1], `"Blue Harrow Fizz"`)) {
		t.Errorf("Blue Harrow Fizz should be a node off and none with --min-confidence 40")
	}
}

// TestExtractUnsure checks that the JSONL of extract, linked or not, marks
// the entity the recognizer was unsure of "unsure" with --min-confidence,
// and has no such key without it.
func TestExtractUnsure(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", "Talks\n\nCold Dawn Tunnel sales rose, said Jorrin Mave.")
	tests := []struct {
		args []string
		want map[string]bool // entity id → unsure
	}{
		{nil, map[string]bool{"org:cold-dawn-tunnel": false, "person:jorrin-mave": false}},
		{[]string{"--link"}, map[string]bool{"org:cold-dawn-tunnel": false, "person:jorrin-mave": false}},
		{[]string{"--min-confidence", "40"}, map[string]bool{"org:cold-dawn-tunnel": true, "person:jorrin-mave": false}},
		{[]string{"--min-confidence", "40", "--link"}, map[string]bool{"org:cold-dawn-tunnel": true, "person:jorrin-mave": false}},
	}
	for _, tc := range tests {
		out, _ := mustRun(t, append([]string{"extract", "-q", dir}, tc.args...)...)
		var d struct {
			Entities []struct {
				ID     string
				Unsure *bool
			}
		}
		if err := json.Unmarshal([]byte(out), &d); err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		got := map[string]bool{}
		for _, e := range d.Entities {
			if e.Unsure != nil && !*e.Unsure {
				t.Errorf("%v: %s has \"unsure\": false; want the key left out", tc.args, e.ID)
			}
			got[e.ID] = e.Unsure != nil
		}
		for id, u := range tc.want {
			if g, ok := got[id]; !ok || g != u {
				t.Errorf("%v: %s in %v, unsure %v; want unsure %v", tc.args, id, ok, g, u)
			}
		}
	}
}
