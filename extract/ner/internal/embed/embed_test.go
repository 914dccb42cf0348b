package embed

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

// corpus: words 0-3 ("nouns") appear after word 8, words 4-7 ("verbs")
// after word 9; 8 and 9 are frequent function words.
func corpus() ([]int32, []int64) {
	r := rand.New(rand.NewPCG(3, 4))
	var toks []int32
	counts := make([]int64, 10)
	for range 1500 {
		for range 4 {
			toks = append(toks, 8, int32(r.IntN(4)), 9, int32(4+r.IntN(4)))
		}
		toks = append(toks, -1)
	}
	for _, t := range toks {
		if t >= 0 {
			counts[t]++
		}
	}
	return toks, counts
}

func cos(v []float32, d, a, b int) float64 {
	var s, na, nb float64
	for i := range d {
		x, y := float64(v[a*d+i]), float64(v[b*d+i])
		s += x * y
		na += x * x
		nb += y * y
	}
	return s / math.Sqrt(na*nb)
}

func TestTrainAndCluster(t *testing.T) {
	toks, counts := corpus()
	opts := Options{Dim: 16, Window: 2, Epochs: 3, Sample: 1, Seed: 1}
	v := Train(toks, counts, 10, opts, nil)
	if !reflect.DeepEqual(v, Train(toks, counts, 10, opts, nil)) {
		t.Fatal("two trainings with the same seed differ")
	}
	if same, other := cos(v, 16, 0, 1), cos(v, 16, 0, 5); same <= other {
		t.Errorf("cos(noun, noun) = %.3f <= cos(noun, verb) = %.3f", same, other)
	}
	got := KMeans(v[:8*16], 16, 2, 10, 1, nil)
	for i := 1; i < 4; i++ {
		if got[i] != got[0] || got[4+i] != got[4] {
			t.Errorf("clusters = %v, want nouns together and verbs together", got)
		}
	}
	if got[0] == got[4] {
		t.Errorf("clusters = %v, want nouns apart from verbs", got)
	}
}
