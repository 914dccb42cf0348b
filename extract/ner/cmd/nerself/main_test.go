package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/ner/internal/corpus"
)

// writeData makes a small data folder: two BBC stories and two UN
// speeches.
func writeData(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"bbc/politics/001.txt": "Merkel meets Obama\n\nAngela Merkel met Barack Obama in Berlin on Tuesday.\n\nThe talks lasted two hours.\n",
		"bbc/business/001.txt": "Apple shares rise\n\nShares of Apple rose 3% in New York after Microsoft said its sales fell.\n",
	}
	for p, s := range files {
		p = filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("### FRA_70_2015\nFrance thanks the United Nations and President Obama.\n\n### DEU_70_2015\nGermany supports the European Union.\n"))
	zw.Close()
	p := filepath.Join(dir, corpus.UNGDC)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestRun(t *testing.T) {
	dir := writeData(t)
	var out, log bytes.Buffer
	o := options{data: dir, sources: "bbc,ungdc", margin: 0, minLen: 4, maxLen: 60, seed: 1}
	if err := run(o, &out, &log); err != nil {
		t.Fatal(err)
	}
	docs, err := ner.ReadCoNLL(bytes.NewReader(out.Bytes()), "out")
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	var words []string
	ents := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			if len(s.Tokens) < 4 || len(ner.Spans(s.Tags())) == 0 {
				t.Errorf("kept %v %v", s.Tokens, s.Tags())
			}
			ents += len(ner.Spans(s.Tags()))
			words = append(words, s.Tokens...)
		}
	}
	text := strings.Join(words, " ")
	for _, w := range []string{"Merkel", "Apple", "Germany"} {
		if !strings.Contains(text, w) {
			t.Errorf("no sentence with %q kept: %q", w, text)
		}
	}
	if strings.Contains(text, "talks lasted") {
		t.Errorf("a sentence without entities kept: %q", text)
	}
	if !strings.Contains(log.String(), "ungdc: 2 articles") || !strings.Contains(log.String(), "bbc: 2 articles") {
		t.Errorf("log: %s", log.String())
	}
	// The same again gives the same bytes; a budget of one token takes
	// one article only.
	var again bytes.Buffer
	if err := run(o, &again, &log); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Bytes(), out.Bytes()) {
		t.Error("two runs differ")
	}
	o.tokens = 1
	var one bytes.Buffer
	if err := run(o, &one, &log); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(one.String(), "-DOCSTART-"); n != 1 {
		t.Errorf("a budget of one token took %d articles", n)
	}
	if !bytes.HasPrefix(out.Bytes(), one.Bytes()) {
		t.Errorf("a budget of one token did not take the first article:\n%s\nof\n%s", one.String(), out.String())
	}
	// Labeling one article at a time changes nothing.
	defer func(n int) { labelBatch = n }(labelBatch)
	labelBatch = 1
	for _, c := range []struct {
		tokens int
		want   []byte
	}{{0, out.Bytes()}, {1, one.Bytes()}} {
		o.tokens = c.tokens
		var batched bytes.Buffer
		if err := run(o, &batched, &log); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(batched.Bytes(), c.want) {
			t.Errorf("budget of %d tokens: labeling in batches of one changed the output", c.tokens)
		}
	}
	o.sources = "bbc,nosuch"
	if err := run(o, &out, &log); err == nil || !strings.Contains(err.Error(), "nosuch") {
		t.Errorf("unknown source: %v", err)
	}
}
