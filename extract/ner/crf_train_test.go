package ner_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract/ner"
)

// TestTrainLearners trains each learner on the seed corpus: the model
// must label its training sentences as they are labeled, and training
// twice must give the same model, byte for byte.
func TestTrainLearners(t *testing.T) {
	docs, err := ner.ReadCoNLL(strings.NewReader(conllSeed), "seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	cl, err := ner.ReadClusters(strings.NewReader(clusterSeed), "clusters.tsv")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		opts ner.TrainOptions
	}{
		{"perceptron", ner.TrainOptions{}},
		{"crf-sgd", ner.TrainOptions{Learner: ner.LearnerCRFSGD, Rate: 0.1}},
		{"crf-sgd-l2", ner.TrainOptions{Learner: ner.LearnerCRFSGD, Rate: 0.1, L2: 1e-4}},
		{"crf-adagrad", ner.TrainOptions{Learner: ner.LearnerCRFAdaGrad, Rate: 0.1}},
		{"feature-drop", ner.TrainOptions{FeatureDrop: 0.2, Runs: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := tt.opts
			o.Epochs, o.Clusters, o.MinWeight, o.NoCasing = 8, cl, 1, true
			// The seed corpus needs neither the compiled gazetteers nor the
			// case table, which take most of the time to load.
			o.NoCompiledGazetteers, o.NoCaseTable = true, true
			var saved [2][]byte
			for k := range saved {
				m, err := ner.Train(docs, nil, o, nil)
				if err != nil {
					t.Fatal(err)
				}
				var buf bytes.Buffer
				if err := m.Save(&buf); err != nil {
					t.Fatal(err)
				}
				saved[k] = buf.Bytes()
				if k > 0 {
					continue
				}
				for _, d := range docs {
					var toks [][]string
					for _, s := range d.Sentences {
						toks = append(toks, s.Tokens)
					}
					got := m.Tag(toks)
					for i, s := range d.Sentences {
						want := ner.IOB2(ner.Spans(s.Tags()), len(s.Tokens))
						if !slices.Equal(got[i], want) {
							t.Errorf("%v: got %v, want %v", s.Tokens, got[i], want)
						}
					}
				}
			}
			if !bytes.Equal(saved[0], saved[1]) {
				t.Errorf("two trainings differ")
			}
		})
	}
	if _, err := ner.Train(docs, nil, ner.TrainOptions{Learner: "svm", Clusters: cl}, nil); err == nil {
		t.Errorf("an unknown learner trained")
	}
}
