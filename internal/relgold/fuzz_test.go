package relgold

import (
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse checks that the parser never panics, that every error names a
// line of the input, and that what it accepts is consistent: marks and
// sentences lie inside the text and hold what they say.
func FuzzParse(f *testing.F) {
	f.Add(scoreGold)
	f.Add("=== a1 [t]\n[[A|ORG|org:a]] met [[B|PER|person:b|source]].\nnone\n")
	f.Add("=== a1\n[[A|ORG|org:a]] met [[B|ORG|org:b]].\nrel: org:a <> meet <> org:b | text=met | sent=0 | neg\n")
	f.Add("=== a1\n[[A|ORG|org:a]] left [[B|ORG|org:b]] out.\nrel: org:a > leave out > org:b | text=left ... out | sent=0\n")
	f.Add("x\n=== \n[[\n]]\nrel: | | |\n")
	if b, err := os.ReadFile(goldPath); err == nil {
		// The first items of the real file, to start from well-formed input.
		s := string(b)
		if i := strings.Index(s, "=== g010"); i > 0 {
			s = s[:i]
		}
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		lines := strings.Count(in, "\n") + 1
		r := NewReader(strings.NewReader(in), "f.txt")
		for range 10000 {
			it, err := r.Read()
			if err == io.EOF {
				return
			}
			if err != nil {
				var pe *ParseError
				if !errors.As(err, &pe) {
					t.Fatalf("error %v is not a *ParseError", err)
				}
				if pe.Line < 1 || pe.Line > lines {
					t.Fatalf("error %v: line %d outside 1..%d", err, pe.Line, lines)
				}
				if strings.Contains(pe.Err.Error(), "line longer than") {
					return // the scanner stops there
				}
				continue
			}
			checkItem(t, it)
		}
		t.Fatal("reader did not reach the end of the input")
	})
}

func checkItem(t *testing.T, it *Item) {
	t.Helper()
	if !utf8.ValidString(it.Text) {
		t.Fatalf("%s: text is not UTF-8", it.ID)
	}
	if (len(it.Relations) == 0) != it.None {
		t.Fatalf("%s: %d relations with none=%t", it.ID, len(it.Relations), it.None)
	}
	end := -1
	for _, s := range it.Sentences {
		if s.Start <= end || s.End < s.Start || s.End > len(it.Text) {
			t.Fatalf("%s: bad sentence span %v in %d bytes", it.ID, s, len(it.Text))
		}
		end = s.End
	}
	for _, e := range it.Entities {
		if e.Sentence < 0 || e.Sentence >= len(it.Sentences) {
			t.Fatalf("%s: entity %q in sentence %d", it.ID, e.Surface, e.Sentence)
		}
		s := it.Sentences[e.Sentence]
		if e.Start < s.Start || e.End > s.End || it.Text[e.Start:e.End] != e.Surface {
			t.Fatalf("%s: entity %q at %d-%d outside its sentence or wrong", it.ID, e.Surface, e.Start, e.End)
		}
	}
	for _, r := range it.Relations {
		if r.Sentence < 0 || r.Sentence >= len(it.Sentences) || r.Subject == r.Object {
			t.Fatalf("%s: bad relation %+v", it.ID, r)
		}
	}
}
