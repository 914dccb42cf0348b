package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// linkCorpus writes articles in which short names stand for full names of
// other articles: "Reagan" and "Nakasone", "the IFC".
func linkCorpus(t *testing.T, dir string) string {
	t.Helper()
	arts := map[string]string{
		"a.txt": "Reagan Meets Nakasone\n\nPresident Ronald Reagan met Prime Minister Yasuhiro Nakasone of Japan at the White House on Monday to discuss trade in semiconductors. Treasury Secretary James Baker and Commerce Secretary Malcolm Baldrige joined the talks.\n",
		"b.txt": "Chip Talks Go On\n\nReagan told Nakasone that the United States wanted Japan to open its markets. Baker and Baldrige said the White House would decide on sanctions next week. Reagan met Nakasone again on Tuesday.\n",
		"c.txt": "World Bank Arm Lends\n\nThe International Finance Corp (IFC) said it would lend money to a plant in Brazil. The IFC is the World Bank's private arm.\n",
		"d.txt": "Emerging Markets Fund\n\nThe IFC, the World Bank's private sector arm, said emerging stock markets in Brazil and Mexico had doubled.\n",
	}
	for name, text := range arts {
		writeFile(t, dir, name, text)
	}
	return dir
}

// TestExtractLinkIDsEqualBuild: extract --link gives each entity the id of
// its node in build's graph of the same inputs.
func TestExtractLinkIDsEqualBuild(t *testing.T) {
	dir := t.TempDir()
	for _, inputs := range [][]string{{linkCorpus(t, filepath.Join(dir, "corpus"))}, {sampleDir}} {
		out := filepath.Join(dir, "linked.jsonl")
		mustRun(t, append([]string{"extract", "-q", "--link", "-o", out}, inputs...)...)
		built, _ := mustRun(t, append([]string{"build", "-q", "-f", "json"}, inputs...)...)
		plain, _ := mustRun(t, append([]string{"extract", "-q"}, inputs...)...)
		var g struct {
			Nodes []struct {
				ID       string `json:"id"`
				Articles int    `json:"articles"`
			} `json:"nodes"`
		}
		if err := json.Unmarshal([]byte(built), &g); err != nil {
			t.Fatal(err)
		}
		linked := docIDs(t, readFileString(t, out))
		articles := map[string]int{} // node id → articles of extract --link
		for _, ids := range linked {
			for id := range ids {
				articles[id]++
			}
		}
		for _, n := range g.Nodes {
			if articles[n.ID] != n.Articles {
				t.Errorf("%v: node %s is in %d articles of build, %d of extract --link", inputs, n.ID, n.Articles, articles[n.ID])
			}
			delete(articles, n.ID)
		}
		for id := range articles {
			t.Errorf("%v: extract --link gives %s, which build has no node of", inputs, id)
		}
		relationEndsAreEntities(t, readFileString(t, out))
		if strings.Join(sortedSet(docIDs(t, plain)), "\n") == strings.Join(sortedSet(linked), "\n") {
			t.Errorf("%v: extract --link gives the ids plain extract gives: the test links nothing", inputs)
		}
	}
	// To standard output, the same documents.
	stdout, _ := mustRun(t, "extract", "-q", "--link", filepath.Join(dir, "corpus"))
	mustRun(t, "extract", "-q", "--link", "-o", filepath.Join(dir, "c.jsonl"), filepath.Join(dir, "corpus"))
	if stdout != readFileString(t, filepath.Join(dir, "c.jsonl")) {
		t.Errorf("extract --link to standard output differs from -o")
	}
	if tmps, _ := filepath.Glob(filepath.Join(dir, ".nergraph-extract-*")); len(tmps) > 0 {
		t.Errorf("extract --link left %v behind", tmps)
	}
}

// docIDs reads extract's JSON lines: each document's id and entity ids.
func docIDs(t *testing.T, jsonl string) map[string]map[string]bool {
	t.Helper()
	out := map[string]map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(jsonl))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var d struct {
			ID       string `json:"id"`
			Entities []struct {
				ID string `json:"id"`
			} `json:"entities"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		out[d.ID] = map[string]bool{}
		for _, e := range d.Entities {
			if out[d.ID][e.ID] {
				t.Errorf("%s: entity %s twice", d.ID, e.ID)
			}
			out[d.ID][e.ID] = true
		}
	}
	return out
}

// sortedSet writes each document's ids as lines "doc id", sorted.
func sortedSet(m map[string]map[string]bool) []string {
	var out []string
	for d, ids := range m {
		for id := range ids {
			out = append(out, d+" "+id)
		}
	}
	slices.Sort(out)
	return out
}

func readFileString(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// relationEndsAreEntities wants the subject and object of every relation of
// extract's JSON lines to be the id of one of the document's entities, and
// some relations.
func relationEndsAreEntities(t *testing.T, jsonl string) {
	t.Helper()
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(jsonl), "\n") {
		var d struct {
			ID       string `json:"id"`
			Entities []struct {
				ID string `json:"id"`
			} `json:"entities"`
			Relations []struct {
				Subject string `json:"subject"`
				Object  string `json:"object"`
			} `json:"relations"`
		}
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatal(err)
		}
		ids := map[string]bool{}
		for _, e := range d.Entities {
			ids[e.ID] = true
		}
		for _, r := range d.Relations {
			n++
			if !ids[r.Subject] || !ids[r.Object] {
				t.Errorf("%s: relation %s → %s names an id that is no entity of the document", d.ID, r.Subject, r.Object)
			}
		}
	}
	if n == 0 {
		t.Errorf("no relations: the check of their ends checks nothing")
	}
}
