package ner

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

var selfDoc = [][]string{
	strings.Fields("Angela Merkel met Barack Obama in Berlin on Tuesday ."),
	strings.Fields("The talks lasted two hours ."),
	strings.Fields("Shares of Apple rose 3 percent in New York trading after the company said its iPhone sales beat forecasts ."),
	strings.Fields("Bayern Munich beat Real Madrid 2-1 ."),
	strings.Fields("He said Spice told Kobe that Lakers it ."),
	strings.Fields("Paris ."),
}

// TestAutoLabel checks that AutoLabel keeps exactly the sentences with an
// entity, a length within bounds and every token's margin at the
// threshold or above, with the model's own tags.
func TestAutoLabel(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tags := m.Tag(selfDoc)
	_, scores := m.AppendSpansScored(nil, nil, selfDoc)
	least := make([]float32, len(selfDoc)) // each sentence's least margin
	pos := 0
	for si, s := range selfDoc {
		least[si] = 1e30
		for i := range s {
			typ := "O"
			if t := tags[si][i]; len(t) > 2 {
				typ = t[2:]
			}
			least[si] = min(least[si], scores[pos].Margin(typ))
			pos++
		}
	}
	kinds := map[string]bool{}
	for _, th := range []float32{0, 20, 40, 1e6} {
		opts := AutoLabelOptions{MinMargin: th, MinTokens: 2}
		d := AutoLabel(m, "doc", selfDoc, opts)
		var want []int
		for si, s := range selfDoc {
			if len(Spans(tags[si])) > 0 && len(s) >= 2 && least[si] >= th {
				want = append(want, si)
			}
		}
		if len(d.Sentences) != len(want) {
			t.Fatalf("margin %g: kept %d sentences, want %d (least margins %v)", th, len(d.Sentences), len(want), least)
		}
		for k, si := range want {
			s := d.Sentences[k]
			if fmt.Sprint(s.Tokens) != fmt.Sprint(selfDoc[si]) || fmt.Sprint(s.Tags()) != fmt.Sprint(tags[si]) {
				t.Errorf("margin %g: kept %v %v, want sentence %d with tags %v", th, s.Tokens, s.Tags(), si, tags[si])
			}
		}
		kinds[fmt.Sprint(len(want))] = true
	}
	if len(kinds) < 2 {
		t.Errorf("every threshold kept as many sentences (least margins %v): the thresholds test nothing", least)
	}
	// The paragraph without entities and a sentence shorter than the
	// bound are never kept.
	d := AutoLabel(m, "doc", selfDoc, AutoLabelOptions{MinTokens: 3})
	for _, s := range d.Sentences {
		if len(s.Tokens) < 3 || len(Spans(s.Tags())) == 0 {
			t.Errorf("kept %v %v", s.Tokens, s.Tags())
		}
	}
	d = AutoLabel(m, "doc", selfDoc, AutoLabelOptions{MaxTokens: 10})
	for _, s := range d.Sentences {
		if len(s.Tokens) > 10 {
			t.Errorf("kept a sentence of %d tokens with MaxTokens 10", len(s.Tokens))
		}
	}
}

// TestAutoLabelAgree checks the agreement filter: a model agrees with
// itself everywhere, and a second model that tags differently drops the
// sentences it tags otherwise.
func TestAutoLabelAgree(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	alone := AutoLabel(m, "doc", selfDoc, AutoLabelOptions{})
	self := AutoLabel(m, "doc", selfDoc, AutoLabelOptions{Agree: m})
	if fmt.Sprint(alone) != fmt.Sprint(self) {
		t.Errorf("the model does not agree with itself:\n%v\n%v", alone, self)
	}
	other := trainTiny(t)
	both := AutoLabel(m, "doc", selfDoc, AutoLabelOptions{Agree: other})
	otherTags := other.Tag(selfDoc)
	for _, s := range both.Sentences {
		found := false
		for si := range selfDoc {
			if fmt.Sprint(selfDoc[si]) == fmt.Sprint(s.Tokens) {
				found = fmt.Sprint(otherTags[si]) == fmt.Sprint(s.Tags())
			}
		}
		if !found {
			t.Errorf("kept %v %v, which the second model tags otherwise", s.Tokens, s.Tags())
		}
	}
	if len(both.Sentences) >= len(alone.Sentences) {
		t.Errorf("a model trained on three sentences agrees with the shipped one on all %d sentences", len(alone.Sentences))
	}
}

// trainTiny trains a model on a few sentences, one that tags unlike the
// shipped one.
func trainTiny(t *testing.T) *Model {
	t.Helper()
	src := "-DOCSTART- O\n\nAngela B-PER\nMerkel I-PER\nmet O\nObama B-PER\n. O\n\nBerlin B-LOC\nis O\nbig O\n. O\n\n"
	docs, err := ReadCoNLL(strings.NewReader(src), "tiny")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Train(docs, nil, TrainOptions{Epochs: 2, Seed: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestWriteCoNLL checks that WriteCoNLL's output reads back the same.
func TestWriteCoNLL(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	docs := []Document{AutoLabel(m, "a", selfDoc, AutoLabelOptions{}), AutoLabel(m, "b", selfDoc[2:], AutoLabelOptions{})}
	if len(docs[0].Sentences) == 0 || len(docs[1].Sentences) == 0 {
		t.Fatal("nothing auto-labeled")
	}
	var buf bytes.Buffer
	if err := WriteCoNLL(&buf, docs); err != nil {
		t.Fatal(err)
	}
	back, err := ReadCoNLL(bytes.NewReader(buf.Bytes()), "auto")
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != len(docs) {
		t.Fatalf("read %d documents, wrote %d", len(back), len(docs))
	}
	for i := range docs {
		if len(back[i].Sentences) != len(docs[i].Sentences) {
			t.Fatalf("document %d: read %d sentences, wrote %d", i, len(back[i].Sentences), len(docs[i].Sentences))
		}
		for j, s := range docs[i].Sentences {
			b := back[i].Sentences[j]
			if fmt.Sprint(b.Tokens) != fmt.Sprint(s.Tokens) || fmt.Sprint(b.Tags()) != fmt.Sprint(s.Tags()) {
				t.Errorf("document %d sentence %d: read %v %v, wrote %v %v", i, j, b.Tokens, b.Tags(), s.Tokens, s.Tags())
			}
		}
	}
}

// TestExtraNoGazetteer checks that ExtraNoGazetteer keeps the entities of
// the extra sets out of the gazetteers derived from the training labels,
// and only those.
func TestExtraNoGazetteer(t *testing.T) {
	read := func(src string) []Document {
		docs, err := ReadCoNLL(strings.NewReader(src), "x")
		if err != nil {
			t.Fatal(err)
		}
		return docs
	}
	train := read("-DOCSTART- O\n\nZorblatt B-ORG\nQuarnix I-ORG\nrose O\n. O\n\n")
	extra := read("-DOCSTART- O\n\nWexlorp B-PER\nFennimash I-PER\nsaid O\n. O\n\n")
	inFinal := func(td *trainData, words string) bool {
		hs := phraseHash(strings.Fields(words))
		_, ok := td.final.lookup(hs[len(hs)-1])
		return ok
	}
	for _, noGaz := range []bool{false, true} {
		td, err := newTrainData(train, TrainOptions{Folds: 2, Extra: []TrainSet{{Name: "auto", Docs: extra, Weight: 0.3}}, ExtraNoGazetteer: noGaz})
		if err != nil {
			t.Fatal(err)
		}
		if !inFinal(td, "Zorblatt Quarnix") {
			t.Errorf("ExtraNoGazetteer %v: the training set's entity is not in the gazetteer", noGaz)
		}
		if got := inFinal(td, "Wexlorp Fennimash"); got == noGaz {
			t.Errorf("ExtraNoGazetteer %v: the extra set's entity in the gazetteer: %v", noGaz, got)
		}
		if len(td.docs) != 2 || td.weight[1] != 0.3 {
			t.Errorf("ExtraNoGazetteer %v: %d documents, weights %v; want the extra set trained on with weight 0.3", noGaz, len(td.docs), td.weight)
		}
	}
}
