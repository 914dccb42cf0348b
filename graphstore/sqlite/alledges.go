package sqlite

import (
	"cmp"
	"math"
	"slices"

	"github.com/nergraph/nergraph/graphstore"
)

// allEdges sums the edges of a cache computed from nothing (update.full):
// every pair of linked entities of every article. It is the same sum as
// update.delta's (weight, shared sentences and the articles, in order) in a
// form that suits a whole corpus: nodes by an index given on first sight,
// edges by the two indexes in one integer, and the articles of all the
// edges in one list of (edge, article) pairs, put in order by edge once at
// the end. A map of id pairs to an accumulator with a growing slice each
// cost, on Reuters+BBC's 422,000 edges, two string hashes a pair and an
// allocation or more an edge, and the collector traced them all.
type allEdges struct {
	index map[string]int32 // node id → index
	ids   []string         // by index
	edges map[uint64]int32 // first end's index << 32 | second end's → edge
	keys  []uint64         // by edge
	sums  []edgeSum        // by edge: its weight is its number of articles
	seqs  []edgeSeq        // every article of every edge, in the order added
	idx   []int32          // scratch: the indexes of one article's entities
}

// edgeSeq is one article of an edge.
type edgeSeq struct {
	edge int32
	seq  int64
}

func newAllEdges(size allEdgesSize) *allEdges {
	return &allEdges{index: make(map[string]int32, size.ids), ids: make([]string, 0, size.ids),
		edges: make(map[uint64]int32, size.edges), keys: make([]uint64, 0, size.edges),
		sums: make([]edgeSum, 0, size.edges), seqs: make([]edgeSeq, 0, size.pairs)}
}

// allEdgesSize is the room an allEdges is made with: its node ids, its
// edges and their articles. The running totals of the same articles count
// them before linking (a totalsAcc's entities, edges and the sum of their
// weights), which linking only merges: their counts are the room the
// corpus's edges take, made at once rather than grown from nothing (5 MB
// of the fresh refresh's 44 MB on AG News, and the maps rehashed as they
// grow). A count past the linked corpus's (an article of many entities
// that the co-mention guard passes over until linking merges them) only
// means an append grows.
type allEdgesSize struct{ ids, edges, pairs int }

// add adds what the totals t count; the sums of two flushes may count a
// node or an edge twice, which costs room, never a wrong row.
func (z *allEdgesSize) add(t *totalsAcc) {
	z.ids += len(t.entities)
	z.edges += len(t.edges)
	z.pairs += t.pairs
}

// nodeIndex returns the index of node id, given on first sight.
func (a *allEdges) nodeIndex(id string) int32 {
	i, ok := a.index[id]
	if !ok {
		i = int32(len(a.ids))
		a.index[id] = i
		a.ids = append(a.ids, id)
	}
	return i
}

// add adds the edges of article seq, whose linked entities are merged, as
// coMentions pairs them (the first of a pair is the edge's first end).
func (a *allEdges) add(merged []graphstore.EntityCount, seq int64) {
	a.idx = a.idx[:0]
	for _, e := range merged {
		a.idx = append(a.idx, a.nodeIndex(e.ID))
	}
	graphstore.CoMentions(merged, nil, graphstore.Window{}, func(i, j int) {
		k := uint64(a.idx[i])<<32 | uint64(a.idx[j])
		e, ok := a.edges[k]
		if !ok {
			e = int32(len(a.keys))
			a.edges[k] = e
			a.keys = append(a.keys, k)
			a.sums = append(a.sums, edgeSum{})
		}
		a.sums[e].weight++
		a.sums[e].sentences += graphstore.SharedSentences(merged[i], merged[j])
		a.seqs = append(a.seqs, edgeSeq{e, seq})
	})
}

// planAllEdges plans the rows of every edge of a cache computed from
// nothing, as planEdges does for update.delta's (the cache holds none of
// them): but those of nodes left out as unsure, in the order of their node
// numbers, each adding to the degrees of its ends.
func (u *update) planAllEdges() error {
	a := u.all
	// The articles of each edge, in the order added: a counting sort of
	// the pairs by edge.
	start := make([]int, len(a.keys)+1)
	for e, s := range a.sums {
		start[e+1] = start[e] + s.weight
	}
	next := slices.Clone(start[:len(a.keys)])
	arts := make([]int64, len(a.seqs))
	for _, p := range a.seqs {
		arts[next[p.edge]] = p.seq
		next[p.edge]++
	}
	a.seqs = nil
	// The node numbers, of the nodes an edge kept names.
	nums := make([]int64, len(a.ids))
	known := make([]bool, len(a.ids))
	out := make([]bool, len(a.ids))
	for i, id := range a.ids {
		out[i] = u.out(id)
	}
	num := func(i int32) (int64, error) {
		if !known[i] {
			n, err := u.numOf(a.ids[i])
			if err != nil {
				return 0, err
			}
			nums[i], known[i] = n, true
		}
		return nums[i], nil
	}
	order := make([]numberedEdge, 0, len(a.keys))
	for e, k := range a.keys {
		s, t := int32(k>>32), int32(k&0xffffffff)
		if out[s] || out[t] {
			continue
		}
		sn, err := num(s)
		if err != nil {
			return err
		}
		tn, err := num(t)
		if err != nil {
			return err
		}
		order = append(order, numberedEdge{[2]int64{sn, tn}, int32(e)})
	}
	sortByNums(order)
	degrees := make([]int, len(a.ids))
	u.w.edges = slices.Grow(u.w.edges, len(order))
	for _, o := range order {
		k, s := a.keys[o.edge], a.sums[o.edge]
		degrees[k>>32]++
		degrees[k&0xffffffff]++
		u.w.edges = append(u.w.edges, edgeRow{source: o.nums[0], target: o.nums[1], weight: s.weight,
			sentences: s.sentences, articles: appendSeqs("[]", arts[start[o.edge]:start[o.edge+1]])})
	}
	for i, d := range degrees {
		if d != 0 {
			u.degrees[a.ids[i]] += d
		}
	}
	u.all = nil
	return nil
}

// numberedEdge is an edge of an allEdges (its index) and the numbers of its
// ends, by which the rows of graph_edges are ordered.
type numberedEdge struct {
	nums [2]int64
	edge int32
}

// sortByNums sorts edges by the numbers of their ends, the source's then
// the target's. Numbers of 32 bits (a cache's nodes are numbered from 0)
// sort as one 64-bit key each, in the same order: compared in a line
// rather than two (20,000 edges on AG News). Numbers past that, or below
// 0, which no store numbers so, are compared as they are.
func sortByNums(edges []numberedEdge) {
	for _, e := range edges {
		if uint64(e.nums[0]) > math.MaxUint32 || uint64(e.nums[1]) > math.MaxUint32 {
			slices.SortFunc(edges, func(x, y numberedEdge) int { return compareNums(x.nums, y.nums) })
			return
		}
	}
	type keyed struct {
		key  uint64
		edge int32
	}
	ks := make([]keyed, len(edges))
	for i, e := range edges {
		ks[i] = keyed{uint64(e.nums[0])<<32 | uint64(e.nums[1]), e.edge}
	}
	slices.SortFunc(ks, func(x, y keyed) int { return cmp.Compare(x.key, y.key) })
	for i, k := range ks {
		edges[i] = numberedEdge{[2]int64{int64(k.key >> 32), int64(k.key & math.MaxUint32)}, k.edge}
	}
}
