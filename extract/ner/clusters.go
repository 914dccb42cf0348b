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
)

// Clusters maps words to distributional word clusters at several
// granularities. Cluster ids start at 1; 0 means "no cluster".
type Clusters struct {
	Levels []int    // number of clusters at each level
	keys   []uint64 // hashes of the exact words, increasing
	ids    []uint16 // len(Levels) ids per key
	idx    hashIndex
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
	i := c.idx.find(h)
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
	c.idx = newHashIndex(c.keys)
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
	var words []string
	var freq []float64
	for _, x := range all {
		if x.n < opts.MinCount {
			break
		}
		vocab[x.w] = int32(len(words))
		words = append(words, x.w)
		freq = append(freq, float64(x.n))
	}
	rare := int32(len(words)) // placeholder for rare words, and sentence boundaries
	nv := len(words) + 1
	freq = append(freq, 0)
	logf("clusters: %d distinct words, %d with at least %d occurrences", len(all), len(words), opts.MinCount)

	// Bigram counts per word, both directions, as sorted sparse lists.
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
				freq[rare]++
			}
			prev = cur
		}
		right[prev][rare]++
		left[rare][prev]++
	}
	type nb struct {
		w int32
		n float64
	}
	flat := func(m map[int32]int32) []nb {
		out := make([]nb, 0, len(m))
		for w, n := range m {
			out = append(out, nb{w, float64(n)})
		}
		sort.Slice(out, func(i, j int) bool { return out[i].w < out[j].w })
		return out
	}
	rn := make([][]nb, nv)
	ln := make([][]nb, nv)
	for i := range rn {
		rn[i], ln[i] = flat(right[i]), flat(left[i])
		right[i], left[i] = nil, nil
	}

	res := &WordClusters{Levels: opts.Levels}
	ids := make([][]uint16, len(words))
	for i := range ids {
		ids[i] = make([]uint16, len(opts.Levels))
	}
	for li, k := range opts.Levels {
		class := make([]int32, nv)
		for i := range words {
			class[i] = int32(i % (k - 1))
		}
		class[rare] = int32(k - 1)  // the placeholder keeps a class of its own
		nc := make([]float64, k)    // class counts
		ncc := make([]float64, k*k) // class bigram counts, left*k+right
		for w := 0; w < nv; w++ {
			nc[class[w]] += freq[w]
			for _, x := range rn[w] {
				ncc[int(class[w])*k+int(class[x.w])] += x.n
			}
		}
		rc := make([]float64, k) // right-neighbor class counts of the moving word
		lc := make([]float64, k)
		var rl, ll []int32 // classes touched
		for it := 1; it <= opts.Iters; it++ {
			moved := 0
			for w := 0; w < len(words); w++ {
				a := class[w]
				rl, ll = rl[:0], ll[:0]
				self := 0.0
				for _, x := range rn[w] {
					if x.w == int32(w) {
						self = x.n
						continue
					}
					c := class[x.w]
					if rc[c] == 0 {
						rl = append(rl, c)
					}
					rc[c] += x.n
				}
				for _, x := range ln[w] {
					if x.w == int32(w) {
						continue
					}
					c := class[x.w]
					if lc[c] == 0 {
						ll = append(ll, c)
					}
					lc[c] += x.n
				}
				// Take w out of a.
				for _, d := range rl {
					ncc[int(a)*k+int(d)] -= rc[d]
				}
				for _, d := range ll {
					ncc[int(d)*k+int(a)] -= lc[d]
				}
				ncc[int(a)*k+int(a)] -= self
				nc[a] -= freq[w]
				best, bestGain := a, math.Inf(-1)
				for c := 0; c < k-1; c++ {
					gain := -2 * (xlogx(nc[c]+freq[w]) - xlogx(nc[c]))
					row := ncc[c*k : c*k+k]
					for _, d := range rl {
						if x := row[d]; x != 0 {
							gain += xlogx(x+rc[d]) - xlogx(x)
						} else {
							gain += xlogx(rc[d])
						}
					}
					for _, d := range ll {
						if x := ncc[int(d)*k+c]; x != 0 {
							gain += xlogx(x+lc[d]) - xlogx(x)
						} else {
							gain += xlogx(lc[d])
						}
					}
					if self > 0 {
						x := row[c]
						gain += xlogx(x+self) - xlogx(x)
					}
					if gain > bestGain {
						best, bestGain = int32(c), gain
					}
				}
				// Put w into best.
				for _, d := range rl {
					ncc[int(best)*k+int(d)] += rc[d]
					rc[d] = 0
				}
				for _, d := range ll {
					ncc[int(d)*k+int(best)] += lc[d]
					lc[d] = 0
				}
				ncc[int(best)*k+int(best)] += self
				nc[best] += freq[w]
				if best != a {
					class[w] = best
					moved++
				}
			}
			logf("clusters: %d classes, pass %d: %d words moved", k, it, moved)
			if moved < len(words)/1000 {
				break
			}
		}
		for w := range words {
			ids[w][li] = uint16(class[w] + 1)
		}
	}
	idx := make([]int, len(words))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return words[idx[a]] < words[idx[b]] })
	res.Words = make([]string, len(words))
	res.IDs = make([][]uint16, len(words))
	for i, j := range idx {
		res.Words[i] = words[j]
		res.IDs[i] = ids[j]
	}
	return res
}

var xlogxTable = func() []float64 {
	t := make([]float64, 1<<16)
	for i := 1; i < len(t); i++ {
		t[i] = float64(i) * math.Log(float64(i))
	}
	return t
}()

// xlogx returns x log x for a count x (0 for 0); counts are whole numbers.
func xlogx(x float64) float64 {
	if x < float64(len(xlogxTable)) {
		if x <= 0 {
			return 0
		}
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
