package ner

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestCRFMarginals checks the scaled forward-backward pass against the
// marginals of every labeling of short sentences, enumerated one by one
// under BILOU's constraints.
func TestCRFMarginals(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var cs crfState
	for n := 1; n <= 3; n++ {
		sc := make([]float32, n*numLabels)
		for i := range sc {
			sc[i] = float32(rng.NormFloat64() * 2)
		}
		trans := make([]float32, numLabels*numLabels)
		start := make([]float32, numLabels)
		for i := range trans {
			trans[i] = float32(rng.NormFloat64())
		}
		for i := range start {
			start[i] = float32(rng.NormFloat64())
		}
		// Brute force: every labeling, its unnormalized probability.
		wantMarg := make([]float64, n*numLabels)
		wantTrans := make([]float64, numLabels*numLabels)
		wantStart := make([]float64, numLabels)
		z := 0.0
		labels := make([]int, n)
		var walk func(i int)
		walk = func(i int) {
			if i == n {
				if !validStart(labels[0]) || !validEnd(labels[n-1]) {
					return
				}
				s := float64(start[labels[0]])
				for j, y := range labels {
					s += float64(sc[j*numLabels+y])
					if j > 0 {
						if !validTransition(labels[j-1], y) {
							return
						}
						s += float64(trans[labels[j-1]*numLabels+y])
					}
				}
				p := math.Exp(s)
				z += p
				wantStart[labels[0]] += p
				for j, y := range labels {
					wantMarg[j*numLabels+y] += p
					if j > 0 {
						wantTrans[labels[j-1]*numLabels+y] += p
					}
				}
				return
			}
			for y := 0; y < numLabels; y++ {
				labels[i] = y
				walk(i + 1)
			}
		}
		walk(0)
		dtrans := make([]float64, numLabels*numLabels)
		dstart := make([]float64, numLabels)
		const rate = 0.5
		cs.marginals(sc, trans, start, n, dtrans, dstart, rate)
		near := func(what string, i int, got, want float64) {
			t.Helper()
			if math.Abs(got-want) > 1e-6 {
				t.Errorf("n=%d: %s[%d] = %.9f, want %.9f", n, what, i, got, want)
			}
		}
		for i := range wantMarg {
			near("marginal", i, cs.marg[i], wantMarg[i]/z)
		}
		for i := range wantTrans {
			near("transition step", i, dtrans[i], -rate*wantTrans[i]/z)
		}
		for i := range wantStart {
			near("start step", i, dstart[i], -rate*wantStart[i]/z)
		}
	}
}

// TestFeatureDrop checks that feature bagging leaves out about the share
// asked, depends on the seed, and keeps every feature when off.
func TestFeatureDrop(t *testing.T) {
	fs := make([]uint64, 10000)
	for i := range fs {
		fs[i] = mix(uint64(i), 7)
	}
	kept := func(seed uint64, drop float64) []uint64 {
		l := &learner{}
		if drop > 0 {
			l.dropSeed, l.dropBelow = seed, uint64(drop*(1<<53))
		}
		return l.dropped(append([]uint64(nil), fs...))
	}
	if got := len(kept(1, 0)); got != len(fs) {
		t.Errorf("no drop: kept %d of %d", got, len(fs))
	}
	a, b := kept(1, 0.2), kept(2, 0.2)
	for _, k := range [][]uint64{a, b} {
		if got := float64(len(k)) / float64(len(fs)); got < 0.78 || got > 0.82 {
			t.Errorf("drop 0.2: kept %.3f of the features, want about 0.8", got)
		}
	}
	same := len(a) == len(b)
	for i := 0; same && i < len(a); i++ {
		same = a[i] == b[i]
	}
	if same {
		t.Errorf("seeds 1 and 2 keep the same features")
	}
}
