package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSample(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"-n", "2", "../../../testdata/articles"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if !strings.HasPrefix(lines[0], "rule\tarticle\tfrom") || len(lines) < 2 {
		t.Fatalf("want a header and links, got:\n%s", out.String())
	}
	for _, l := range lines[1:] {
		if c := strings.Split(l, "\t"); len(c) != 9 || c[0] == "" || c[2] == "" || c[4] == "" {
			t.Errorf("bad row %q", l)
		}
	}
}

func TestSummarize(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "j.tsv")
	tsv := "rule\tarticle\tfrom\tto\tverdict\tnote\n" +
		"surname\ta\tperson:x\tperson:x-y\tright\t\n" +
		"surname\tb\tperson:x\tperson:x-z\twrong\tanother X\n" +
		"acronym\tc\torg:ab\torg:a-b\tright\t\n"
	if err := os.WriteFile(p, []byte(tsv), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"-summarize", p}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{"| acronym | 1 | 1 | 0 |", "| surname | 2 | 1 | 1 | 50.0"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, out.String())
		}
	}
	bad := filepath.Join(dir, "bad.tsv")
	os.WriteFile(bad, []byte("rule\tverdict\tnote\nsurname\twrong\t\n"), 0o644)
	if code := run([]string{"-summarize", bad}, &out, &errOut); code == 0 {
		t.Errorf("a wrong verdict without a note was taken")
	}
}
