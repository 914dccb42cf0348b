package main

import (
	"fmt"

	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/internal/testenv"
)

// run runs the command line with stdin and returns its exit code, stdout and
// stderr.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Main(args, &IOStreams{In: strings.NewReader(stdin), Out: &out, ErrOut: &errOut})
	return code, out.String(), errOut.String()
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const sampleDir = "../../testdata/articles"

func TestBuildSameBytesForAnyWorkerCount(t *testing.T) {
	var first string
	for _, workers := range []string{"1", "2", "7"} {
		for _, format := range []string{"dot", "json"} {
			code, out, stderr := run(t, "", "build", "-q", "-j", workers, "-f", format, sampleDir)
			if code != 0 {
				t.Fatalf("build -j %s: exit %d: %s", workers, code, stderr)
			}
			if format == "json" {
				if first == "" {
					first = out
				} else if out != first {
					t.Errorf("build -j %s -f json differs from -j 1", workers)
				}
			}
			if !strings.Contains(out, "person:") {
				t.Errorf("build -j %s -f %s: no person node in output", workers, format)
			}
		}
	}
}

func TestBuildMissingPathWritesNothing(t *testing.T) {
	dir := t.TempDir()
	out := writeFile(t, dir, "graph.json", "previous graph")
	code, stdout, stderr := run(t, "", "build", "-o", out, sampleDir, filepath.Join(dir, "no-such-folder"))
	if code != 1 {
		t.Errorf("exit code = %d, want 1", code)
	}
	if !strings.Contains(stderr, "no-such-folder") {
		t.Errorf("stderr %q does not name the missing path", stderr)
	}
	if stdout != "" {
		t.Errorf("stdout = %q, want nothing", stdout)
	}
	if b, _ := os.ReadFile(out); string(b) != "previous graph" {
		t.Errorf("output file was changed to %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left %d files in the output folder, want 1 (no temp files)", len(entries))
	}
}

func TestBuildBadRecords(t *testing.T) {
	dir := t.TempDir()
	jsonl := writeFile(t, dir, "news.jsonl", `{"id":"a1","title":"Putin Meets Kim","text":"Vladimir Putin met Kim Jong Un in Moscow."}
{"id":"a2","text": broken
{"id":"a3","text":"Joe Biden spoke in Washington."}
`)
	csvFile := writeFile(t, dir, "news.csv", "id,title,text\nc1,Hello,Angela Merkel visited Paris.\nc2,only two\n")
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  []string
		articles int
	}{
		{"jsonl skipped", []string{"build", "-f", "json", jsonl}, 0, []string{"news.jsonl:2: invalid JSON", "skipped 1 bad records"}, 2},
		{"jsonl strict", []string{"build", "--strict", "-f", "json", jsonl}, 1, []string{"news.jsonl:2: invalid JSON"}, 0},
		{"csv skipped", []string{"build", "-f", "json", csvFile}, 0, []string{"news.csv:3: row has 2 fields, want 3"}, 1},
		{"csv strict", []string{"build", "--strict", csvFile}, 1, []string{"news.csv:3:"}, 0},
		{"bad format", []string{"build", "-f", "nope", jsonl}, 2, []string{`unknown format "nope"`}, 0},
		{"bad workers", []string{"build", "-j", "0", jsonl}, 2, []string{"--workers must be at least 1"}, 0},
		{"no input", []string{"build"}, 2, []string{"no input"}, 0},
		{"bad flag", []string{"build", "--nope", jsonl}, 2, []string{"unknown flag"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := run(t, "", tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit code = %d, want %d; stderr: %s", code, tt.wantCode, stderr)
			}
			for _, w := range tt.wantErr {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr %q does not contain %q", stderr, w)
				}
			}
			if tt.wantCode == 0 {
				var g struct {
					Graph struct {
						Articles []struct{ ID string } `json:"articles"`
					} `json:"graph"`
				}
				if err := json.Unmarshal([]byte(out), &g); err != nil {
					t.Fatalf("output is not JSON: %v", err)
				}
				if len(g.Graph.Articles) != tt.articles {
					t.Errorf("graph has %d articles, want the %d good ones", len(g.Graph.Articles), tt.articles)
				}
			}
		})
	}
}

func TestBuildBadFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", "Putin Speaks\n\nVladimir Putin spoke in Moscow on Monday.")
	writeFile(t, dir, "latin1.txt", "Mutu Fee\n\nChelsea paid a \xa315.8m fee for Adrian Mutu.")
	writeFile(t, dir, "blob.bin", "\x00\x01\x02binary")
	writeFile(t, dir, ".hidden", "not an article")
	code, out, stderr := run(t, "", "build", "-f", "json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, w := range []string{"latin1.txt: invalid UTF-8 replaced", "blob.bin: binary file"} {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr %q lacks warning %q", stderr, w)
		}
	}
	if strings.Contains(out, ".hidden") {
		t.Errorf("hidden file was read")
	}
	if !strings.Contains(out, "latin1.txt") {
		t.Errorf("the non-UTF-8 article is missing from the graph")
	}
	latin1 := filepath.Join(dir, "latin1.txt")
	if code, _, stderr := run(t, "", "build", "--strict", latin1); code != 1 || !strings.Contains(stderr, "latin1.txt") {
		t.Errorf("--strict: exit %d, stderr %q; want 1 naming latin1.txt", code, stderr)
	}
}

func TestBuildDuplicatesCountedOnce(t *testing.T) {
	dir := t.TempDir()
	body := "Merkel Visits Paris\n\nAngela Merkel met Emmanuel Macron in Paris."
	writeFile(t, dir, "a.txt", body)
	writeFile(t, dir, "b.txt", body)
	writeFile(t, dir, "c.txt", "Merkel Visits  Paris\n\nAngela Merkel met Emmanuel&nbsp;Macron in Paris.") // same once cleaned
	code, out, stderr := run(t, "", "build", "-f", "json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "2 duplicates counted once") {
		t.Errorf("stderr %q does not report 2 duplicates", stderr)
	}
	if n := strings.Count(out, `"weight":`); n == 0 || strings.Contains(out, `"weight":2`) || strings.Contains(out, `"weight":3`) {
		t.Errorf("duplicate articles were counted more than once: %s", out)
	}
}

func TestBuildStdinAndColumns(t *testing.T) {
	code, out, stderr := run(t, "Putin Speaks\n\nVladimir Putin spoke in Moscow.", "build", "-f", "json", "-")
	if code != 0 || !strings.Contains(out, `"id":"stdin"`) {
		t.Errorf("stdin: exit %d, stderr %s, out %s", code, stderr, out)
	}
	dir := t.TempDir()
	f := writeFile(t, dir, "ag.csv", `"1","Putin Meets Kim","Vladimir Putin met Kim Jong Un in Moscow."`+"\n")
	code, out, stderr = run(t, "", "build", "-f", "json", "--columns", "label,title,text", f)
	if code != 0 || !strings.Contains(out, "ag.csv:1") {
		t.Errorf("--columns: exit %d, stderr %s, out %s", code, stderr, out)
	}
}

func TestExtractJSONL(t *testing.T) {
	dir := t.TempDir()
	f := writeFile(t, dir, "letters.txt", "Letters\n\nRussian President Vladimir Putin wrote to Kim Jong Un. Putin praised Pyongyang#39;s ties.")
	out := filepath.Join(dir, "out.jsonl")
	if code, _, stderr := run(t, "", "extract", "-q", "-o", out, f); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		ID       string
		Title    string
		Entities []struct {
			ID, Name, Type string
			Mentions       []struct {
				Text       string
				Start, End int
				Sentence   int
			}
		}
	}
	if err := json.Unmarshal(bytes.TrimSpace(b), &doc); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, b)
	}
	if doc.ID != f || doc.Title != "Letters" {
		t.Errorf("id, title = %q, %q; want %q, %q", doc.ID, doc.Title, f, "Letters")
	}
	text := "Letters\n\nRussian President Vladimir Putin wrote to Kim Jong Un. Putin praised Pyongyang's ties."
	if len(doc.Entities) == 0 {
		t.Fatal("no entities")
	}
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(text) || text[m.Start:m.End] != m.Text {
				t.Errorf("mention %q of %s: offsets [%d,%d) do not point at it in the cleaned text", m.Text, e.ID, m.Start, m.End)
			}
		}
	}
}

func TestBuildDrawsWhatTopAsks(t *testing.T) {
	testenv.Tool(t, "dot")
	dir := t.TempDir()
	// 160 articles, each joining a hub to one organization: 161 entities.
	var b strings.Builder
	for i := range 160 {
		fmt.Fprintf(&b, `{"id":"a%d","text":"Vladimir Putin met executives of Zork%03d Corp in Moscow."}`+"\n", i, i)
	}
	in := writeFile(t, dir, "many.jsonl", b.String())
	for _, tt := range []struct {
		args []string
		want string // the note on stderr, or "" for none
	}{
		{nil, "drawing the 150 most connected"},
		{[]string{"--top", "170"}, ""},
		{[]string{"--top", "20"}, ""},
	} {
		out := filepath.Join(dir, "g.svg")
		args := append([]string{"build", "-q", "-o", out}, tt.args...)
		code, _, stderr := run(t, "", append(args, in)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", tt.args, code, stderr)
		}
		if got := strings.Contains(stderr, "drawing the"); got != (tt.want != "") || (tt.want != "" && !strings.Contains(stderr, tt.want)) {
			t.Errorf("%v: stderr %q, want note %q", tt.args, stderr, tt.want)
		}
	}
}
