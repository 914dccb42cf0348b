// Package brown induces hierarchical word clusters with the algorithm of
// Brown et al. (1992) in the windowed form of Liang (2005): the words are
// taken in order of frequency; the first C each start a cluster; each
// further word starts a cluster of its own and then the two clusters whose
// merge loses the least average mutual information of the class bigram
// model are merged, so that C clusters remain; at the end the C clusters
// are merged down to one. The merges give each cluster a bit string (the
// path from the root: 0 left, 1 right); prefixes of the bit string are
// clusters at coarser granularities.
//
// The losses of all pairs are kept in a table and updated in O(1) per pair
// when a cluster is added or two are merged, so each word costs O(C²).
// The result depends only on the corpus and the options.
package brown

import (
	"fmt"
	"io"
	"math"
	"sort"
	"time"
)

// Options control [Cluster].
type Options struct {
	Clusters int // the window C (default 256)
}

// Result gives each word, by id, the bit string of its cluster.
type Result struct {
	Paths []string // by word id; "" for words that were not clustered
}

// Cluster clusters the words 0..vocab-1 of toks (word ids in order of
// decreasing frequency; negative ids end a line; ids >= vocab are unknown
// words, which break bigrams). counts holds each word's frequency.
func Cluster(toks []int32, counts []int64, vocab int, opts Options, progress io.Writer) *Result {
	if opts.Clusters <= 0 {
		opts.Clusters = 256
	}
	logf := func(format string, args ...any) {
		if progress != nil {
			fmt.Fprintf(progress, format+"\n", args...)
		}
	}
	begin := time.Now()
	right, left := bigrams(toks, vocab)
	logf("brown: %d words, %d distinct bigrams (%s)", vocab, len(right.nb), time.Since(begin).Round(time.Second))
	c := newClusterer(vocab, opts.Clusters, counts)
	for w := 0; w < vocab; w++ {
		c.add(int32(w), right, left)
		if c.nactive > opts.Clusters {
			c.mergeBest()
		}
		if (w+1)%5000 == 0 {
			logf("brown: %d of %d words (%s)", w+1, vocab, time.Since(begin).Round(time.Second))
		}
	}
	for c.nactive > 1 {
		c.mergeBest()
	}
	return &Result{Paths: c.paths(vocab)}
}

// csr holds, for each word, its neighbours and bigram counts.
type csr struct {
	off []int64
	nb  []int32
	cnt []int32
}

func (m *csr) of(w int32) ([]int32, []int32) {
	a, b := m.off[w], m.off[w+1]
	return m.nb[a:b], m.cnt[a:b]
}

// bigrams counts the bigrams of toks between known words, as right and
// left neighbour lists sorted by neighbour.
func bigrams(toks []int32, vocab int) (right, left *csr) {
	build := func(rev bool) *csr {
		deg := make([]int64, vocab+1)
		each := func(fn func(a, b int32)) {
			for i := 1; i < len(toks); i++ {
				a, b := toks[i-1], toks[i]
				if a < 0 || b < 0 || int(a) >= vocab || int(b) >= vocab {
					continue
				}
				if rev {
					a, b = b, a
				}
				fn(a, b)
			}
		}
		each(func(a, _ int32) { deg[a+1]++ })
		for i := 1; i <= vocab; i++ {
			deg[i] += deg[i-1]
		}
		flat := make([]int32, deg[vocab])
		fill := make([]int64, vocab)
		copy(fill, deg[:vocab])
		each(func(a, b int32) { flat[fill[a]] = b; fill[a]++ })
		m := &csr{off: make([]int64, vocab+1)}
		for w := 0; w < vocab; w++ {
			s := flat[deg[w]:deg[w+1]]
			sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
			for i := 0; i < len(s); {
				j := i
				for j < len(s) && s[j] == s[i] {
					j++
				}
				m.nb = append(m.nb, s[i])
				m.cnt = append(m.cnt, int32(j-i))
				i = j
			}
			m.off[w+1] = int64(len(m.nb))
		}
		return m
	}
	return build(false), build(true)
}

type clusterer struct {
	S       int       // slots
	P       []float64 // P[s*S+t]: bigrams from cluster s to cluster t
	L       []float64 // L[s*S+t], s < t: loss of merging s and t
	n, ln   []float64 // unigram count of each slot and its log
	lnab    []float64 // lnab[s*S+t] = log(n[s]+n[t])
	active  []bool
	nactive int
	node    []int32 // tree node of the cluster in each slot
	parent  []int32 // union-find over words
	rep     []int32 // the representative word of each slot
	slotOf  []int32 // the slot of a representative word
	added   int32   // words added so far
	counts  []int64
	// Merge tree: nodes 0..vocab-1 are words' initial clusters; later
	// nodes are merges.
	kids  [][2]int32
	wnode []int32 // the node each word started in
	tmpA  []float64
	tmpB  []float64
	tmpC  []float64
	tmpD  []float64
}

func newClusterer(vocab, C int, counts []int64) *clusterer {
	S := C + 1
	c := &clusterer{S: S, P: make([]float64, S*S), L: make([]float64, S*S), n: make([]float64, S), ln: make([]float64, S),
		lnab: make([]float64, S*S), active: make([]bool, S), node: make([]int32, S), parent: make([]int32, vocab),
		rep: make([]int32, S), slotOf: make([]int32, vocab), counts: counts, wnode: make([]int32, vocab),
		tmpA: make([]float64, S), tmpB: make([]float64, S), tmpC: make([]float64, S), tmpD: make([]float64, S)}
	return c
}

var xlTable = func() []float64 {
	t := make([]float64, 1<<16)
	for i := 1; i < len(t); i++ {
		t[i] = float64(i) * math.Log(float64(i))
	}
	return t
}()

// xl returns v log v for a whole count v.
func xl(v float64) float64 {
	if v < 1<<16 {
		return xlTable[int(v)]
	}
	return v * math.Log(v)
}

func (c *clusterer) find(w int32) int32 {
	for c.parent[w] != w {
		c.parent[w] = c.parent[c.parent[w]]
		w = c.parent[w]
	}
	return w
}

// third returns t(a,b,x): what the terms between x and the clusters a and
// b add to the loss of merging a and b. pax = P[a][x], pxa = P[x][a], ...
func (c *clusterer) third(a, b int, pax, pbx, pxa, pxb float64) float64 {
	if pax == 0 && pbx == 0 && pxa == 0 && pxb == 0 {
		return 0
	}
	S := c.S
	lab := c.lnab[a*S+b]
	return xl(pax) + xl(pbx) - xl(pax+pbx) + xl(pxa) + xl(pxb) - xl(pxa+pxb) -
		(pax+pxa)*c.ln[a] - (pbx+pxb)*c.ln[b] + (pax+pbx+pxa+pxb)*lab
}

// fullLoss computes the loss of merging slots a and b from scratch.
func (c *clusterer) fullLoss(a, b int) float64 {
	S := c.S
	P := c.P
	paa, pbb, pab, pba := P[a*S+a], P[b*S+b], P[a*S+b], P[b*S+a]
	s := paa + pbb + pab + pba
	lab := c.lnab[a*S+b]
	loss := xl(paa) + xl(pbb) + xl(pab) + xl(pba) - xl(s) - 2*paa*c.ln[a] - 2*pbb*c.ln[b] - (pab+pba)*(c.ln[a]+c.ln[b]) + 2*s*lab
	for x := 0; x < S; x++ {
		if !c.active[x] || x == a || x == b {
			continue
		}
		loss += c.third(a, b, P[a*S+x], P[b*S+x], P[x*S+a], P[x*S+b])
	}
	return loss
}

func (c *clusterer) setLnab(s int) {
	S := c.S
	for x := 0; x < S; x++ {
		if c.active[x] {
			v := math.Log(c.n[s] + c.n[x])
			c.lnab[s*S+x], c.lnab[x*S+s] = v, v
		}
	}
}

// add puts word w in a free slot.
func (c *clusterer) add(w int32, right, left *csr) {
	S := c.S
	s := 0
	for c.active[s] {
		s++
	}
	c.parent[w] = w
	c.rep[s] = w
	c.slotOf[w] = int32(s)
	c.wnode[w] = w
	c.node[s] = w
	c.n[s] = float64(c.counts[w])
	c.ln[s] = math.Log(c.n[s])
	c.added = w + 1
	P := c.P
	for x := 0; x < S; x++ {
		P[s*S+x], P[x*S+s] = 0, 0
	}
	nb, cnt := right.of(w)
	for i, x := range nb {
		if x > w {
			break
		}
		t := int(c.slotOf[c.find(x)])
		if x == w {
			t = s
		}
		P[s*S+t] += float64(cnt[i])
	}
	nb, cnt = left.of(w)
	for i, x := range nb {
		if x >= w { // the self bigram was counted above
			break
		}
		t := int(c.slotOf[c.find(x)])
		P[t*S+s] += float64(cnt[i])
	}
	c.active[s] = true
	c.nactive++
	c.setLnab(s)
	// Pairs of old clusters gain the terms with s.
	col, row := c.tmpA, c.tmpB
	for x := 0; x < S; x++ {
		col[x], row[x] = P[x*S+s], P[s*S+x] // P[x][s], P[s][x]
	}
	for a := 0; a < S; a++ {
		if !c.active[a] || a == s {
			continue
		}
		for b := a + 1; b < S; b++ {
			if !c.active[b] || b == s {
				continue
			}
			if col[a] == 0 && col[b] == 0 && row[a] == 0 && row[b] == 0 {
				continue
			}
			c.L[a*S+b] += c.third(a, b, col[a], col[b], row[a], row[b])
		}
	}
	for x := 0; x < S; x++ {
		if c.active[x] && x != s {
			a, b := min(s, x), max(s, x)
			c.L[a*S+b] = c.fullLoss(a, b)
		}
	}
}

// mergeBest merges the pair of active clusters with the smallest loss.
func (c *clusterer) mergeBest() {
	S := c.S
	ba, bb, best := -1, -1, math.Inf(1)
	for a := 0; a < S; a++ {
		if !c.active[a] {
			continue
		}
		row := c.L[a*S : (a+1)*S]
		for b := a + 1; b < S; b++ {
			if c.active[b] && row[b] < best {
				ba, bb, best = a, b, row[b]
			}
		}
	}
	a, b := ba, bb
	P := c.P
	// Remove the old terms of a and b from the other pairs.
	colA, rowA, colB, rowB := c.tmpA, c.tmpB, c.tmpC, c.tmpD
	for x := 0; x < S; x++ {
		colA[x], rowA[x], colB[x], rowB[x] = P[x*S+a], P[a*S+x], P[x*S+b], P[b*S+x]
	}
	for p := 0; p < S; p++ {
		if !c.active[p] || p == a || p == b {
			continue
		}
		for q := p + 1; q < S; q++ {
			if !c.active[q] || q == a || q == b {
				continue
			}
			d := c.third(p, q, colA[p], colA[q], rowA[p], rowA[q]) + c.third(p, q, colB[p], colB[q], rowB[p], rowB[q])
			d -= c.third(p, q, colA[p]+colB[p], colA[q]+colB[q], rowA[p]+rowB[p], rowA[q]+rowB[q])
			c.L[p*S+q] -= d
		}
	}
	// Merge b into a.
	for x := 0; x < S; x++ {
		P[a*S+x] += P[b*S+x]
	}
	for x := 0; x < S; x++ {
		P[x*S+a] += P[x*S+b]
	}
	for x := 0; x < S; x++ {
		P[b*S+x], P[x*S+b] = 0, 0
	}
	c.n[a] += c.n[b]
	c.ln[a] = math.Log(c.n[a])
	c.active[b] = false
	c.nactive--
	ra, rb := c.rep[a], c.rep[b]
	c.parent[rb] = ra
	c.kids = append(c.kids, [2]int32{c.node[a], c.node[b]})
	c.node[a] = int32(len(c.parent)) + int32(len(c.kids)) - 1
	c.setLnab(a)
	for x := 0; x < S; x++ {
		if c.active[x] && x != a {
			p, q := min(a, x), max(a, x)
			c.L[p*S+q] = c.fullLoss(p, q)
		}
	}
}

// paths returns the bit string of each word's final cluster: the merges
// after the last word was added form the top of the tree; the clusters
// then active are its leaves.
func (c *clusterer) paths(vocab int) []string {
	nwords := int32(len(c.parent))
	// The last C-1 merges (after all words were added) build the top.
	top := len(c.kids) - (c.S - 2)
	if top < 0 {
		top = 0
	}
	leafPath := make(map[int32]string)
	var walk func(node int32, path string)
	walk = func(node int32, path string) {
		k := node - nwords
		if node < nwords || int(k) < top {
			leafPath[node] = path
			return
		}
		walk(c.kids[k][0], path+"0")
		walk(c.kids[k][1], path+"1")
	}
	if len(c.kids) > 0 {
		walk(nwords+int32(len(c.kids))-1, "")
	}
	// Each word's leaf: follow the merges below the top from its node.
	up := make([]int32, int(nwords)+len(c.kids))
	for i := range up {
		up[i] = -1
	}
	for k, kk := range c.kids {
		up[kk[0]], up[kk[1]] = nwords+int32(k), nwords+int32(k)
	}
	out := make([]string, vocab)
	for w := 0; w < vocab; w++ {
		n := c.wnode[w]
		for {
			if p, ok := leafPath[n]; ok {
				out[w] = p
				break
			}
			if up[n] < 0 {
				break
			}
			n = up[n]
		}
		if out[w] == "" && len(c.kids) == 0 {
			out[w] = "0"
		}
	}
	return out
}
