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
)

func TestSpans(t *testing.T) {
	tests := []struct {
		tags string
		want []span
	}{
		{"O O", nil},
		{"B-PER I-PER O B-LOC", []span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		// IOB1: I- starts an entity, B- only between two of the same type.
		{"I-PER I-PER B-PER O I-LOC", []span{{0, 2, "PER"}, {2, 3, "PER"}, {4, 5, "LOC"}}},
		// A change of type ends one entity and starts the next.
		{"B-ORG I-PER I-PER", []span{{0, 1, "ORG"}, {1, 3, "PER"}}},
		{"I-MISC", []span{{0, 1, "MISC"}}},
	}
	for _, tt := range tests {
		if got := spans(strings.Fields(tt.tags)); !reflect.DeepEqual(got, tt.want) {
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
	all := newScores()
	for _, d := range docs {
		for _, s := range d.sents {
			all.add(spans(s.gold), spans(s.pred))
		}
	}
	if got, want := all.all, (count{gold: 5, pred: 6, correct: 2}); got != want {
		t.Fatalf("overall = %+v, want %+v", got, want)
	}
	for _, c := range []struct {
		typ  string
		want count
	}{
		{"PER", count{gold: 2, pred: 3, correct: 1}},
		{"ORG", count{gold: 2, pred: 1, correct: 0}},
		{"LOC", count{gold: 1, pred: 1, correct: 1}},
		{"MISC", count{gold: 0, pred: 1, correct: 0}},
	} {
		if got := *all.byType[c.typ]; got != c.want {
			t.Errorf("%s = %+v, want %+v", c.typ, got, c.want)
		}
	}
	if got, want := all.all.f1(), 36.3636; math.Abs(got-want) > 1e-4 {
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
		s, k := newScores(), newErrorKinds(1)
		for _, d := range docs {
			for _, x := range d.sents {
				g := spans(x.gold)
				p := g
				if predicted {
					p = spans(x.pred)
				}
				s.add(g, p)
				k.add("all", x.tokens, g, p)
			}
		}
		if !predicted && s.all.correct != s.all.gold {
			t.Fatalf("gold against itself: %+v", s.all)
		}
	})
}
