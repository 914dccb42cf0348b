package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestCurateStore: --aliases and --exclude change the graph that export
// and query read from a store, without ingesting again.
func TestCurateStore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "graph.db")
	mustRun(t, "ingest", "-q", "--db", db, sampleDir)
	aliases := writeFile(t, dir, "aliases.csv", "Kamala Harris,Joe Biden\nSam Altman,person:vladimir-putin\n")
	exclude := writeFile(t, dir, "exclude.txt", "# drop\nperson:matt-lafleur\nRishi Sunak\n")
	nodes := func(out string) map[string]int {
		var g struct {
			Nodes []struct {
				ID       string `json:"id"`
				Articles int    `json:"articles"`
			} `json:"nodes"`
		}
		if err := json.Unmarshal([]byte(out), &g); err != nil {
			t.Fatal(err)
		}
		m := map[string]int{}
		for _, n := range g.Nodes {
			m[n.ID] = n.Articles
		}
		return m
	}
	plain := nodes(first(mustRun(t, "export", "--db", db, "-f", "json")))
	cur := nodes(first(mustRun(t, "export", "--db", db, "-f", "json", "--aliases", aliases, "--exclude", exclude)))
	for _, id := range []string{"person:kamala-harris", "person:sam-altman", "person:matt-lafleur", "person:rishi-sunak"} {
		if _, ok := plain[id]; !ok {
			t.Fatalf("the sample has no %s to curate", id)
		}
		if _, ok := cur[id]; ok {
			t.Errorf("curated export still has %s", id)
		}
	}
	if cur["person:joe-biden"] < max(plain["person:joe-biden"], plain["person:kamala-harris"]) {
		t.Errorf("Joe Biden in %d articles after the merge, %d before", cur["person:joe-biden"], plain["person:joe-biden"])
	}
	if cur["person:vladimir-putin"] != plain["person:vladimir-putin"]+plain["person:sam-altman"] {
		t.Errorf("Putin in %d articles after the merge into his id, want %d", cur["person:vladimir-putin"], plain["person:vladimir-putin"]+plain["person:sam-altman"])
	}
	// Query reads the curated graph too.
	out, _ := mustRun(t, "query", "--db", db, "--aliases", aliases, "entity", "Sam Altman")
	if !strings.Contains(out, "person:vladimir-putin") {
		t.Errorf("query entity \"Sam Altman\" with the alias rule:\n%s", out)
	}
	if code, _, errOut := run(t, "", "export", "--db", db, "--aliases", filepath.Join(dir, "missing.csv")); code == 0 || !strings.Contains(errOut, "missing.csv") {
		t.Errorf("a missing aliases file: exit %d, %s", code, errOut)
	}
}

func first(a, _ string) string { return a }
