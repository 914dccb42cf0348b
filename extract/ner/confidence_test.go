package ner

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestMaxMarginalsBruteForce checks the forward-backward max-marginals
// against every valid label sequence of short sentences with random
// emission scores.
func TestMaxMarginalsBruteForce(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 30; trial++ {
		n := 1 + trial%3
		sc := make([]int32, n*numLabels)
		for i := range sc {
			sc[i] = int32(rng.IntN(4000) - 2000)
		}
		if trial%5 == 4 { // a token forced to O, as decode does
			for y := 1; y < numLabels; y++ {
				sc[y] = negInf
			}
		}
		got := make([]TokenScores, n)
		alpha := make([]int32, n*numLabels)
		m.viterbi(sc, make([]uint8, n*numLabels), make([]int, n), alpha)
		m.maxMarginals(sc, alpha, make([]int32, n*numLabels), got)
		// Brute force: the best score of a valid path per token and group.
		best := make([][1 + numTypes]int64, n)
		for i := range best {
			for k := range best[i] {
				best[i][k] = math.MinInt64
			}
		}
		top := int64(math.MinInt64)
		seq := make([]int, n)
		var walk func(i int, score int64)
		walk = func(i int, score int64) {
			if i == n {
				if !validEnd(seq[n-1]) {
					return
				}
				top = max(top, score)
				for j, y := range seq {
					k := 0
					if y != labelO {
						k = 1 + labelType(y)
					}
					best[j][k] = max(best[j][k], score)
				}
				return
			}
			for y := 0; y < numLabels; y++ {
				s := score + int64(sc[i*numLabels+y])
				if i == 0 {
					if !validStart(y) {
						continue
					}
					s += int64(m.start[y])
				} else {
					if !validTransition(seq[i-1], y) {
						continue
					}
					s += int64(m.trans[seq[i-1]*numLabels+y])
				}
				seq[i] = y
				walk(i+1, s)
			}
		}
		walk(0, 0)
		for i := range best {
			for k, b := range best[i] {
				want := float32(b-top) / m.scale
				if want < -1e4 { // a label forced off: only check it stays far below
					if got[i][k] > -1e4 {
						t.Fatalf("trial %d: token %d group %d: got %v, want %v", trial, i, k, got[i][k], want)
					}
					continue
				}
				if d := got[i][k] - want; d > 1e-3 || d < -1e-3 {
					t.Fatalf("trial %d: token %d group %d: got %v, want %v", trial, i, k, got[i][k], want)
				}
			}
		}
	}
}

// TestAppendSpansScored checks that scoring changes no entity and that the
// label each token has scores 0, its group being the best path's.
func TestAppendSpansScored(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := [][]string{
		{"Angela", "Merkel", "met", "Barack", "Obama", "in", "Berlin", "."},
		{"Shares", "of", "Zorvex", "Holdings", "rose", "on", "Tuesday", ",", "said", "Mira", "Tallow", "."},
	}
	plain := m.AppendSpans(nil, doc)
	spans, scores := m.AppendSpansScored(nil, nil, doc)
	if len(spans) != len(plain) {
		t.Fatalf("scored spans %v, plain %v", spans, plain)
	}
	for i := range spans {
		if spans[i] != plain[i] {
			t.Fatalf("span %d: scored %v, plain %v", i, spans[i], plain[i])
		}
	}
	if len(scores) != 20 {
		t.Fatalf("got %d token scores, want 20", len(scores))
	}
	tags := m.Tag(doc)
	pos := 0
	for si, sent := range tags {
		for i, tag := range sent {
			typ := "O"
			if tag != "O" {
				typ = tag[2:]
			}
			s := scores[pos]
			if typ != "O" && s.Margin(typ) < 0 {
				t.Errorf("%s (%s): margin %v < 0: %v", doc[si][i], tag, s.Margin(typ), s)
			}
			pos++
		}
	}
	// "Merkel" is surely a person: a wide margin.
	if got := scores[1].Margin("PER"); got < 10 {
		t.Errorf("Merkel: PER margin %v, want >= 10", got)
	}
}

// BenchmarkTagScored is BenchmarkTag with the max-marginals of every
// token (AppendSpansScored), what --min-confidence costs the tagger.
func BenchmarkTagScored(b *testing.B) {
	in := conllTestDocs(b)
	m := embeddedModel(b)
	tokens := 0
	var spans []DocSpan
	var scores []TokenScores
	b.ResetTimer()
	for b.Loop() {
		for _, doc := range in {
			spans, scores = m.AppendSpansScored(spans[:0], scores[:0], doc)
			tokens += len(scores)
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}
