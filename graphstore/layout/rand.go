package layout

import "math/bits"

// rng is SplitMix64 (Steele, Lea and Flood 2014). It is written out here,
// rather than taken from math/rand, so that a seed gives the same layout and
// communities with every Go release: the standard library does not promise
// that its shuffles and bounded draws keep their exact sequences.
type rng struct{ s uint64 }

// newRNG returns a generator for seed; stream separates the uses of one seed
// (starting positions, visiting orders) so that they do not share draws.
func newRNG(seed int64, stream uint64) *rng {
	r := &rng{s: uint64(seed) ^ (stream * 0xd1b54a32d192ed03)}
	r.next()
	return r
}

func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// float64 returns a number in [0, 1).
func (r *rng) float64() float64 { return float64(r.next()>>11) / (1 << 53) }

// intn returns a number in [0, n) for n > 0 (multiply-shift; the bias is
// below 2⁻³² for the sizes used here, which does not matter for shuffling).
func (r *rng) intn(n int) int {
	hi, _ := bits.Mul64(r.next(), uint64(n))
	return int(hi)
}

// perm returns a seeded random permutation of 0..n-1 (Fisher–Yates).
func (r *rng) perm(n int) []int32 {
	p := make([]int32, n)
	for i := range p {
		p[i] = int32(i)
	}
	for i := n - 1; i > 0; i-- {
		j := r.intn(i + 1)
		p[i], p[j] = p[j], p[i]
	}
	return p
}
