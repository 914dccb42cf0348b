package layout

import (
	"errors"
	"math"
	"slices"
	"testing"
)

func TestBuildRules(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	tests := []struct {
		name     string
		g        Graph
		deg      []int
		weighted []float64
	}{
		{"empty", Graph{}, []int{}, []float64{}},
		{"isolated nodes", Graph{N: 3}, []int{0, 0, 0}, []float64{0, 0, 0}},
		{"one edge", Graph{N: 2, Edges: []Edge{{0, 1, 2.5}}}, []int{1, 1}, []float64{2.5, 2.5}},
		{"self-loop ignored", Graph{N: 2, Edges: []Edge{{0, 0, 5}, {0, 1, 1}}}, []int{1, 1}, []float64{1, 1}},
		{"duplicates merged, both directions", Graph{N: 3, Edges: []Edge{{0, 1, 1}, {1, 0, 2}, {0, 1, 3}, {1, 2, 1}}},
			[]int{1, 2, 1}, []float64{6, 7, 1}},
		{"bad weights ignored", Graph{N: 3, Edges: []Edge{{0, 1, 0}, {0, 1, -1}, {1, 2, nan}, {0, 2, inf}, {0, 2, math.Inf(-1)}}},
			[]int{0, 0, 0}, []float64{0, 0, 0}},
		{"overflowing sum clamped", Graph{N: 2, Edges: []Edge{{0, 1, math.MaxFloat64}, {0, 1, math.MaxFloat64}}},
			[]int{1, 1}, []float64{math.MaxFloat64, math.MaxFloat64}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			deg, weighted, err := Degree(tt.g)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(deg, tt.deg) || !slices.Equal(weighted, tt.weighted) {
				t.Errorf("Degree = %v, %v; want %v, %v", deg, weighted, tt.deg, tt.weighted)
			}
		})
	}
}

func TestBuildRowsSorted(t *testing.T) {
	g := synthetic(500, 3000, 3)
	a, err := build(g)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < a.n; i++ {
		row := a.nbr[a.off[i]:a.off[i+1]]
		for k := 1; k < len(row); k++ {
			if row[k-1] >= row[k] {
				t.Fatalf("row %d not strictly increasing: %v", i, row)
			}
		}
	}
	// Symmetry: w(i,j) == w(j,i).
	weight := func(i, j int32) float64 {
		row := a.nbr[a.off[i]:a.off[i+1]]
		k, ok := slices.BinarySearch(row, j)
		if !ok {
			return -1
		}
		return a.w[a.off[i]+k]
	}
	for i := 0; i < a.n; i++ {
		for k := a.off[i]; k < a.off[i+1]; k++ {
			if got, want := weight(a.nbr[k], int32(i)), a.w[k]; got != want {
				t.Fatalf("w(%d,%d) = %v, w(%d,%d) = %v", a.nbr[k], i, got, i, a.nbr[k], want)
			}
		}
	}
}

func TestInvalidGraph(t *testing.T) {
	bad := []Graph{
		{N: -1},
		{N: 2, Edges: []Edge{{0, 2, 1}}},
		{N: 2, Edges: []Edge{{-1, 0, 1}}},
		{N: 0, Edges: []Edge{{0, 0, 1}}},
	}
	for _, g := range bad {
		if _, _, err := Degree(g); !errors.Is(err, ErrInvalidGraph) {
			t.Errorf("Degree(%v) error = %v, want ErrInvalidGraph", g, err)
		}
		if _, err := PageRank(t.Context(), g, DefaultDamping, DefaultTolerance); !errors.Is(err, ErrInvalidGraph) {
			t.Errorf("PageRank(%v) error = %v, want ErrInvalidGraph", g, err)
		}
		if _, err := Louvain(t.Context(), g, LouvainOptions{}); !errors.Is(err, ErrInvalidGraph) {
			t.Errorf("Louvain(%v) error = %v, want ErrInvalidGraph", g, err)
		}
		if _, err := ForceAtlas2(t.Context(), g, Options{}); !errors.Is(err, ErrInvalidGraph) {
			t.Errorf("ForceAtlas2(%v) error = %v, want ErrInvalidGraph", g, err)
		}
		if _, err := Modularity(g, make([]int, max(g.N, 0)), 1); !errors.Is(err, ErrInvalidGraph) {
			t.Errorf("Modularity(%v) error = %v, want ErrInvalidGraph", g, err)
		}
	}
}

func TestRNGPerm(t *testing.T) {
	// SplitMix64's published first output for state 0.
	if got, want := (&rng{}).next(), uint64(0xe220a8397b1dcdaf); got != want {
		t.Errorf("splitmix64 from 0 = %#x, want %#x", got, want)
	}
	// The sequence must never change: layouts and communities of a seed
	// depend on it. These values were produced by the generator itself and
	// pin it.
	r := newRNG(42, 1)
	if a, b := r.next(), r.next(); a != 4265811925338924985 || b != 5265834713277307401 {
		t.Errorf("newRNG(42, 1) draws %d, %d; want 4265811925338924985, 5265834713277307401", a, b)
	}
	got := newRNG(42, 1).perm(10)
	if want := []int32{6, 3, 7, 5, 8, 1, 4, 0, 9, 2}; !slices.Equal(got, want) {
		t.Errorf("newRNG(42, 1).perm(10) = %v, want %v", got, want)
	}
	r2 := newRNG(42, 1)
	if !slices.Equal(got, r2.perm(10)) {
		t.Fatal("same seed, different permutations")
	}
	sorted := slices.Clone(got)
	slices.Sort(sorted)
	for i, v := range sorted {
		if int(v) != i {
			t.Fatalf("perm(10) = %v is not a permutation", got)
		}
	}
	if slices.Equal(got, newRNG(43, 1).perm(10)) && slices.Equal(got, newRNG(42, 2).perm(10)) {
		t.Errorf("other seeds and streams give the same permutation %v", got)
	}
}
