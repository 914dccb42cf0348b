package ner

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
)

// Clusters maps words to distributional word clusters at several
// granularities. Cluster ids start at 1; 0 means "no cluster".
type Clusters struct {
	Levels []int               // number of clusters at each level, coarse to fine
	ids    map[uint64][]uint16 // hash of the exact word -> one id per level
}

// NumWords returns the number of words with clusters.
func (c *Clusters) NumWords() int {
	if c == nil {
		return 0
	}
	return len(c.ids)
}

// lookup returns the cluster ids of the word with hash h, or nil.
func (c *Clusters) lookup(h uint64) []uint16 {
	if c == nil {
		return nil
	}
	return c.ids[h]
}

// ReadClusters reads a cluster file as written by [WriteClusterFile]: a
// header line "#levels N1 N2 ...", then one line per word, "word\tid1\tid2...".
// Errors name name:line.
func ReadClusters(r io.Reader, name string) (*Clusters, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	c := &Clusters{ids: make(map[uint64][]uint16)}
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if line == 1 {
			f := strings.Fields(t)
			if len(f) < 2 || f[0] != "#levels" {
				return nil, &ParseError{File: name, Line: line, Err: fmt.Errorf("want header \"#levels N...\", got %q", t)}
			}
			for _, s := range f[1:] {
				n, err := strconv.Atoi(s)
				if err != nil || n <= 0 || n > 65535 {
					return nil, &ParseError{File: name, Line: line, Err: fmt.Errorf("bad level %q", s)}
				}
				c.Levels = append(c.Levels, n)
			}
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != len(c.Levels)+1 {
			return nil, &ParseError{File: name, Line: line, Err: fmt.Errorf("want %d fields, got %d", len(c.Levels)+1, len(f))}
		}
		ids := make([]uint16, len(c.Levels))
		for i, s := range f[1:] {
			n, err := strconv.Atoi(s)
			if err != nil || n <= 0 || n > c.Levels[i] {
				return nil, &ParseError{File: name, Line: line, Err: fmt.Errorf("bad cluster id %q", s)}
			}
			ids[i] = uint16(n)
		}
		c.ids[hashString(f[0])] = ids
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if line == 0 {
		return nil, &ParseError{File: name, Line: 1, Err: fmt.Errorf("empty cluster file")}
	}
	return c, nil
}

// ClusterOptions control [InduceClusters].
type ClusterOptions struct {
	MinCount int   // words seen fewer times get no cluster (default 3)
	Contexts int   // number of frequent words used as contexts (default 1000)
	Dims     int   // dimensions of the random projection (default 128)
	Levels   []int // cluster counts (default 64, 256, 1024)
	Iters    int   // k-means iterations (default 12)
	Seed     uint64
}

// WordClusters is the result of [InduceClusters]: for each word, its cluster
// at each level.
type WordClusters struct {
	Levels []int
	Words  []string   // sorted
	IDs    [][]uint16 // per word, per level, from 1
}

// InduceClusters groups the words of unlabeled sentences by the words seen
// around them. Each word with at least MinCount occurrences gets a vector of
// positive pointwise mutual information with the Contexts most frequent
// words at offsets -2, -1, +1 and +2, reduced by a seeded random projection;
// the vectors are then clustered by spherical k-means (k-means++ start) at
// each level. The result depends only on the sentences and the options.
func InduceClusters(sents [][]string, opts ClusterOptions, progress io.Writer) *WordClusters {
	if opts.MinCount <= 0 {
		opts.MinCount = 3
	}
	if opts.Contexts <= 0 {
		opts.Contexts = 1000
	}
	if opts.Dims <= 0 {
		opts.Dims = 128
	}
	if len(opts.Levels) == 0 {
		opts.Levels = []int{64, 256, 1024}
	}
	if opts.Iters <= 0 {
		opts.Iters = 12
	}
	logf := func(format string, args ...any) {
		if progress != nil {
			fmt.Fprintf(progress, format+"\n", args...)
		}
	}
	count := make(map[string]int)
	for _, s := range sents {
		for _, w := range s {
			count[w]++
		}
	}
	type wc struct {
		w string
		n int
	}
	all := make([]wc, 0, len(count))
	for w, n := range count {
		all = append(all, wc{w, n})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].n != all[j].n {
			return all[i].n > all[j].n
		}
		return all[i].w < all[j].w
	})
	ctxIndex := make(map[string]int)
	for i := 0; i < len(all) && i < opts.Contexts; i++ {
		ctxIndex[all[i].w] = i
	}
	vocab := make(map[string]int)
	var words []string
	for _, x := range all {
		if x.n < opts.MinCount {
			break
		}
		vocab[x.w] = len(words)
		words = append(words, x.w)
	}
	logf("clusters: %d distinct words, %d with at least %d occurrences", len(all), len(words), opts.MinCount)

	// Co-occurrence counts: word -> (offset slot * Contexts + context) -> n.
	nctx := 4 * opts.Contexts
	cooc := make([]map[int32]float32, len(words))
	for i := range cooc {
		cooc[i] = make(map[int32]float32)
	}
	ctxTotal := make([]float64, nctx)
	var total float64
	offsets := []int{-2, -1, 1, 2}
	for _, s := range sents {
		for i, w := range s {
			wi, ok := vocab[w]
			if !ok {
				continue
			}
			for k, off := range offsets {
				j := i + off
				if j < 0 || j >= len(s) {
					continue
				}
				ci, ok := ctxIndex[s[j]]
				if !ok {
					continue
				}
				d := int32(k*opts.Contexts + ci)
				cooc[wi][d]++
				ctxTotal[d]++
				total++
			}
		}
	}
	// Random projection of PPMI vectors; the projection of each context
	// dimension is drawn from a seeded generator.
	rng := rand.New(rand.NewPCG(opts.Seed, 0x6e6572636c7573))
	proj := make([]float32, nctx*opts.Dims)
	for i := range proj {
		if rng.IntN(2) == 0 {
			proj[i] = 1
		} else {
			proj[i] = -1
		}
	}
	vecs := make([]float32, len(words)*opts.Dims)
	keys := make([]int32, 0, 1024)
	for wi := range words {
		var wt float64
		keys = keys[:0]
		for d, n := range cooc[wi] {
			wt += float64(n)
			keys = append(keys, d)
		}
		sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] }) // fixed summation order
		v := vecs[wi*opts.Dims : (wi+1)*opts.Dims]
		for _, d := range keys {
			n := float64(cooc[wi][d])
			pmi := math.Log(n * total / (wt * ctxTotal[d]))
			if pmi <= 0 {
				continue
			}
			p := proj[int(d)*opts.Dims : (int(d)+1)*opts.Dims]
			for k := range v {
				v[k] += float32(pmi) * p[k]
			}
		}
		normalize(v)
		cooc[wi] = nil
	}
	logf("clusters: projected %d words to %d dimensions", len(words), opts.Dims)

	res := &WordClusters{Levels: opts.Levels, IDs: make([][]uint16, len(words))}
	for i := range res.IDs {
		res.IDs[i] = make([]uint16, len(opts.Levels))
	}
	for li, k := range opts.Levels {
		assign := kmeans(vecs, len(words), opts.Dims, k, opts.Iters, rng, func(it int, moved int) {
			logf("clusters: k=%d iteration %d: %d words moved", k, it, moved)
		})
		for wi, a := range assign {
			res.IDs[wi][li] = uint16(a + 1)
		}
	}
	// Sort words for a stable file.
	idx := make([]int, len(words))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return words[idx[a]] < words[idx[b]] })
	res.Words = make([]string, len(words))
	ids := make([][]uint16, len(words))
	for i, j := range idx {
		res.Words[i] = words[j]
		ids[i] = res.IDs[j]
	}
	res.IDs = ids
	return res
}

func normalize(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
}

func dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// kmeans clusters n unit vectors of dimension d into k groups by cosine
// similarity and returns each vector's group.
func kmeans(vecs []float32, n, d, k, iters int, rng *rand.Rand, report func(it, moved int)) []int {
	if k > n {
		k = n
	}
	cent := make([]float32, k*d)
	// k-means++ initialization on distance 1 - cos.
	first := rng.IntN(n)
	copy(cent[:d], vecs[first*d:(first+1)*d])
	dist := make([]float64, n)
	for i := range dist {
		dist[i] = math.Inf(1)
	}
	for c := 1; c < k; c++ {
		prev := cent[(c-1)*d : c*d]
		var sum float64
		for i := 0; i < n; i++ {
			x := 1 - float64(dot(vecs[i*d:(i+1)*d], prev))
			if x < 0 {
				x = 0
			}
			if x < dist[i] {
				dist[i] = x
			}
			sum += dist[i] * dist[i]
		}
		r := rng.Float64() * sum
		pick := n - 1
		for i := 0; i < n; i++ {
			r -= dist[i] * dist[i]
			if r <= 0 {
				pick = i
				break
			}
		}
		copy(cent[c*d:(c+1)*d], vecs[pick*d:(pick+1)*d])
	}
	assign := make([]int, n)
	for i := range assign {
		assign[i] = -1
	}
	for it := 0; it < iters; it++ {
		moved := 0
		for i := 0; i < n; i++ {
			v := vecs[i*d : (i+1)*d]
			best, bs := 0, float32(-2)
			for c := 0; c < k; c++ {
				s := dot(v, cent[c*d:(c+1)*d])
				if s > bs {
					best, bs = c, s
				}
			}
			if assign[i] != best {
				moved++
				assign[i] = best
			}
		}
		report(it+1, moved)
		if moved == 0 {
			break
		}
		for i := range cent {
			cent[i] = 0
		}
		for i := 0; i < n; i++ {
			c := cent[assign[i]*d : (assign[i]+1)*d]
			for j, x := range vecs[i*d : (i+1)*d] {
				c[j] += x
			}
		}
		for c := 0; c < k; c++ {
			normalize(cent[c*d : (c+1)*d])
		}
	}
	return assign
}

// WriteTo writes the clusters in the format [ReadClusters] reads.
func (wc *WordClusters) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var n int64
	hdr := "#levels"
	for _, l := range wc.Levels {
		hdr += " " + strconv.Itoa(l)
	}
	k, err := bw.WriteString(hdr + "\n")
	n += int64(k)
	if err != nil {
		return n, err
	}
	for i, word := range wc.Words {
		var sb strings.Builder
		sb.WriteString(word)
		for _, id := range wc.IDs[i] {
			sb.WriteByte('\t')
			sb.WriteString(strconv.Itoa(int(id)))
		}
		sb.WriteByte('\n')
		k, err := bw.WriteString(sb.String())
		n += int64(k)
		if err != nil {
			return n, err
		}
	}
	return n, bw.Flush()
}
