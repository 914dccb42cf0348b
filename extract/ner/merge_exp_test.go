package ner

import (
	"os"
	"sort"
	"strings"
	"testing"
)

// mergeModels averages the quantized weights of models trained on the
// same data with the same resources (each in units of its own largest
// weight), an ensemble of different learners. Features a model pruned
// count as zero in it.
func mergeModels(ms []*Model) *Model {
	k := int32(len(ms))
	out := &Model{trans: make([]int32, numLabels*numLabels), start: make([]int32, numLabels), res: ms[0].res}
	sum := map[uint32]*[numLabels]int32{}
	for _, m := range ms {
		out.scale += m.scale / float32(k)
		for _, r := range m.sorted {
			s := sum[r.key]
			if s == nil {
				s = new([numLabels]int32)
				sum[r.key] = s
			}
			for y, v := range r.w {
				s[y] += int32(v)
			}
		}
		for i, v := range m.trans {
			if v != negInf {
				out.trans[i] += v / k
			}
		}
		for i, v := range m.start {
			if v != negInf {
				out.start[i] += v / k
			}
		}
	}
	structural(out.trans, out.start)
	for key, s := range sum {
		var r savedRow
		r.key = key
		for y, v := range s {
			r.w[y] = int16(v / k)
		}
		out.sorted = append(out.sorted, r)
	}
	sort.Slice(out.sorted, func(i, j int) bool { return out.sorted[i].key < out.sorted[j].key })
	out.build()
	return out
}

// TestMergeExperiment writes the average of the models named in
// NERGRAPH_NER_MERGE ("a.bin,b.bin=out.bin"); an experiment, not a check.
func TestMergeExperiment(t *testing.T) {
	spec := os.Getenv("NERGRAPH_NER_MERGE")
	if spec == "" {
		t.Skip("NERGRAPH_NER_MERGE not set")
	}
	in, outPath, _ := strings.Cut(spec, "=")
	var ms []*Model
	for _, p := range strings.Split(in, ",") {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		m, err := Load(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		ms = append(ms, m)
	}
	m := mergeModels(ms)
	f, err := os.Create(outPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Save(f); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}
