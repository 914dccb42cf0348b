package ner

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/nergraph/nergraph/internal/testenv"
)

func TestSpans(t *testing.T) {
	tests := []struct {
		tags string
		want []Span
	}{
		{"O O", nil},
		{"I-PER I-PER O I-LOC", []Span{{0, 2, "PER"}, {3, 4, "LOC"}}}, // IOB1
		{"I-PER B-PER O", []Span{{0, 1, "PER"}, {1, 2, "PER"}}},       // IOB1 adjacent
		{"B-ORG I-ORG B-ORG", []Span{{0, 2, "ORG"}, {2, 3, "ORG"}}},   // IOB2
		{"I-ORG I-LOC", []Span{{0, 1, "ORG"}, {1, 2, "LOC"}}},         // type change
		{"O I-MISC I-MISC", []Span{{1, 3, "MISC"}}},                   // I after O starts
		{"B-PER I-PER I-PER", []Span{{0, 3, "PER"}}},                  // to the end
		{"B-LOC O B-LOC I-LOC O", []Span{{0, 1, "LOC"}, {2, 4, "LOC"}}},
	}
	for _, tt := range tests {
		got := Spans(strings.Fields(tt.tags))
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Spans(%q) = %v, want %v", tt.tags, got, tt.want)
		}
	}
}

func TestBILOURoundTrip(t *testing.T) {
	tags := strings.Fields("I-PER I-PER O I-LOC B-LOC O I-ORG I-ORG I-ORG")
	labels := bilou(tags, nil)
	var got []string
	for _, y := range labels {
		got = append(got, iob2Tags[y])
	}
	want := strings.Fields("B-PER I-PER O B-LOC B-LOC O B-ORG I-ORG I-ORG")
	if !reflect.DeepEqual(got, want) {
		t.Errorf("IOB1 -> BILOU -> IOB2 = %v, want %v", got, want)
	}
	for i := 1; i < len(labels); i++ {
		if !validTransition(labels[i-1], labels[i]) {
			t.Errorf("invalid transition %d -> %d at %d", labels[i-1], labels[i], i)
		}
	}
}

func TestEvaluator(t *testing.T) {
	var e Evaluator
	// Gold: PER [0,2), LOC [3,4). Predicted: PER [0,2) right, LOC [3,5) wrong span.
	e.Add(strings.Fields("I-PER I-PER O I-LOC O"), strings.Fields("B-PER I-PER O B-LOC I-LOC"))
	// Gold: ORG [0,1). Predicted: MISC [0,1): wrong type.
	e.Add(strings.Fields("B-ORG O"), strings.Fields("B-MISC O"))
	s := e.Scores()
	if s.Overall.Gold != 3 || s.Overall.Pred != 3 || s.Overall.Correct != 1 {
		t.Fatalf("overall = %+v, want 3 gold, 3 predicted, 1 correct", s.Overall)
	}
	if got, want := s.Overall.F1(), 100.0/3; got < want-1e-9 || got > want+1e-9 {
		t.Errorf("F1 = %v, want %v", got, want)
	}
	var types []string
	for _, c := range s.Types {
		types = append(types, c.Type)
	}
	if want := []string{"LOC", "MISC", "ORG", "PER"}; !reflect.DeepEqual(types, want) {
		t.Errorf("types = %v, want %v", types, want)
	}
	var buf bytes.Buffer
	if err := s.WriteTable(&buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "overall") || !strings.Contains(buf.String(), "33.33") {
		t.Errorf("table lacks the overall row:\n%s", buf.String())
	}
}

func TestReadCoNLL(t *testing.T) {
	in := "-DOCSTART- -X- O O\n\nEU NNP I-ORG\nrejects VBZ O\n\nPeter NNP I-PER\n\n-DOCSTART- -X- O O\n\nBonn NNP I-LOC\n"
	docs, err := ReadCoNLL(strings.NewReader(in), "x.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want 2", len(docs))
	}
	if got := len(docs[0].Sentences); got != 2 {
		t.Errorf("document 1 has %d sentences, want 2", got)
	}
	if got, want := docs[0].Sentences[0].Tags(), []string{"I-ORG", "O"}; !reflect.DeepEqual(got, want) {
		t.Errorf("tags = %v, want %v", got, want)
	}
	if docs[1].Name != "x.txt:8" || docs[1].Sentences[0].Line != 10 {
		t.Errorf("document 2 = %s, line %d; want x.txt:8, line 10", docs[1].Name, docs[1].Sentences[0].Line)
	}
}

func TestReadCoNLLError(t *testing.T) {
	_, err := ReadCoNLL(strings.NewReader("a B\nb C D\n"), "bad.txt")
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrColumns) {
		t.Fatalf("err = %v, want a *ParseError wrapping ErrColumns", err)
	}
	if got, want := err.Error(), "bad.txt:2: inconsistent number of columns: want 2, got 3"; got != want {
		t.Errorf("err = %q, want %q", got, want)
	}
}

func embeddedModel(t testing.TB) *Model {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// Sentences we wrote ourselves, in the tokenization of the pipeline.
var fixtures = []struct {
	text string
	want string // the entities, "type:words" separated by "|"
}{
	{"German Chancellor Helmut Kohl met French President Jacques Chirac in Bonn on Tuesday .",
		"MISC:German|PER:Helmut Kohl|MISC:French|PER:Jacques Chirac|LOC:Bonn"},
	{"The United Nations Security Council voted to extend its mission in Angola .",
		"ORG:United Nations Security Council|LOC:Angola"},
	{"Shares of Microsoft Corp rose 3 percent on the New York Stock Exchange , analysts said .",
		"ORG:Microsoft Corp|ORG:New York Stock Exchange"},
	{"MOSCOW 1996-08-22", "LOC:MOSCOW"},
	{"Russian troops left the Chechen capital Grozny , Interfax news agency said .",
		"MISC:Russian|MISC:Chechen|LOC:Grozny|ORG:Interfax"},
	{"Smith scored twice as Manchester United beat Arsenal 3-1 .",
		"PER:Smith|ORG:Manchester United|ORG:Arsenal"},
}

func entities(toks, tags []string) string {
	var parts []string
	for _, s := range Spans(tags) {
		parts = append(parts, s.Type+":"+strings.Join(toks[s.Start:s.End], " "))
	}
	return strings.Join(parts, "|")
}

func TestTagFixtures(t *testing.T) {
	m := embeddedModel(t)
	for _, f := range fixtures {
		toks := strings.Fields(f.text)
		tags := m.Tag([][]string{toks})
		if len(tags) != 1 || len(tags[0]) != len(toks) {
			t.Fatalf("Tag(%q) returned %v", f.text, tags)
		}
		if got := entities(toks, tags[0]); got != f.want {
			t.Errorf("Tag(%q)\n got  %s\n want %s", f.text, got, f.want)
		}
	}
}

// TestAppendSpans checks that AppendSpans gives the Spans of Tag's tags,
// sentence by sentence: on the fixtures as one document, with an empty
// sentence among them, and on CoNLL-2003 test when the shared data is there.
func TestAppendSpans(t *testing.T) {
	m := embeddedModel(t)
	docs := [][][]string{{{}}}
	var doc [][]string
	for i, f := range fixtures {
		doc = append(doc, strings.Fields(f.text))
		if i == 2 {
			doc = append(doc, nil)
		}
	}
	docs = append(docs, doc)
	if path := testenv.SharedDir(); path != "" {
		if _, err := os.Stat(filepath.Join(path, "data/conll2003/test.txt")); err == nil {
			for _, d := range readFile(t, filepath.Join(path, "data/conll2003/test.txt")) {
				var doc [][]string
				for _, s := range d.Sentences {
					doc = append(doc, s.Tokens)
				}
				docs = append(docs, doc)
			}
		}
	}
	spans := 0
	for di, doc := range docs {
		var want []DocSpan
		for si, tags := range m.Tag(doc) {
			for _, sp := range Spans(tags) {
				want = append(want, DocSpan{Sentence: si, Span: sp})
			}
		}
		got := m.AppendSpans([]DocSpan{{Sentence: -1}}, doc)
		if len(got) == 0 || got[0].Sentence != -1 || !slices.Equal(got[1:], want) {
			t.Fatalf("document %d: AppendSpans = %v, want the first item kept, then %v", di, got, want)
		}
		spans += len(want)
	}
	if spans == 0 {
		t.Fatal("no entities in the documents: the check checked nothing")
	}
	t.Logf("%d documents, %d entities", len(docs), spans)
}

func TestTagEmpty(t *testing.T) {
	m := embeddedModel(t)
	got := m.Tag([][]string{{}, {"Paris"}})
	if len(got) != 2 || len(got[0]) != 0 || len(got[1]) != 1 {
		t.Errorf("Tag with an empty sentence = %v", got)
	}
}

func TestSaveLoad(t *testing.T) {
	m := embeddedModel(t)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fixtures {
		doc := [][]string{strings.Fields(f.text)}
		if got, want := m2.Tag(doc), m.Tag(doc); !reflect.DeepEqual(got, want) {
			t.Errorf("reloaded model tags %q as %v, want %v", f.text, got, want)
		}
	}
	if _, err := Load(strings.NewReader("not a model")); !errors.Is(err, ErrFormat) {
		t.Errorf("Load(garbage) = %v, want ErrFormat", err)
	}
}

func TestTagConcurrent(t *testing.T) {
	m := embeddedModel(t)
	var want [][][]string
	for _, f := range fixtures {
		want = append(want, m.Tag([][]string{strings.Fields(f.text)}))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(fixtures))
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, f := range fixtures {
				if got := m.Tag([][]string{strings.Fields(f.text)}); !reflect.DeepEqual(got, want[i]) {
					errs <- f.text
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent Tag(%q) differs", e)
	}
}

func TestTagCoNLL(t *testing.T) {
	m := embeddedModel(t)
	in := "-DOCSTART- -X- O O\n\nMOSCOW NNP I-LOC\n1996-08-22 CD O\n\n"
	var out bytes.Buffer
	if err := TagCoNLL(m, strings.NewReader(in), &out, "in"); err != nil {
		t.Fatal(err)
	}
	want := "-DOCSTART- -X- O O\n\nMOSCOW NNP I-LOC B-LOC\n1996-08-22 CD O O\n\n"
	if out.String() != want {
		t.Errorf("TagCoNLL wrote\n%s\nwant\n%s", out.String(), want)
	}
}

// TestCoNLLTest scores the embedded model on the CoNLL-2003 test set.
func TestCoNLLTest(t *testing.T) {
	path := testenv.Shared(t, "data/conll2003/test.txt")
	docs := readFile(t, path)
	s := Evaluate(embeddedModel(t), docs)
	t.Logf("test: %s", s)
	if f := s.Overall.F1(); f < 89.5 {
		t.Errorf("F1 on CoNLL-2003 test = %.2f, want >= 89.5", f)
	}
}

func readFile(t testing.TB, path string) []Document {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadCoNLL(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// conllTestDocs returns the documents of the CoNLL-2003 test set as the
// tagger takes them: sentences of tokens.
func conllTestDocs(b *testing.B) [][][]string {
	docs := readFile(b, testenv.Shared(b, "data/conll2003/test.txt"))
	var in [][][]string
	for _, d := range docs {
		var doc [][]string
		for _, s := range d.Sentences {
			doc = append(doc, s.Tokens)
		}
		in = append(in, doc)
	}
	return in
}

// BenchmarkTag tags the CoNLL-2003 test set, one document per call.
func BenchmarkTag(b *testing.B) {
	in := conllTestDocs(b)
	m := embeddedModel(b)
	tokens := 0
	b.ResetTimer()
	for b.Loop() {
		for _, doc := range in {
			for _, s := range m.Tag(doc) {
				tokens += len(s)
			}
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoad decodes the embedded model.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}

func TestBILOUGroups(t *testing.T) {
	for y := 0; y < numLabels; y++ {
		var want []uint8
		for x := 0; x < numLabels; x++ {
			if validTransition(x, y) {
				want = append(want, uint8(x))
			}
		}
		var got []uint8
		if slices.Contains(openers[:], uint8(y)) {
			got = closers[:]
		} else {
			b, in := uint8(1+4*labelType(y)), uint8(2+4*labelType(y))
			got = []uint8{b, in}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("predecessors of %d = %v, want %v", y, got, want)
		}
	}
}

func TestMergeSnapshots(t *testing.T) {
	row := func(v float32) []float32 {
		r := make([]float32, numLabels)
		for i := range r {
			r[i] = v
		}
		return r
	}
	a := &snapshot{hashes: []uint64{1, 3}, w: append(row(2), row(4)...),
		trans: row(0)[:0], start: row(1)}
	b := &snapshot{hashes: []uint64{2, 3}, w: append(row(6), row(8)...),
		trans: row(0)[:0], start: row(3)}
	for i := 0; i < numLabels*numLabels; i++ {
		a.trans = append(a.trans, 2)
		b.trans = append(b.trans, 4)
	}
	got := mergeSnapshots([]*snapshot{a, b})
	wantHashes := []uint64{1, 2, 3}
	wantW := append(append(row(1), row(3)...), row(6)...) // absent counts as 0
	if !slices.Equal(got.hashes, wantHashes) {
		t.Errorf("hashes = %v, want %v", got.hashes, wantHashes)
	}
	if !slices.Equal(got.w, wantW) {
		t.Errorf("weights = %v, want %v", got.w, wantW)
	}
	if got.trans[0] != 3 || got.start[0] != 2 {
		t.Errorf("trans[0], start[0] = %v, %v, want 3, 2", got.trans[0], got.start[0])
	}
}
