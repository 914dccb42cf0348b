package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract/text"
)

// testdata holds a tiny graph made by hand: five nodes, six links over three
// articles (n1, n2, n10), the extract JSONL of those articles and the
// articles themselves. In n10 the extractor named Reagan "person:reagan",
// an id the graph merged into person:ronald-reagan.

func TestRunTop(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run([]string{"-top", "5", "-extract", "testdata/news.ents.jsonl", "-articles", "testdata/news.jsonl",
		"testdata/graph.json"}, &out, &errOut)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut.String())
	}
	// Worked by hand: Brown and Ronald Reagan tie on articles (2) and
	// mentions (4), so the id decides; Japan and Tokyo tie on 1 and 1.
	// Articles in natural order (n2 before n10); the evidence is the
	// sentence of the earliest mention in the first article.
	want := []string{
		"rank\tid\tlabel\ttype\tarticles\tmentions\taliases\tarticle_ids\tevidence_id\tevidence",
		"1\tperson:brown\tBrown\tPERSON\t2\t4\tBrown:4\tn2,n10\tn2\t[[Brown]] said so.",
		"2\tperson:ronald-reagan\tRonald Reagan\tPERSON\t2\t4\tReagan:3; Ronald Reagan:1\tn1,n10\tn1\t[[Reagan]] meets Nakasone",
		"3\torg:fed\tFed\tORG\t2\t3\tFed:3\tn1,n2\tn1\tReagan said the [[Fed]] would act.",
		"4\tcountry:JP\tJapan\tCOUNTRY\t1\t1\tJapan:1\tn1\tn1\tPresident Ronald Reagan met [[Japan]]'s prime minister in Tokyo.",
		"5\tlocation:tokyo\tTokyo\tLOCATION\t1\t1\tTokyo:1\tn1\tn1\tPresident Ronald Reagan met Japan's prime minister in [[Tokyo]].",
	}
	got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if errOut.Len() != 0 {
		t.Errorf("stderr %q, want nothing", errOut.String())
	}
}

func TestRunWithoutExtract(t *testing.T) {
	// Without the JSONL the articles come from the links only and there is
	// no evidence; -ids 1 keeps the first article.
	var out, errOut bytes.Buffer
	if code := run([]string{"-top", "2", "-ids", "1", "testdata/graph.json"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut.String())
	}
	want := "rank\tid\tlabel\ttype\tarticles\tmentions\taliases\tarticle_ids\tevidence_id\tevidence\n" +
		"1\tperson:brown\tBrown\tPERSON\t2\t4\tBrown:4\tn2\t\t\n" +
		"2\tperson:ronald-reagan\tRonald Reagan\tPERSON\t2\t4\tReagan:3; Ronald Reagan:1\tn1\t\t\n"
	if got := out.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestMergedEntityFoundByName(t *testing.T) {
	g, err := readGraph("testdata/graph.json")
	if err != nil {
		t.Fatal(err)
	}
	var reagan *node
	for _, n := range g.Nodes {
		if n.ID == "person:ronald-reagan" {
			reagan = n
		}
	}
	rs := newRows([]*node{reagan}, g.Nodes, g.Links)
	if err := rs.addExtract("testdata/news.ents.jsonl"); err != nil {
		t.Fatal(err)
	}
	r := rs.rows[0]
	// n10's "person:reagan" is no node of the graph, but n10 is one of the
	// node's link articles and the name is one of its aliases.
	got, ok := r.first["n10"]
	want := mention{Text: "Reagan", Name: "Reagan", Start: 32, End: 38, Sentence: 2}
	if !ok || got != want {
		t.Errorf("first mention in n10 = %+v (found %v), want %+v", got, ok, want)
	}

	// An entity that is a node of its own is never taken for another node,
	// even when its name is one of that node's aliases.
	rs = newRows([]*node{reagan}, g.Nodes, g.Links)
	d := extractDoc{ID: "n10"}
	d.Entities = append(d.Entities, struct {
		ID       string    `json:"id"`
		Name     string    `json:"name"`
		Mentions []mention `json:"mentions"`
	}{ID: "person:brown", Name: "Reagan", Mentions: []mention{{Text: "Reagan", Name: "Reagan"}}})
	rs.addDoc(&d)
	if m, ok := rs.rows[0].first["n10"]; ok {
		t.Errorf("node person:brown taken as a mention of Ronald Reagan: %+v", m)
	}
}

func TestRandomNodes(t *testing.T) {
	var nodes []*node
	for i := range 50 {
		nodes = append(nodes, &node{ID: fmt.Sprintf("n%02d", i)})
	}
	ids := func(ns []*node) []string {
		var s []string
		for _, n := range ns {
			s = append(s, n.ID)
		}
		return s
	}
	a := ids(randomNodes(nodes, 10, 1))
	if len(a) != 10 {
		t.Fatalf("drew %d nodes, want 10", len(a))
	}
	seen := map[string]bool{}
	for _, id := range a {
		if seen[id] {
			t.Errorf("node %s drawn twice in %v", id, a)
		}
		seen[id] = true
	}
	// The draw depends on the set of nodes, not on their order in the file.
	rev := slices.Clone(nodes)
	slices.Reverse(rev)
	if b := ids(randomNodes(rev, 10, 1)); !slices.Equal(a, b) {
		t.Errorf("reversed input drew %v, want %v", b, a)
	}
	if b := ids(randomNodes(nodes, 10, 2)); slices.Equal(a, b) {
		t.Errorf("seeds 1 and 2 drew the same nodes %v", a)
	}
	// A prefix of a longer draw with the same seed: the draw is sequential.
	if b := ids(randomNodes(nodes, 20, 1)); !slices.Equal(a, b[:10]) {
		t.Errorf("first 10 of 20 = %v, want %v", b[:10], a)
	}
	all := ids(randomNodes(nodes, 80, 1))
	slices.Sort(all)
	if !slices.Equal(all, ids(nodes)) {
		t.Errorf("asking for more than the graph holds gave %d nodes, want all 50", len(all))
	}
}

func TestTopNodes(t *testing.T) {
	nodes := []*node{
		{ID: "c", Articles: 5, Mentions: 9},
		{ID: "b", Articles: 7, Mentions: 1},
		{ID: "a", Articles: 5, Mentions: 9},
		{ID: "d", Articles: 5, Mentions: 12},
		{ID: "e", Articles: 1, Mentions: 99},
	}
	tests := []struct {
		n    int
		want []string
	}{
		{1, []string{"b"}},
		{4, []string{"b", "d", "a", "c"}},
		{9, []string{"b", "d", "a", "c", "e"}},
	}
	for _, tt := range tests {
		var got []string
		for _, n := range topNodes(nodes, tt.n) {
			got = append(got, n.ID)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("topNodes(%d) = %v, want %v", tt.n, got, tt.want)
		}
	}
}

func TestNaturalCompare(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"reut2-000.sgm:9", "reut2-000.sgm:10", -1},
		{"reut2-001.sgm:1000", "reut2-000.sgm:999", 1},
		{"bbc/sport/099.txt", "bbc/sport/100.txt", -1},
		{"n1", "n1", 0},
		{"n01", "n1", -1}, // equal as numbers: byte order decides
		{"a", "ab", -1},
		{"b", "a10", 1},
	}
	for _, tt := range tests {
		if got := naturalCompare(tt.a, tt.b); got != tt.want {
			t.Errorf("naturalCompare(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := naturalCompare(tt.b, tt.a); got != -tt.want {
			t.Errorf("naturalCompare(%q, %q) = %d, want %d", tt.b, tt.a, got, -tt.want)
		}
	}
}

func TestSnippet(t *testing.T) {
	long := strings.Repeat("word ", 60)
	tests := []struct {
		name string
		text string
		m    mention
		want string
	}{
		{"second sentence", "First one here.\nThe Fed\tacted. Then more.",
			mention{Text: "Fed", Start: 20, End: 23, Sentence: 1}, "The [[Fed]] acted."},
		{"wrong sentence index", "First one here. The Fed acted.",
			mention{Text: "Fed", Start: 20, End: 23, Sentence: 0}, "The [[Fed]] acted."},
		{"offsets off the text", "The Fed acted.",
			mention{Text: "Fed", Start: 0, End: 3}, "[[Fed]] (offsets do not match the article text)"},
		{"offsets out of range", "The Fed acted.",
			mention{Text: "Fed", Start: 20, End: 23}, "[[Fed]] (offsets do not match the article text)"},
		{"long sentence cut", long + "Brown " + long + ".",
			mention{Text: "Brown", Start: 300, End: 305},
			"…" + strings.TrimSpace(strings.Repeat("word ", 30)) + " [[Brown]] " + strings.TrimSpace(strings.Repeat("word ", 30)) + "…"},
	}
	for _, tt := range tests {
		got := snippet(tt.text, text.Tokenize(tt.text), tt.m)
		if got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	badJSONL := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(badJSONL, []byte(`{"id":"n1","entities":[]}`+"\n"+`{"id":`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dupGraph := filepath.Join(dir, "dup.json")
	if err := os.WriteFile(dupGraph, []byte(`{"nodes":[{"id":"a"},{"id":"a"}],"links":[]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no sample kind", []string{"testdata/graph.json"}, 2, "usage"},
		{"both kinds", []string{"-top", "1", "-random", "1", "testdata/graph.json"}, 2, "usage"},
		{"no graph", []string{"-top", "1"}, 2, "usage"},
		{"articles without extract", []string{"-top", "1", "-articles", "testdata/news.jsonl", "testdata/graph.json"}, 2, "needs -extract"},
		{"missing graph", []string{"-top", "1", filepath.Join(dir, "none.json")}, 1, "open graph"},
		{"duplicate id", []string{"-top", "1", dupGraph}, 1, `node id "a" appears twice`},
		{"bad JSONL", []string{"-top", "1", "-extract", badJSONL, "testdata/graph.json"}, 1, badJSONL + ":2: invalid JSON"},
		{"missing input", []string{"-top", "1", "-extract", "testdata/news.ents.jsonl", "-articles", filepath.Join(dir, "none"), "testdata/graph.json"}, 1, "input " + filepath.Join(dir, "none")},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		code := run(tt.args, &out, &errOut)
		if code != tt.code || !strings.Contains(errOut.String(), tt.msg) {
			t.Errorf("%s: exit %d, stderr %q; want exit %d and %q", tt.name, code, errOut.String(), tt.code, tt.msg)
		}
		if code != 0 && out.Len() != 0 {
			t.Errorf("%s: wrote %q on error", tt.name, out.String())
		}
	}
}

func TestRunEveryListedNodes(t *testing.T) {
	// -nodes picks by id in the list's order (a repeat and a blank line
	// skipped, an unknown id warned of); -every prints each mention in
	// context, article by article, and says how many it left out. Worked
	// by hand from testdata: Reagan has three mentions in n1 and one in n10
	// (as person:reagan, found by name); the Fed two in n2 and one in n1.
	list := filepath.Join(t.TempDir(), "ids.txt")
	if err := os.WriteFile(list, []byte("person:ronald-reagan\n\norg:fed\nperson:nobody\norg:fed\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	code := run([]string{"-nodes", list, "-every", "3", "-extract", "testdata/news.ents.jsonl",
		"-articles", "testdata/news.jsonl", "testdata/graph.json"}, &out, &errOut)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut.String())
	}
	want := "## person:ronald-reagan\tRonald Reagan\tPERSON\tarticles 2\tmentions 4\n" +
		"n1\t[[Reagan]] meets Nakasone\n" +
		"n1\tPresident [[Ronald Reagan]] met Japan's prime minister in Tokyo.\n" +
		"n1\t[[Reagan]] said the Fed would act.\n" +
		"(1 more mentions left out: -every 3)\n\n" +
		"## org:fed\tFed\tORG\tarticles 2\tmentions 3\n" +
		"n1\tReagan said the [[Fed]] would act.\n" +
		"n2\t[[Fed]] holds rates\n" +
		"n2\tThe [[Fed]] held rates.\n\n"
	if got := out.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if !strings.Contains(errOut.String(), "1 listed ids not in the graph; first: person:nobody") {
		t.Errorf("stderr %q, want the unknown id named", errOut.String())
	}
	// -every without the articles cannot give context: a usage error.
	if code := run([]string{"-nodes", list, "-every", "3", "testdata/graph.json"}, &out, &errOut); code != 2 {
		t.Errorf("-every without -extract/-articles: exit %d, want 2", code)
	}
}
