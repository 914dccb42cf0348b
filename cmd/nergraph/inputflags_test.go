package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const inputsDir = "../../testdata/inputs"

// graphOf parses build's JSON output.
func graphOf(t *testing.T, out string) (articles []string, nodes []string, links int) {
	t.Helper()
	var g struct {
		Graph struct {
			Articles []struct{ ID string } `json:"articles"`
		} `json:"graph"`
		Nodes []struct{ ID string }     `json:"nodes"`
		Links []struct{ Source string } `json:"links"`
	}
	if err := json.Unmarshal([]byte(out), &g); err != nil {
		t.Fatalf("output is not JSON: %v\n%.300s", err, out)
	}
	for _, a := range g.Graph.Articles {
		articles = append(articles, a.ID)
	}
	for _, n := range g.Nodes {
		nodes = append(nodes, n.ID)
	}
	return articles, nodes, len(g.Links)
}

func TestBuildStdinSniffed(t *testing.T) {
	jsonl := `{"id":"s1","title":"Leaders Meet","text":"Kim Jong Un met Vladimir Putin in Moscow."}` + "\n" +
		`{"id":"s2","text":"Joe Biden met Xi Jinping in Beijing."}` + "\n"
	page, _ := os.ReadFile(filepath.Join(inputsDir, "summit.html"))
	for _, tt := range []struct {
		name, stdin string
		ids         string
	}{
		{"jsonl", jsonl, "s1,s2"},
		{"html", string(page), "stdin"},
		{"text", "Leaders Meet\n\nKim Jong Un met Vladimir Putin in Moscow.\n", "stdin"},
	} {
		code, out, stderr := run(t, tt.stdin, "build", "-", "-f", "json")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", tt.name, code, stderr)
		}
		if ids, _, _ := graphOf(t, out); strings.Join(ids, ",") != tt.ids {
			t.Errorf("%s on stdin: articles %q, want %s", tt.name, ids, tt.ids)
		}
	}
}

func TestBuildWebInputs(t *testing.T) {
	code, out, stderr := run(t, "", "build", "-f", "json", filepath.Join(inputsDir, "summit.html"), filepath.Join(inputsDir, "wire.rss"), filepath.Join(inputsDir, "desk.atom"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	ids, nodes, _ := graphOf(t, out)
	if len(ids) != 6 {
		t.Errorf("articles %q, want 1 page and 5 feed items", ids)
	}
	for _, n := range nodes {
		for _, junk := range []string{"clarity", "pixel", "login", "anna-keller", "mina-park", "northern-ledger"} {
			if strings.Contains(n, junk) {
				t.Errorf("node %s from the page's boilerplate or byline", n)
			}
		}
	}
	if !strings.Contains(stderr, "date not read") {
		t.Errorf("the feed's bad pubDate not warned: %s", stderr)
	}
}

func TestBuildWindowAndOutput(t *testing.T) {
	in := filepath.Join(inputsDir, "summit.html")
	_, out, _ := run(t, "", "build", "-f", "json", in)
	_, _, all := graphOf(t, out)
	code, out, stderr := run(t, "", "build", "-f", "json", "--window", "sentence", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if _, _, sent := graphOf(t, out); sent == 0 || sent >= all {
		t.Errorf("links: %d with the sentence window, %d with the article's; want fewer but some", sent, all)
	}
	for _, args := range [][]string{
		{"build", in, "-o", filepath.Join(t.TempDir(), "graph.xyz")},
		{"build", in, "--window", "0"},
		{"build", in, "--input-format", "yaml"},
		{"build", in, "--columns", ""},
		{"build", in, "--fields", "words=body"},
		{"build", in, "--lang", "German"},
	} {
		if code, _, stderr := run(t, "", args...); code != 2 {
			t.Errorf("%q: exit %d, want 2 (usage): %s", args, code, stderr)
		}
	}
}

func TestBuildFieldsAndDates(t *testing.T) {
	nested := filepath.Join(inputsDir, "nested.jsonl")
	code, _, stderr := run(t, "", "build", "-f", "json", nested)
	if code != 1 || !strings.Contains(stderr, "no articles read") || !strings.Contains(stderr, "nested.jsonl:1: no title or text field") {
		t.Errorf("nested JSONL without --fields: exit %d: %s", code, stderr)
	}
	code, out, stderr := run(t, "", "build", "-f", "json", "--fields", "id=uuid,title=article.headline,text=article.body,date=published_at,source=source.name,url=link", nested)
	if ids, _, _ := graphOf(t, out); code != 0 || strings.Join(ids, ",") != "n-1,n-2,n-3" {
		t.Errorf("with --fields: exit %d, articles %q: %s", code, ids, stderr)
	}
	dates := filepath.Join(inputsDir, "dates.jsonl")
	_, _, stderr = run(t, "", "build", "-f", "json", "--lang", "any", "--since", "2024-03-05", "--until", "2024-03-05", dates)
	if !strings.Contains(stderr, "9 articles") || !strings.Contains(stderr, "2 undated articles passed over") || !strings.Contains(stderr, "2 warnings") {
		t.Errorf("dates.jsonl with --since/--until: %s", stderr)
	}
	_, _, stderr = run(t, "", "build", "-f", "json", "--lang", "any", "--date-format", "02.01.2006", "--since", "2024-03-05", "--until", "2024-03-05", dates)
	if !strings.Contains(stderr, "10 articles") || !strings.Contains(stderr, "1 undated") {
		t.Errorf("dates.jsonl with --date-format: %s", stderr)
	}
}
