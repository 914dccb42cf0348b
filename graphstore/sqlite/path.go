package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/nergraph/nergraph/graphstore"
)

// Path finds the path [graphstore.Graph.Path] finds by a search over the
// cache's table of edges (see [graphstore.SearchPath]): it reads the edges
// of the nodes within a few hops of either end, not every edge.
func (q *cacheQuerier) Path(ctx context.Context, from, to string) ([]graphstore.Hop, error) {
	var hops []graphstore.Hop
	err := q.read(ctx, func(tx *sql.Tx) error {
		var ends [2]nodeRow
		for i, id := range []string{from, to} {
			_, r, ok, err := q.nodeOf(ctx, tx, id)
			if err != nil {
				return err
			}
			if !ok {
				return fmt.Errorf("%w: %q", graphstore.ErrNoEntity, id)
			}
			ends[i] = r
		}
		if from == to {
			return nil
		}
		ps := &pathSearch{q: q, tx: tx, rows: map[int64]nodeRow{ends[0].num: ends[0], ends[1].num: ends[1]}}
		nums, err := graphstore.SearchPath(ctx, ends[0].num, ends[1].num, ps.arcs, ps.ids)
		if errors.Is(err, graphstore.ErrNoPath) {
			return fmt.Errorf("%w from %s to %s", graphstore.ErrNoPath, from, to) // as Graph.Path says it
		}
		if err != nil {
			return err
		}
		hops, err = ps.hops(ctx, nums)
		return err
	})
	return hops, err
}

// pathSearch serves a path search the edges of nodes by number, each node's
// checked against its degree.
type pathSearch struct {
	q    *cacheQuerier
	tx   *sql.Tx
	rows map[int64]nodeRow // the rows of the nodes read, by number
}

func (p *pathSearch) row(ctx context.Context, num int64) (nodeRow, error) {
	if r, ok := p.rows[num]; ok {
		return r, nil
	}
	r, ok, err := p.q.nodeRowBy(ctx, p.tx, "num", num)
	if err != nil {
		return r, err
	}
	if !ok {
		return r, p.q.s.damaged("graph_edges names node number %d, which graph_nodes lacks", num)
	}
	p.rows[num] = r
	return r, nil
}

// arcs reads the edges of a node: by the key of graph_edges where it is the
// source, by the index on target where it is the target, without their
// articles.
func (p *pathSearch) arcs(ctx context.Context, num int64) ([]graphstore.Arc[int64], error) {
	r, err := p.row(ctx, num)
	if err != nil {
		return nil, err
	}
	var out []graphstore.Arc[int64]
	for _, q := range []string{`SELECT ` + edgeCols + ` FROM graph_edges e WHERE e.source = ?`,
		`SELECT ` + edgeCols + ` FROM graph_edges e WHERE e.target = ?`} {
		err := eachRow(ctx, p.tx, q, func(rows *sql.Rows) error {
			e, err := p.q.s.scanEdgeRow(rows, false)
			other := e.target
			if other == num {
				other = e.source
			}
			out = append(out, graphstore.Arc[int64]{To: other, Weight: e.weight})
			return err
		}, num)
		if err != nil {
			return nil, err
		}
	}
	if len(out) != r.degree {
		return nil, p.q.s.damaged("graph_edges gives %d edges of %q, whose degree is %d", len(out), r.id, r.degree)
	}
	return out, nil
}

// ids returns the ids of nodes by number.
func (p *pathSearch) ids(ctx context.Context, nums []int64) (map[int64]string, error) {
	out := make(map[int64]string, len(nums))
	for _, num := range nums {
		r, err := p.row(ctx, num)
		if err != nil {
			return nil, err
		}
		out[num] = r.id
	}
	return out, nil
}

// hops reads the nodes and edges of a path.
func (p *pathSearch) hops(ctx context.Context, nums []int64) ([]graphstore.Hop, error) {
	total, err := p.q.articlesTotal(ctx, p.tx)
	if err != nil {
		return nil, err
	}
	var hops []graphstore.Hop
	for i := 0; i+1 < len(nums); i++ {
		a, b := p.rows[nums[i]], p.rows[nums[i+1]]
		from, err := p.q.s.node(a)
		if err != nil {
			return nil, err
		}
		to, err := p.q.s.node(b)
		if err != nil {
			return nil, err
		}
		src, dst := a, b
		if b.id < a.id {
			src, dst = b, a
		}
		r, ok, err := readRow(ctx, p.tx, `SELECT `+edgeCols+`, e.articles FROM graph_edges e WHERE e.source = ? AND e.target = ?`,
			func(rows *sql.Rows) (edgeRow, error) { return p.q.s.scanEdgeRow(rows, true) }, src.num, dst.num)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, p.q.s.damaged("graph_edges lacks the edge of %q and %q", src.id, dst.id)
		}
		seqs, err := p.q.s.seqs(r)
		if err != nil {
			return nil, err
		}
		ids, err := p.q.articleIDs(ctx, p.tx, [][]int64{seqs})
		if err != nil {
			return nil, err
		}
		rels, err := p.q.relations(ctx, p.tx, src.id, dst.id)
		if err != nil {
			return nil, err
		}
		e := graphstore.Edge{Source: src.id, Target: dst.id, Weight: r.weight, Sentences: r.sentences,
			NPMI: graphstore.NPMI(r.weight, src.articles, dst.articles, total), Articles: ids[0], Relations: rels}
		hops = append(hops, graphstore.Hop{From: from, To: to, Edge: e})
	}
	return hops, nil
}
