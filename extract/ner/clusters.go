package ner

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/nergraph/nergraph/internal/hashidx"
)

// Clusters maps words to distributional word clusters at several
// granularities. Cluster ids start at 1; 0 means "no cluster".
type Clusters struct {
	Levels []int    // number of clusters at each level
	keys   []uint64 // hashes of the exact words, increasing
	ids    []uint16 // len(Levels) ids per key
	idx    hashidx.Index
}

// NumWords returns the number of words with clusters.
func (c *Clusters) NumWords() int {
	if c == nil {
		return 0
	}
	return len(c.keys)
}

// lookup returns the cluster ids of the word with hash h, or nil.
func (c *Clusters) lookup(h uint64) []uint16 {
	if c == nil {
		return nil
	}
	i := c.idx.Find(h)
	if i < 0 {
		return nil
	}
	n := len(c.Levels)
	return c.ids[i*n : (i+1)*n : (i+1)*n]
}

// setWords fills the table from a map of word hashes to ids.
func (c *Clusters) setWords(m map[uint64][]uint16) {
	c.keys = make([]uint64, 0, len(m))
	for k := range m {
		c.keys = append(c.keys, k)
	}
	slices.Sort(c.keys)
	c.ids = make([]uint16, 0, len(c.keys)*len(c.Levels))
	for _, k := range c.keys {
		c.ids = append(c.ids, m[k]...)
	}
	c.idx = hashidx.New(c.keys)
}

// ReadClusters reads a cluster file as written by [WordClusters.WriteTo]
// (or stacked by cmd/nerjoin): a header line "#levels N1 N2 ...", then one
// line per word, "word\tid1\tid2...", ids from 1 to the level's size, 0
// for a word that has no cluster at that level. Errors name name:line.
func ReadClusters(r io.Reader, name string) (*Clusters, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	c := &Clusters{}
	words := make(map[uint64][]uint16)
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
			if err != nil || n < 0 || n > c.Levels[i] {
				return nil, &ParseError{File: name, Line: line, Err: fmt.Errorf("bad cluster id %q", s)}
			}
			ids[i] = uint16(n)
		}
		words[hashString(f[0])] = ids
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if line == 0 {
		return nil, &ParseError{File: name, Line: 1, Err: fmt.Errorf("empty cluster file")}
	}
	c.setWords(words)
	return c, nil
}

// ClusterOptions control [InduceClusters].
type ClusterOptions struct {
	MinCount int   // words seen fewer times share one class (default 3)
	Levels   []int // numbers of classes, one clustering each (default 100, 300, 1000)
	Iters    int   // passes of the exchange algorithm (default 10)
}

// WordClusters is the result of [InduceClusters]: for each word, its class
// at each level.
type WordClusters struct {
	Levels []int
	Words  []string   // sorted
	IDs    [][]uint16 // per word, per level, from 1
}

// InduceClusters groups the words of unlabeled sentences into classes that
// predict each other well, with the exchange algorithm (Kneser and Ney,
// 1993): starting from classes assigned by frequency rank, each word in turn
// moves to the class that most raises the likelihood of a class bigram model
// of the text, until few words move. Words seen fewer than MinCount times
// share one placeholder and get no class. The result depends only on the
// sentences and the options.
func InduceClusters(sents [][]string, opts ClusterOptions, progress io.Writer) *WordClusters {
	if opts.MinCount <= 0 {
		opts.MinCount = 3
	}
	if len(opts.Levels) == 0 {
		opts.Levels = []int{100, 300, 1000}
	}
	if opts.Iters <= 0 {
		opts.Iters = 10
	}
	logf := func(format string, args ...any) {
		if progress != nil {
			fmt.Fprintf(progress, format+"\n", args...)
		}
	}
	bg := newBigrams(sents, opts.MinCount, logf)
	words := bg.words
	ids := make([][]uint16, len(words))
	for i := range ids {
		ids[i] = make([]uint16, len(opts.Levels))
	}
	for li, k := range opts.Levels {
		class := bg.exchange(k, opts.Iters, logf)
		for w := range words {
			ids[w][li] = uint16(class[w] + 1)
		}
	}
	idx := make([]int, len(words))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return words[idx[a]] < words[idx[b]] })
	res := &WordClusters{Levels: opts.Levels, Words: make([]string, len(words)), IDs: make([][]uint16, len(words))}
	for i, j := range idx {
		res.Words[i] = words[j]
		res.IDs[i] = ids[j]
	}
	return res
}

// neighbour is a word and how often it stands next to another.
type neighbour struct {
	w int32
	n float64
}

// bigrams holds the counts the exchange algorithm works on: the words seen
// at least MinCount times, most frequent first, then a placeholder for the
// others and for sentence boundaries.
type bigrams struct {
	words  []string
	freq   []float64     // per word, and the placeholder
	rn, ln [][]neighbour // right and left neighbours of each word, by word
}

// newBigrams counts the words and bigrams of sents.
func newBigrams(sents [][]string, minCount int, logf func(string, ...any)) *bigrams {
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
	vocab := make(map[string]int32)
	bg := &bigrams{}
	for _, x := range all {
		if x.n < minCount {
			break
		}
		vocab[x.w] = int32(len(bg.words))
		bg.words = append(bg.words, x.w)
		bg.freq = append(bg.freq, float64(x.n))
	}
	bg.freq = append(bg.freq, 0)
	logf("clusters: %d distinct words, %d with at least %d occurrences", len(all), len(bg.words), minCount)
	bg.count(sents, vocab)
	return bg
}

// count fills the neighbour lists from the sentences.
func (bg *bigrams) count(sents [][]string, vocab map[string]int32) {
	rare := int32(len(bg.words)) // placeholder for rare words, and sentence boundaries
	nv := len(bg.words) + 1
	right := make([]map[int32]int32, nv)
	left := make([]map[int32]int32, nv)
	for i := range right {
		right[i] = make(map[int32]int32)
		left[i] = make(map[int32]int32)
	}
	id := func(w string) int32 {
		if i, ok := vocab[w]; ok {
			return i
		}
		return rare
	}
	for _, s := range sents {
		prev := rare
		for _, w := range s {
			cur := id(w)
			right[prev][cur]++
			left[cur][prev]++
			if cur == rare {
				bg.freq[rare]++
			}
			prev = cur
		}
		right[prev][rare]++
		left[rare][prev]++
	}
	flat := func(m map[int32]int32) []neighbour {
		out := make([]neighbour, 0, len(m))
		for w, n := range m {
			out = append(out, neighbour{w, float64(n)})
		}
		sort.Slice(out, func(i, j int) bool { return out[i].w < out[j].w })
		return out
	}
	bg.rn = make([][]neighbour, nv)
	bg.ln = make([][]neighbour, nv)
	for i := range bg.rn {
		bg.rn[i], bg.ln[i] = flat(right[i]), flat(left[i])
		right[i], left[i] = nil, nil
	}
}

// exchangeState is the class bigram model of one run of the exchange
// algorithm.
type exchangeState struct {
	bg     *bigrams
	k      int
	class  []int32
	nc     []float64 // class counts
	ncc    []float64 // class bigram counts, left*k+right
	rc, lc []float64 // right- and left-neighbour class counts of the moving word
	rl, ll []int32   // the classes touched
}

// exchange returns the class, from 0 to k-2, of each word, after at most
// iters passes.
func (bg *bigrams) exchange(k, iters int, logf func(string, ...any)) []int32 {
	xlogxOnce.Do(makeXlogxTable)
	nv := len(bg.words) + 1
	rare := len(bg.words)
	x := &exchangeState{bg: bg, k: k, class: make([]int32, nv), nc: make([]float64, k), ncc: make([]float64, k*k), rc: make([]float64, k), lc: make([]float64, k)}
	for i := range bg.words {
		x.class[i] = int32(i % (k - 1))
	}
	x.class[rare] = int32(k - 1) // the placeholder keeps a class of its own
	for w := 0; w < nv; w++ {
		x.nc[x.class[w]] += bg.freq[w]
		for _, y := range bg.rn[w] {
			x.ncc[int(x.class[w])*k+int(x.class[y.w])] += y.n
		}
	}
	for it := 1; it <= iters; it++ {
		moved := 0
		for w := 0; w < len(bg.words); w++ {
			if x.move(w) {
				moved++
			}
		}
		logf("clusters: %d classes, pass %d: %d words moved", k, it, moved)
		if moved < len(bg.words)/1000 {
			break
		}
	}
	return x.class[:len(bg.words)]
}

// move takes word w out of its class and puts it into the class that most
// raises the likelihood; it reports whether the class changed.
func (x *exchangeState) move(w int) bool {
	k, a := x.k, x.class[w]
	self := x.gather(w)
	// Take w out of a.
	for _, d := range x.rl {
		x.ncc[int(a)*k+int(d)] -= x.rc[d]
	}
	for _, d := range x.ll {
		x.ncc[int(d)*k+int(a)] -= x.lc[d]
	}
	x.ncc[int(a)*k+int(a)] -= self
	x.nc[a] -= x.bg.freq[w]
	best, bestGain := a, math.Inf(-1)
	for c := 0; c < k-1; c++ {
		if gain := x.gain(w, c, self); gain > bestGain {
			best, bestGain = int32(c), gain
		}
	}
	// Put w into best.
	for _, d := range x.rl {
		x.ncc[int(best)*k+int(d)] += x.rc[d]
		x.rc[d] = 0
	}
	for _, d := range x.ll {
		x.ncc[int(d)*k+int(best)] += x.lc[d]
		x.lc[d] = 0
	}
	x.ncc[int(best)*k+int(best)] += self
	x.nc[best] += x.bg.freq[w]
	if best == a {
		return false
	}
	x.class[w] = best
	return true
}

// gather sums the classes of the right and left neighbours of w into rc
// and lc (the classes touched into rl and ll) and returns how often w
// follows itself.
func (x *exchangeState) gather(w int) float64 {
	x.rl, x.ll = x.rl[:0], x.ll[:0]
	self := 0.0
	for _, y := range x.bg.rn[w] {
		if y.w == int32(w) {
			self = y.n
			continue
		}
		c := x.class[y.w]
		if x.rc[c] == 0 {
			x.rl = append(x.rl, c)
		}
		x.rc[c] += y.n
	}
	for _, y := range x.bg.ln[w] {
		if y.w == int32(w) {
			continue
		}
		c := x.class[y.w]
		if x.lc[c] == 0 {
			x.ll = append(x.ll, c)
		}
		x.lc[c] += y.n
	}
	return self
}

// gain is the change of the log-likelihood, up to a constant, when w
// (taken out of its class) joins class c.
func (x *exchangeState) gain(w, c int, self float64) float64 {
	k := x.k
	gain := -2 * (xlogx(x.nc[c]+x.bg.freq[w]) - xlogx(x.nc[c]))
	row := x.ncc[c*k : c*k+k]
	for _, d := range x.rl {
		if v := row[d]; v != 0 {
			gain += xlogx(v+x.rc[d]) - xlogx(v)
		} else {
			gain += xlogx(x.rc[d])
		}
	}
	for _, d := range x.ll {
		if v := x.ncc[int(d)*k+c]; v != 0 {
			gain += xlogx(v+x.lc[d]) - xlogx(v)
		} else {
			gain += xlogx(x.lc[d])
		}
	}
	if self > 0 {
		v := row[c]
		gain += xlogx(v+self) - xlogx(v)
	}
	return gain
}

// xlogxTable holds x log x for the counts below 1<<16, made by the first
// exchange (xlogxOnce), not at every start of a program that tags: 65,536
// logarithms, 4.8 M instructions. Until then xlogx computes each, with the
// same result.
var (
	xlogxTable []float64
	xlogxOnce  sync.Once
)

func makeXlogxTable() {
	t := make([]float64, 1<<16)
	for i := 1; i < len(t); i++ {
		t[i] = float64(i) * math.Log(float64(i))
	}
	xlogxTable = t
}

// xlogx returns x log x for a count x (0 for 0); counts are whole numbers.
func xlogx(x float64) float64 {
	if x <= 0 {
		return 0
	}
	if x < float64(len(xlogxTable)) {
		return xlogxTable[int(x)]
	}
	return x * math.Log(x)
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
