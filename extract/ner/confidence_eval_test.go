package ner

import (
	"fmt"
	"os"
	"testing"
)

// TestConfidenceSpans reports, for the CoNLL-format files named by
// NERGRAPH_CONF_CONLL (skipped when unset), the recognizer's precision,
// recall and F1 when its spans whose weakest token's margin is below a
// threshold are dropped: what the confidence rule would cost on labeled
// text, span by span.
func TestConfidenceSpans(t *testing.T) {
	path := os.Getenv("NERGRAPH_CONF_CONLL")
	if path == "" {
		t.Skip("set NERGRAPH_CONF_CONLL=FILE to score the confidence thresholds on a CoNLL file")
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadCoNLL(f, path)
	if err != nil {
		t.Fatal(err)
	}
	ths := []float32{0, 10, 20, 29, 40}
	evs := make([]Evaluator, len(ths))
	evsKnown := make([]Evaluator, len(ths)) // names the gazetteer knows kept
	for _, d := range docs {
		var words [][]string
		for _, s := range d.Sentences {
			words = append(words, s.Tokens)
		}
		spans, scores := m.AppendSpansScored(nil, nil, words)
		pos := make([]int, len(words)+1)
		for i, w := range words {
			pos[i+1] = pos[i] + len(w)
		}
		for k, th := range ths {
			kept := make([][]Span, len(words))
			keptKnown := make([][]Span, len(words))
			for _, sp := range spans {
				conf := float32(1e9)
				for i := sp.Start; i < sp.End; i++ {
					s := scores[pos[sp.Sentence]+i]
					conf = min(conf, s.Margin(sp.Type))
				}
				if th == 0 || conf >= th {
					kept[sp.Sentence] = append(kept[sp.Sentence], sp.Span)
				}
				if th == 0 || conf >= th || m.KnownName(words[sp.Sentence][sp.Start:sp.End], sp.Type) {
					keptKnown[sp.Sentence] = append(keptKnown[sp.Sentence], sp.Span)
				}
			}
			for i, s := range d.Sentences {
				evs[k].Add(s.Tags(), IOB2(kept[i], len(s.Tokens)))
				evsKnown[k].Add(s.Tags(), IOB2(keptKnown[i], len(s.Tokens)))
			}
		}
	}
	for k, th := range ths {
		sc, sk := evs[k].Scores(), evsKnown[k].Scores()
		fmt.Printf("threshold %g: P %.2f R %.2f F1 %.2f; names the gazetteer knows kept: P %.2f R %.2f F1 %.2f\n", th,
			sc.Overall.Precision(), sc.Overall.Recall(), sc.Overall.F1(), sk.Overall.Precision(), sk.Overall.Recall(), sk.Overall.F1())
	}
}
