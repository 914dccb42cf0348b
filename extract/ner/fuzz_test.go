package ner_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract/ner"
)

// conllSeed is a small labeled corpus for the seeds.
const conllSeed = `-DOCSTART- -X- O O

EU NNP B-NP I-ORG
rejects VBZ B-VP O
German JJ B-NP I-MISC
call NN I-NP O
to TO B-VP O
boycott VB I-VP O
British JJ B-NP I-MISC
lamb NN I-NP O
. . O O

Peter NNP B-NP I-PER
Blackburn NNP I-NP I-PER
met VBD B-VP O
Angela NNP B-NP I-PER
Merkel NNP I-NP I-PER
in IN B-PP O
Bonn NNP B-NP I-LOC
. . O O
`

// clusterSeed is a small cluster file.
const clusterSeed = "#levels 2 4\nEU\t1\t1\nGerman\t1\t2\nBonn\t2\t3\nlamb\t2\t4\n"

// tinyModel trains a model on conllSeed with clusterSeed, small enough to be
// a fuzzing seed, and returns it saved.
func tinyModel(t testing.TB) []byte {
	t.Helper()
	docs, err := ner.ReadCoNLL(strings.NewReader(conllSeed), "seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	cl, err := ner.ReadClusters(strings.NewReader(clusterSeed), "clusters.tsv")
	if err != nil {
		t.Fatal(err)
	}
	m, err := ner.Train(docs, nil, ner.TrainOptions{Epochs: 2, Clusters: cl, MinWeight: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func gzipped(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// FuzzLoad checks that Load never panics: it returns a model or an error
// wrapping ErrFormat, and a model it returns tags any sentence, one tag per
// token.
func FuzzLoad(f *testing.F) {
	model := tinyModel(f)
	f.Add(model)
	f.Add(gzipped(model))
	f.Add(model[:len(model)/2])
	f.Add([]byte("not a model"))
	f.Add([]byte{0x1f, 0x8b, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ner.Load(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, ner.ErrFormat) {
				t.Fatalf("Load error %v does not wrap ErrFormat", err)
			}
			return
		}
		doc := [][]string{strings.Fields("Peter Blackburn met Angela Merkel in Bonn ."), strings.Fields("EU"), {}}
		tags := m.Tag(doc)
		if len(tags) != len(doc) {
			t.Fatalf("Tag gave %d sentences for %d", len(tags), len(doc))
		}
		for i := range doc {
			if len(tags[i]) != len(doc[i]) {
				t.Fatalf("sentence %d: %d tags for %d tokens", i, len(tags[i]), len(doc[i]))
			}
		}
	})
}

// FuzzReadCoNLL checks that ReadCoNLL never panics, that its errors are
// ParseErrors naming the file and a line, and that every sentence it
// returns has a column list per token.
func FuzzReadCoNLL(f *testing.F) {
	for _, s := range []string{conllSeed, "a B\nb C D\n", "-DOCSTART-\n", "\n\n\n", "x\ty\r\n\r\n", "tok\n-DOCSTART- -X- O O\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := ner.ReadCoNLL(strings.NewReader(in), "in.txt")
		if err != nil {
			var pe *ner.ParseError
			if !errors.As(err, &pe) || pe.File != "in.txt" || pe.Line < 1 {
				t.Fatalf("error %v is not a ParseError naming in.txt and a line", err)
			}
			return
		}
		for _, d := range docs {
			for _, s := range d.Sentences {
				if len(s.Cols) != len(s.Tokens) || s.Line < 1 {
					t.Fatalf("sentence at line %d: %d tokens, %d column lists", s.Line, len(s.Tokens), len(s.Cols))
				}
			}
		}
	})
}

// FuzzReadClusters checks that ReadClusters never panics and that its
// errors name the file and a line.
func FuzzReadClusters(f *testing.F) {
	for _, s := range []string{clusterSeed, "#levels\n", "#levels 0\n", "#levels 3\nw\t4\n", "", "#levels 2\nw\t1\tx\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		c, err := ner.ReadClusters(strings.NewReader(in), "c.tsv")
		if err != nil {
			var pe *ner.ParseError
			if errors.As(err, &pe) && (pe.File != "c.tsv" || pe.Line < 1) {
				t.Fatalf("error %v names no line of c.tsv", err)
			}
			if pe == nil && !strings.Contains(err.Error(), "c.tsv") {
				t.Fatalf("error %v does not name c.tsv", err)
			}
			return
		}
		if c == nil || len(c.Levels) == 0 {
			t.Fatalf("no error and no levels: %+v", c)
		}
	})
}
