package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// genCorpus writes n short dated articles as JSONL, naming a few of a small
// cast of people, countries and organizations each.
func genCorpus(t *testing.T, dir string, n int) string {
	t.Helper()
	people := []string{"Angela Merkel", "Vladimir Putin", "Emmanuel Macron", "Xi Jinping", "Joe Biden", "Olaf Scholz"}
	countries := []string{"Germany", "Russia", "France", "China", "Japan", "Brazil"}
	orgs := []string{"the United Nations", "NATO", "the World Bank", "Siemens"}
	var b strings.Builder
	for i := range n {
		p, q := people[i%len(people)], people[(i*5+1)%len(people)]
		c, o := countries[(i/2)%len(countries)], orgs[(i/3)%len(orgs)]
		text := fmt.Sprintf("%s met %s in %s on Monday to discuss trade number %d. "+
			"Officials from %s said talks with %s would go on. %s later flew home.", p, q, c, i, o, c, q)
		rec := map[string]string{
			"id":    fmt.Sprintf("gen-%04d", i),
			"title": fmt.Sprintf("Talks in %s, round %d", c, i),
			"text":  text,
			"date":  fmt.Sprintf("2024-%02d-%02dT10:00:00Z", 1+i%12, 1+i%28),
		}
		line, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return writeFile(t, dir, "corpus.jsonl", b.String())
}

func mustRun(t *testing.T, args ...string) (string, string) {
	t.Helper()
	code, out, errOut := run(t, "", args...)
	if code != 0 {
		t.Fatalf("nergraph %s: exit %d: %s", strings.Join(args, " "), code, errOut)
	}
	return out, errOut
}

func TestIngestExportEqualsBuild(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "graph.db")
	files, err := filepath.Glob(filepath.Join(sampleDir, "*"))
	if err != nil || len(files) < 4 {
		t.Fatalf("sample articles: %v %v", files, err)
	}
	// Two ingests in small batches, the second overlapping the first.
	mustRun(t, "ingest", "-q", "--db", db, "--batch", "2", files[0], files[1], files[2])
	_, stderr := mustRun(t, "ingest", "--db", db, "--batch", "3", sampleDir)
	if !strings.Contains(stderr, "skipped 3 already in the store") {
		t.Errorf("second ingest should skip the 3 articles of the first; stderr:\n%s", stderr)
	}
	for _, args := range [][]string{
		{"-f", "json"},
		{"-f", "dot"},
		{"-f", "json", "--types", "PERSON,COUNTRY", "--min-weight", "2"},
		{"-f", "json", "--ego", "Putin"},
	} {
		built, _ := mustRun(t, append([]string{"build", "-q", sampleDir}, args...)...)
		exported, _ := mustRun(t, append([]string{"export", "--db", db}, args...)...)
		if exported != built {
			t.Errorf("export %v differs from build", args)
		}
	}
	before, _ := mustRun(t, "export", "--db", db, "-f", "json")
	_, stderr = mustRun(t, "ingest", "--db", db, sampleDir)
	if !strings.Contains(stderr, "added 0 articles") {
		t.Errorf("re-ingest added articles:\n%s", stderr)
	}
	if after, _ := mustRun(t, "export", "--db", db, "-f", "json"); after != before {
		t.Errorf("re-ingest changed the export")
	}
}

func TestExportWindow(t *testing.T) {
	dir := t.TempDir()
	corpus := genCorpus(t, dir, 24) // months 1..12, twice
	db := filepath.Join(dir, "graph.db")
	mustRun(t, "ingest", "-q", "--db", db, corpus)
	// Article i is dated 2024-(1+i%12)-(1+i%28); a bare --until date
	// includes its day.
	count := func(since, until string) int {
		n := 0
		for i := range 24 {
			d := fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28)
			if (since == "" || d >= since) && (until == "" || d <= until) {
				n++
			}
		}
		return n
	}
	for _, w := range [][2]string{{"", ""}, {"2024-07-01", ""}, {"", "2024-03-02"}, {"2024-02-01", "2024-02-28"}, {"2025-01-01", ""}} {
		args := []string{"export", "--db", db, "-f", "json"}
		if w[0] != "" {
			args = append(args, "--since", w[0])
		}
		if w[1] != "" {
			args = append(args, "--until", w[1])
		}
		out, _ := mustRun(t, args...)
		var g struct {
			Graph struct {
				Articles []json.RawMessage `json:"articles"`
			} `json:"graph"`
		}
		if err := json.Unmarshal([]byte(out), &g); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		if got, want := len(g.Graph.Articles), count(w[0], w[1]); got != want {
			t.Errorf("export --since %q --until %q: %d articles, want %d", w[0], w[1], got, want)
		}
	}
	if code, _, stderr := run(t, "", "export", "--db", db, "--since", "yesterday"); code != 2 {
		t.Errorf("--since yesterday: exit %d, want 2: %s", code, stderr)
	}
}

func TestQuery(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "graph.db")
	mustRun(t, "ingest", "-q", "--db", db, genCorpus(t, dir, 30))

	// JSON answers, checked for facts that hold whatever the recognizer
	// makes of the generated corpus.
	out, _ := mustRun(t, "query", "--db", db, "--json", "top", "--type", "PERSON", "-n", "1")
	var top []struct {
		Label string `json:"label"`
	}
	if err := json.Unmarshal([]byte(out), &top); err != nil || len(top) != 1 {
		t.Fatalf("top --type PERSON -n 1: %v\n%s", err, out)
	}
	out, _ = mustRun(t, "query", "--db", db, "--json", "entity", strings.ToLower(top[0].Label))
	var ent struct {
		ID       string `json:"id"`
		Type     string `json:"type"`
		Articles int    `json:"articles"`
		Aliases  []struct {
			Name string `json:"name"`
		} `json:"aliases"`
	}
	if err := json.Unmarshal([]byte(out), &ent); err != nil {
		t.Fatal(err)
	}
	if ent.Type != "PERSON" || ent.Articles == 0 || len(ent.Aliases) == 0 {
		t.Errorf("entity %s = %+v, want a PERSON with articles and aliases", top[0].Label, ent)
	}

	out, _ = mustRun(t, "query", "--db", db, "--json", "neighbors", ent.ID, "-n", "3")
	var nb struct {
		Neighbors []struct {
			ID       string   `json:"id"`
			Weight   int      `json:"weight"`
			Articles []string `json:"articles"`
		} `json:"neighbors"`
	}
	if err := json.Unmarshal([]byte(out), &nb); err != nil {
		t.Fatal(err)
	}
	if len(nb.Neighbors) != 3 {
		t.Fatalf("neighbors -n 3: got %d", len(nb.Neighbors))
	}
	for i, n := range nb.Neighbors {
		if n.Weight != len(n.Articles) || (i > 0 && n.Weight > nb.Neighbors[i-1].Weight) {
			t.Errorf("neighbor %d %+v: weight must equal its articles and not increase", i, n)
		}
	}

	// The articles that mention both ends of an edge are the edge's articles.
	out, _ = mustRun(t, "query", "--db", db, "--json", "articles", ent.ID, nb.Neighbors[0].ID)
	var arts struct {
		Articles []struct {
			ID string `json:"id"`
		} `json:"articles"`
	}
	if err := json.Unmarshal([]byte(out), &arts); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range arts.Articles {
		got = append(got, a.ID)
	}
	if !reflect.DeepEqual(got, nb.Neighbors[0].Articles) {
		t.Errorf("articles of both = %v, want the edge's %v", got, nb.Neighbors[0].Articles)
	}

	out, _ = mustRun(t, "query", "--db", db, "--json", "path", ent.ID, nb.Neighbors[0].ID)
	var path struct {
		Hops []struct{} `json:"hops"`
	}
	if err := json.Unmarshal([]byte(out), &path); err != nil || len(path.Hops) != 1 {
		t.Errorf("path to a neighbor: %d hops (%v), want 1", len(path.Hops), err)
	}

	out, _ = mustRun(t, "query", "--db", db, "top", "--type", "country", "-n", "2")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 3 || !strings.Contains(lines[1], "COUNTRY") {
		t.Errorf("top --type country -n 2: want a header and 2 countries, got:\n%s", out)
	}

	tests := []struct {
		args []string
		code int
	}{
		{[]string{"query", "--db", db, "entity", "Nobody Atall"}, 1},
		{[]string{"query", "entity", "Putin"}, 2},
		{[]string{"query", "--db", db, "top", "--type", "PLANET"}, 2},
		{[]string{"query", "--db", db}, 2},
		{[]string{"query", "--db", filepath.Join(dir, "absent.db"), "top"}, 1},
		{[]string{"export", "-f", "json"}, 2},
		{[]string{"ingest", "--db", db}, 2},
	}
	for _, tt := range tests {
		if code, _, stderr := run(t, "", tt.args...); code != tt.code {
			t.Errorf("nergraph %s: exit %d, want %d: %s", strings.Join(tt.args, " "), code, tt.code, stderr)
		}
	}
}
