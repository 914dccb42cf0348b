// Package embed trains word embeddings with skip-gram and negative sampling
// (Mikolov et al., 2013) and groups them with k-means, for the word-cluster
// features of the named-entity recognizer (as Agerri and Rigau, 2016, do
// with word2vec clusters).
//
// Everything runs on one goroutine with seeded generators, so the vectors
// and clusters depend only on the corpus and the options.
package embed

import (
	"fmt"
	"io"
	"math"
	"time"
)

// Options control [Train].
type Options struct {
	Dim      int     // vector size (default 100)
	Window   int     // largest distance of a context word (default 5)
	Negative int     // noise words per context word (default 5)
	Epochs   int     // passes over the corpus (default 3)
	Sample   float64 // subsampling threshold for frequent words (default 1e-4)
	Alpha    float64 // starting learning rate (default 0.025)
	Seed     uint64
}

func (o *Options) defaults() {
	if o.Dim <= 0 {
		o.Dim = 100
	}
	if o.Window <= 0 {
		o.Window = 5
	}
	if o.Negative <= 0 {
		o.Negative = 5
	}
	if o.Epochs <= 0 {
		o.Epochs = 3
	}
	if o.Sample <= 0 {
		o.Sample = 1e-4
	}
	if o.Alpha <= 0 {
		o.Alpha = 0.025
	}
}

// rng is the linear congruential generator of word2vec: cheap and
// reproducible.
type rng uint64

func (r *rng) next() uint64 {
	*r = *r*25214903917 + 11
	return uint64(*r)
}

const (
	expTableSize = 1000
	maxExp       = 6
)

var expTable = func() []float32 {
	t := make([]float32, expTableSize)
	for i := range t {
		e := math.Exp((float64(i)/expTableSize*2 - 1) * maxExp)
		t[i] = float32(e / (e + 1))
	}
	return t
}()

// Train learns a vector for each of the words 0..vocab-1 from toks, a
// stream of word ids in which negative ids end a line and ids >= vocab
// are unknown words (skipped). counts gives each word's frequency. It
// returns vocab*Dim floats, word by word.
func Train(toks []int32, counts []int64, vocab int, opts Options, progress io.Writer) []float32 {
	opts.defaults()
	d := opts.Dim
	sg := &skipGram{opts: opts, d: d, keep: keepTable(counts[:vocab], opts.Sample), table: noiseTable(counts[:vocab])}
	sg.r = rng(opts.Seed*2654435761 + 1)
	sg.in = make([]float32, vocab*d)
	for i := range sg.in {
		sg.in[i] = (float32(sg.r.next()&0xFFFF)/65536 - 0.5) / float32(d)
	}
	sg.out = make([]float32, vocab*d)
	sg.grad = make([]float32, d)
	var sent []int32
	var trained int64
	all := int64(opts.Epochs) * int64(len(toks))
	for ep := 1; ep <= opts.Epochs; ep++ {
		begin := time.Now()
		for pos := 0; pos < len(toks); {
			// One line, subsampled.
			sent = sent[:0]
			start := pos
			for pos < len(toks) && toks[pos] >= 0 {
				t := toks[pos]
				pos++
				if int(t) >= vocab || uint32(sg.r.next()&0xFFFF) > sg.keep[t] {
					continue
				}
				sent = append(sent, t)
			}
			pos++ // the boundary
			trained += int64(pos - start)
			sg.alpha = float32(opts.Alpha * max(1e-4, 1-float64(trained)/float64(all+1)))
			sg.line(sent)
		}
		if progress != nil {
			fmt.Fprintf(progress, "embed: epoch %d/%d in %s\n", ep, opts.Epochs, time.Since(begin).Round(time.Second))
		}
	}
	return sg.in
}

// keepTable returns, for each word, the probability (of 65535) of keeping
// an occurrence when frequent words are subsampled, as in word2vec.
func keepTable(counts []int64, sample float64) []uint32 {
	var total float64
	for _, c := range counts {
		total += float64(c)
	}
	keep := make([]uint32, len(counts))
	for i, c := range counts {
		f := float64(c)
		p := (math.Sqrt(f/(sample*total)) + 1) * (sample * total) / f
		keep[i] = uint32(min(p, 1) * 65535)
	}
	return keep
}

// noiseTableSize is the size of the table of noise words.
const noiseTableSize = 1 << 24

// noiseTable returns the table noise words are drawn from: each word
// fills a share of it proportional to its count to the power 0.75.
func noiseTable(counts []int64) []int32 {
	vocab := len(counts)
	table := make([]int32, noiseTableSize)
	var z float64
	for _, c := range counts {
		z += math.Pow(float64(c), 0.75)
	}
	w, cum := 0, math.Pow(float64(counts[0]), 0.75)/z
	for i := range table {
		table[i] = int32(w)
		if float64(i)/noiseTableSize > cum && w < vocab-1 {
			w++
			cum += math.Pow(float64(counts[w]), 0.75) / z
		}
	}
	return table
}

// skipGram holds the state of [Train].
type skipGram struct {
	opts    Options
	d       int
	keep    []uint32
	table   []int32
	r       rng
	in, out []float32 // word and context vectors
	grad    []float32
	alpha   float32 // the learning rate
}

// line learns from the words of one subsampled line: each word predicts
// its neighbours within a window of random size.
func (sg *skipGram) line(sent []int32) {
	d, win := sg.d, sg.opts.Window
	for i, word := range sent {
		b := int(sg.r.next() % uint64(win))
		lo, hi := max(0, i-win+b), min(len(sent)-1, i+win-b)
		for j := lo; j <= hi; j++ {
			if j != i {
				sg.pair(word, sg.in[int(sent[j])*d:int(sent[j]+1)*d])
			}
		}
	}
}

// pair takes one step of negative sampling: the vector ctx of a context
// word moves towards predicting word and away from predicting noise words.
func (sg *skipGram) pair(word int32, ctx []float32) {
	d, alpha, grad := sg.d, sg.alpha, sg.grad
	clear(grad)
	for k := 0; k <= sg.opts.Negative; k++ {
		target, label := word, float32(1)
		if k > 0 {
			target = sg.table[(sg.r.next()>>16)%noiseTableSize]
			if target == word {
				continue
			}
			label = 0
		}
		o := sg.out[int(target)*d : int(target+1)*d]
		var f float32
		for x := range ctx {
			f += ctx[x] * o[x]
		}
		var g float32
		switch {
		case f > maxExp:
			g = (label - 1) * alpha
		case f < -maxExp:
			g = label * alpha
		default:
			g = (label - expTable[int((f+maxExp)*(expTableSize/maxExp/2))]) * alpha
		}
		for x := range grad {
			grad[x] += g * o[x]
			o[x] += g * ctx[x]
		}
	}
	for x := range ctx {
		ctx[x] += grad[x]
	}
}

// KMeans groups the n = len(vecs)/dim vectors, each normalized to unit
// length first, into k clusters by cosine similarity (spherical k-means,
// Lloyd's iterations), starting from k vectors picked with a seeded
// generator among the first 4k (the most frequent words, when the vectors
// are in frequency order). It returns each vector's cluster, 0..k-1.
func KMeans(vecs []float32, dim, k, iters int, seed uint64, progress io.Writer) []int32 {
	n := len(vecs) / dim
	x := make([]float32, len(vecs))
	copy(x, vecs)
	for i := range n {
		normalize(x[i*dim : (i+1)*dim])
	}
	k = min(k, n)
	cent := make([]float32, k*dim)
	r := rng(seed*0x9E3779B97F4A7C15 + 7)
	pool := min(n, 4*k)
	perm := make([]int, pool)
	for i := range perm {
		perm[i] = i
	}
	for i := pool - 1; i > 0; i-- {
		j := int(r.next() % uint64(i+1))
		perm[i], perm[j] = perm[j], perm[i]
	}
	for c := range k {
		copy(cent[c*dim:(c+1)*dim], x[perm[c]*dim:(perm[c]+1)*dim])
	}
	assign := make([]int32, n)
	for i := range assign {
		assign[i] = -1
	}
	for it := 1; it <= iters; it++ {
		begin := time.Now()
		moved := reassign(x, cent, dim, assign)
		recentre(x, cent, dim, assign)
		if progress != nil {
			fmt.Fprintf(progress, "kmeans: k=%d, iteration %d: %d moved in %s\n", k, it, moved, time.Since(begin).Round(time.Millisecond))
		}
		if moved < n/1000 {
			break
		}
	}
	return assign
}

// normalize scales v to unit length (a zero vector stays zero).
func normalize(v []float32) {
	var s float64
	for _, f := range v {
		s += float64(f) * float64(f)
	}
	if s > 0 {
		inv := float32(1 / math.Sqrt(s))
		for j := range v {
			v[j] *= inv
		}
	}
}

// reassign puts each vector of x in the cluster of the nearest centre and
// returns how many changed cluster.
func reassign(x, cent []float32, dim int, assign []int32) int {
	k := len(cent) / dim
	moved := 0
	for i := range assign {
		v := x[i*dim : (i+1)*dim]
		best, bestS := int32(0), float32(-2)
		for c := range k {
			cv := cent[c*dim : (c+1)*dim]
			var s float32
			for j, f := range v {
				s += f * cv[j]
			}
			if s > bestS {
				best, bestS = int32(c), s
			}
		}
		if assign[i] != best {
			moved++
			assign[i] = best
		}
	}
	return moved
}

// recentre moves each centre to the normalized sum of its cluster's
// vectors; the centre of an empty cluster stays where it is.
func recentre(x, cent []float32, dim int, assign []int32) {
	k := len(cent) / dim
	sum := make([]float64, k*dim)
	size := make([]int, k)
	for i := range assign {
		c := int(assign[i])
		size[c]++
		for j, f := range x[i*dim : (i+1)*dim] {
			sum[c*dim+j] += float64(f)
		}
	}
	for c := range k {
		if size[c] == 0 {
			continue
		}
		var s float64
		for j := range dim {
			s += sum[c*dim+j] * sum[c*dim+j]
		}
		inv := 1 / math.Sqrt(s)
		for j := range dim {
			cent[c*dim+j] = float32(sum[c*dim+j] * inv)
		}
	}
}
