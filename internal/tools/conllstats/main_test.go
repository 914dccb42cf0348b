package main

import (
	"bytes"
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract/ner"
)

func TestSpans(t *testing.T) {
	tests := []struct {
		tags string
		want []ner.Span
	}{
		{"O O", nil},
		{"B-PER I-PER O B-LOC", []ner.Span{{Start: 0, End: 2, Type: "PER"}, {Start: 3, End: 4, Type: "LOC"}}},
		// IOB1: I- starts an entity, B- only between two of the same type.
		{"I-PER I-PER B-PER O I-LOC", []ner.Span{{Start: 0, End: 2, Type: "PER"}, {Start: 2, End: 3, Type: "PER"}, {Start: 4, End: 5, Type: "LOC"}}},
		// A change of type ends one entity and starts the next.
		{"B-ORG I-PER I-PER", []ner.Span{{Start: 0, End: 1, Type: "ORG"}, {Start: 1, End: 3, Type: "PER"}}},
		{"I-MISC", []ner.Span{{Start: 0, End: 1, Type: "MISC"}}},
	}
	for _, tt := range tests {
		if got := ner.Spans(strings.Fields(tt.tags)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("spans(%q) = %v, want %v", tt.tags, got, tt.want)
		}
	}
}

// tagged is a tiny hand-made file in the layout of "nergraph tag --conll":
// token, two filler columns, gold tag, predicted tag. Worked by hand:
//
//	doc 1 (agency): gold Angela Merkel/PER, Barack Obama/PER, Berlin/LOC;
//	                pred Angela Merkel/PER (correct), Barack/PER (boundary),
//	                Obama/ORG (wrong), Berlin/LOC (correct).
//	doc 2 (hard):   gold Smith Barney/ORG, Tesla/ORG;
//	                pred Smith Barney/PER (typed), Monday/MISC (spurious);
//	                Tesla missed.
//
// Overall: gold 5, pred 6, correct 2: P 33.33, R 40.00, F1 36.36.
// agency: gold 3, pred 4, correct 2: P 50, R 66.67, F1 57.14; its PER
// gold 2, pred 2 (Barack is not Barack Obama), correct 1: F1 50.
// hard: gold 2, pred 2, correct 0: F1 0.
const tagged = `-DOCSTART- -X- -X- O

Angela _ _ B-PER B-PER
Merkel _ _ I-PER I-PER
met _ _ O O
Barack _ _ B-PER B-PER
Obama _ _ I-PER B-ORG
in _ _ O O
Berlin _ _ B-LOC B-LOC
. _ _ O O

-DOCSTART- -X- -X- O

Smith _ _ B-ORG B-PER
Barney _ _ I-ORG I-PER
rated _ _ O O
Tesla _ _ B-ORG O
on _ _ O O
Monday _ _ O B-MISC

`

const styles = "doc\tstyle\ttitle\n1\tagency\tMerkel\n2\thard\tbanks\n"

func writeTemp(t *testing.T, name, data string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestScores(t *testing.T) {
	docs, err := readCoNLL(strings.NewReader(tagged), "t.conll", true)
	if err != nil {
		t.Fatal(err)
	}
	all := &scores{}
	for _, d := range docs {
		for _, s := range d.sents {
			all.add(s.gold, s.pred)
		}
	}
	overall := all.done()
	if got, want := overall, (ner.Count{Gold: 5, Pred: 6, Correct: 2}); got != want {
		t.Fatalf("overall = %+v, want %+v", got, want)
	}
	for _, c := range []struct {
		typ  string
		want ner.Count
	}{
		{"PER", ner.Count{Type: "PER", Gold: 2, Pred: 3, Correct: 1}},
		{"ORG", ner.Count{Type: "ORG", Gold: 2, Pred: 1, Correct: 0}},
		{"LOC", ner.Count{Type: "LOC", Gold: 1, Pred: 1, Correct: 1}},
		{"MISC", ner.Count{Type: "MISC", Gold: 0, Pred: 1, Correct: 0}},
	} {
		if got := all.byType[c.typ]; got != c.want {
			t.Errorf("%s = %+v, want %+v", c.typ, got, c.want)
		}
	}
	if got, want := overall.F1(), 36.3636; math.Abs(got-want) > 1e-4 {
		t.Errorf("F1 = %v, want %v", got, want)
	}
}

func TestRunPredicted(t *testing.T) {
	in, st := writeTemp(t, "t.conll", tagged), writeTemp(t, "s.tsv", styles)
	var out, errOut bytes.Buffer
	if code := run([]string{"-styles", st, "-predicted", "-examples", "1", in}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	want := `overall (conlleval: exact span and type)
type         gold   pred correct precision  recall      F1
PER             2      3       1     33.33   50.00   40.00
ORG             2      1       0      0.00    0.00    0.00
LOC             1      1       1    100.00  100.00  100.00
MISC            0      1       0      0.00    0.00    0.00
overall         5      6       2     33.33   40.00   36.36

per style
style        gold   pred correct precision  recall      F1  PER F1  ORG F1  LOC F1 MISC F1
agency          3      4       2     50.00   66.67   57.14   50.00    0.00  100.00       -
hard            2      2       0      0.00    0.00    0.00    0.00    0.00       -    0.00
all             5      6       2     33.33   40.00   36.36   40.00    0.00  100.00    0.00

error kinds (4 of 4 kinds, 4 errors)
    1  MISC spurious
         Monday [hard]
    1  ORG missed
         Tesla [hard]
    1  ORG typed PER
         Smith Barney -> Smith Barney [hard]
    1  PER boundary
         Barack Obama -> Barack [agency]
`
	if got := out.String(); got != want {
		t.Errorf("output\n%s\nwant\n%s", got, want)
	}
}

func TestRunCounts(t *testing.T) {
	gold := "-DOCSTART- -X- -X- O\n\nAngela _ _ B-PER\nMerkel _ _ I-PER\nin _ _ O\nBerlin _ _ B-LOC\n\nHi _ _ O\n\n" +
		"-DOCSTART- -X- -X- O\n\nSmith _ _ B-ORG\nBarney _ _ I-ORG\n\n"
	in, st := writeTemp(t, "g.conll", gold), writeTemp(t, "s.tsv", styles)
	var out, errOut bytes.Buffer
	if code := run([]string{"-styles", st, in}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	want := `style       docs  sents  tokens    PER    ORG    LOC entities
agency         1      2       5      1      0      1        2
hard           1      1       2      0      1      0        1
total          2      3       7      1      1      1        3
`
	if got := out.String(); got != want {
		t.Errorf("output\n%s\nwant\n%s", got, want)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name, data string
		predicted  bool
		want       string
	}{
		{"bad gold tag", "a _ _ X-PER\n", false, "t.conll:1: gold tag: bad tag"},
		{"bad predicted tag", "a _ _ O B\n", true, "t.conll:1: predicted tag: bad tag"},
		{"too few columns", "\na O\n", true, "t.conll:2: want at least 3 columns"},
	}
	for _, tt := range tests {
		_, err := readCoNLL(strings.NewReader(tt.data), "t.conll", tt.predicted)
		var pe *ParseError
		if !errors.As(err, &pe) || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want prefix %q", tt.name, err, tt.want)
		}
	}
	if _, err := readStyles(strings.NewReader("doc\tstyle\n2\tweb\n"), "s.tsv"); err == nil || !strings.HasPrefix(err.Error(), "s.tsv:2: want document 1") {
		t.Errorf("readStyles out of order: err = %v", err)
	}
	in, st := writeTemp(t, "t.conll", tagged), writeTemp(t, "s.tsv", "doc\tstyle\n1\tagency\n")
	var out, errOut bytes.Buffer
	if code := run([]string{"-styles", st, "-predicted", in}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "has 2 documents but") {
		t.Errorf("document count mismatch: exit %d, stderr %q", code, errOut.String())
	}
}

// FuzzReadCoNLL checks that the reader never panics, that every error names
// the file and a line, and that what it reads scores without panicking.
func FuzzReadCoNLL(f *testing.F) {
	f.Add(tagged, true)
	f.Add("a _ _ B-PER\n\n-DOCSTART- -X- -X- O\nb _ _ I-LOC\n", false)
	f.Add("x I-\n", false)
	f.Fuzz(func(t *testing.T, data string, predicted bool) {
		docs, err := readCoNLL(strings.NewReader(data), "f.conll", predicted)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.File != "f.conll" || pe.Line < 1 {
				t.Fatalf("error without file and line: %v", err)
			}
			return
		}
		s, k := &scores{}, newErrorKinds(1)
		for _, d := range docs {
			for _, x := range d.sents {
				pred := x.gold
				if predicted {
					pred = x.pred
				}
				s.add(x.gold, pred)
				k.add("all", x.tokens, ner.Spans(x.gold), ner.Spans(pred))
			}
		}
		if c := s.done(); !predicted && c.Correct != c.Gold {
			t.Fatalf("gold against itself: %+v", c)
		}
	})
}
