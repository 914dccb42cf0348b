package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// Querier returns a [graphstore.Querier] over the articles dated in [since,
// until], as [Store.Graph] selects them. For the whole store with a fresh
// cache (see [Store.Refresh]) it answers from the cache, which takes
// milliseconds, and reports true; otherwise it loads the graph.
func (s *Store) Querier(ctx context.Context, since, until time.Time) (graphstore.Querier, bool, error) {
	if since.IsZero() && until.IsZero() {
		fresh, err := s.Fresh(ctx)
		if err != nil {
			return nil, false, err
		}
		if fresh && s.version < versionUnsureCache {
			// Read-only, a store of version 6 with unsure rows has a
			// cache that counts their nodes; the graph leaves them out.
			unsure, err := s.hasUnsure(ctx)
			if err != nil {
				return nil, false, err
			}
			fresh = !unsure
		}
		if fresh {
			return &cacheQuerier{s: s}, true, nil
		}
	}
	g, err := s.Graph(ctx, since, until)
	if err != nil {
		return nil, false, err
	}
	return graphstore.QuerierOf(g), false, nil
}

// hasUnsure reports whether some mention row is unsure (--min-confidence).
// A partial index makes the question cheap.
func (s *Store) hasUnsure(ctx context.Context) (bool, error) {
	if s.version < versionUnsure {
		return false, nil
	}
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM mentions WHERE unsure LIMIT 1)`).Scan(&n)
	if err != nil {
		return false, s.explain(err)
	}
	return n > 0, nil
}

// cacheQuerier answers from the graph_* tables, each answer from one read
// transaction. Every row it reads is checked against its checksum, and what
// it finds through an index against counts that rows checked so hold: the
// edges of a node against its degree, the articles of a node against its
// count of articles, the rows of a name against the rows around them. So a
// damaged cache fails with [graphstore.ErrDamaged] rather than answer
// wrongly.
type cacheQuerier struct{ s *Store }

// read runs fn in a read transaction.
func (q *cacheQuerier) read(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := q.s.begin(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return q.s.failed(ctx, "query", err)
	}
	defer tx.Rollback()
	err = fn(tx)
	var amb *graphstore.AmbiguousError
	if err == nil || errors.Is(err, graphstore.ErrNoEntity) || errors.Is(err, graphstore.ErrNoPath) || errors.As(err, &amb) {
		return err // the answer
	}
	return q.s.failed(ctx, "query", err)
}

// nodeRowBy reads the row of a node by id or by number; ok false when there
// is none.
func (q *cacheQuerier) nodeRowBy(ctx context.Context, tx *sql.Tx, col string, key any) (nodeRow, bool, error) {
	return readRow(ctx, tx, `SELECT `+nodeCols+` FROM graph_nodes n WHERE n.`+col+` = ?`,
		func(rows *sql.Rows) (nodeRow, error) { return q.s.scanNodeRow(rows) }, key)
}

// nodeOf reads the node of an id; ok false when there is none, which the
// rows around the id's place confirm.
func (q *cacheQuerier) nodeOf(ctx context.Context, tx *sql.Tx, id string) (graphstore.Node, nodeRow, bool, error) {
	r, ok, err := q.nodeRowBy(ctx, tx, "id", id)
	if err != nil {
		return graphstore.Node{}, r, false, err
	}
	if !ok {
		return graphstore.Node{}, r, false, q.bracket(ctx, tx, "graph_nodes", "id", id)
	}
	n, err := q.s.node(r)
	return n, r, err == nil, err
}

// bracket checks the absence of key from table by the rows just before
// and after its place: they must match their checksums and sort around it.
// A row whose key was damaged lies next to the place its key had, so a
// search for that key reads it.
func (q *cacheQuerier) bracket(ctx context.Context, tx *sql.Tx, table, col, key string) error {
	cols := map[string]string{
		"graph_nodes":     nodeCols,
		"graph_names":     `n.key, n.id, n.sum`,
		"graph_canonical": `n.raw, n.id, n.sum`,
	}[table]
	for _, side := range []struct{ op, order string }{{"<", "DESC"}, {">", "ASC"}} {
		_, _, err := readRow(ctx, tx, `SELECT `+cols+` FROM `+table+` n WHERE n.`+col+` `+side.op+` ? ORDER BY n.`+col+` `+side.order+` LIMIT 1`,
			func(rows *sql.Rows) (struct{}, error) {
				var got string
				if table == "graph_nodes" {
					r, err := q.s.scanNodeRow(rows)
					if err != nil {
						return struct{}{}, err
					}
					got = r.id
				} else {
					var id string
					var sum int64
					if err := rows.Scan(&got, &id, &sum); err != nil {
						return struct{}{}, err
					}
					if rowSum(got, id) != sum {
						return struct{}{}, q.s.damaged("the %s row of %q does not match its checksum", table, got)
					}
				}
				if side.op == "<" && got >= key || side.op == ">" && got <= key {
					return struct{}{}, q.s.damaged("%s is out of order around %q (its index is damaged)", table, key)
				}
				return struct{}{}, nil
			}, key)
		if err != nil {
			return err
		}
	}
	return nil
}

func (q *cacheQuerier) Lookup(ctx context.Context, name string) (graphstore.Node, error) {
	var out graphstore.Node
	err := q.read(ctx, func(tx *sql.Tx) error {
		n, _, ok, err := q.nodeOf(ctx, tx, name)
		if err != nil || ok {
			out = n
			return err
		}
		cands, err := q.candidates(ctx, tx, strings.ToLower(name))
		if err != nil {
			return err
		}
		out, err = graphstore.PickNode(name, cands)
		return err
	})
	return out, err
}

// candidates reads the nodes that go by a lower-cased name, as their id,
// label or an alias.
func (q *cacheQuerier) candidates(ctx context.Context, tx *sql.Tx, key string) ([]graphstore.Node, error) {
	var ids []string
	err := eachRow(ctx, tx, `SELECT key, id, sum FROM graph_names WHERE key = ? ORDER BY id`, func(rows *sql.Rows) error {
		var k, id string
		var sum int64
		if err := rows.Scan(&k, &id, &sum); err != nil {
			return err
		}
		if k != key || rowSum(k, id) != sum {
			return q.s.damaged("the graph_names row of %q does not match its checksum", key)
		}
		ids = append(ids, id)
		return nil
	}, key)
	if err != nil {
		return nil, err
	}
	if err := q.bracket(ctx, tx, "graph_names", "key", key); err != nil {
		return nil, err
	}
	var out []graphstore.Node
	for _, id := range ids {
		n, _, ok, err := q.nodeOf(ctx, tx, id)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, q.s.damaged("graph_names names node %q, which graph_nodes lacks", id)
		}
		out = append(out, n)
	}
	return out, nil
}

// articlesTotal reads the number of articles of the cache, for NPMI.
func (q *cacheQuerier) articlesTotal(ctx context.Context, tx *sql.Tx) (int, error) {
	c, err := q.s.readState(ctx, tx)
	if err != nil {
		return 0, err
	}
	if !c.ok {
		return 0, q.s.damaged("graph_state has no row")
	}
	return int(c.articles), nil
}

// cacheEnd reads the number of the last article the cache counts. The
// querier was made when the cache was fresh, but batches may have been
// added since (a server rechecks freshness only now and then): an answer
// leaves out the articles after it, so that it is the cache's answer, not
// a mix of the cache and newer rows, which checks would take for damage.
func (q *cacheQuerier) cacheEnd(ctx context.Context, tx *sql.Tx) (int64, error) {
	c, err := q.s.readState(ctx, tx)
	if err != nil {
		return 0, err
	}
	if !c.ok {
		return 0, q.s.damaged("graph_state has no row")
	}
	return c.maxSeq, nil
}

func (q *cacheQuerier) Neighbors(ctx context.Context, id string) ([]graphstore.Neighbor, error) {
	var out []graphstore.Neighbor
	err := q.read(ctx, func(tx *sql.Tx) error {
		_, r, ok, err := q.nodeOf(ctx, tx, id)
		if err != nil || !ok {
			return err
		}
		total, err := q.articlesTotal(ctx, tx)
		if err != nil {
			return err
		}
		var seqs [][]int64
		for _, side := range []struct{ other, self string }{{"target", "source"}, {"source", "target"}} {
			err := eachRow(ctx, tx, `SELECT `+nodeCols+`, `+edgeCols+`, e.articles FROM graph_edges e
				JOIN graph_nodes n ON n.num = e.`+side.other+` WHERE e.`+side.self+` = ?`, func(rows *sql.Rows) error {
				nb, ss, err := q.neighbor(rows, id, r, total)
				out = append(out, nb)
				seqs = append(seqs, ss)
				return err
			}, r.num)
			if err != nil {
				return err
			}
		}
		if len(out) != r.degree {
			return q.s.damaged("graph_edges gives %d edges of %q, whose degree is %d", len(out), id, r.degree)
		}
		ids, err := q.articleIDs(ctx, tx, seqs)
		if err != nil {
			return err
		}
		for i := range out {
			out[i].Edge.Articles = ids[i]
		}
		return q.addRelations(ctx, tx, id, out)
	})
	if err != nil {
		return nil, err
	}
	graphstore.SortNeighbors(out)
	return out, nil
}

// neighbor reads a row of Neighbors' query: a node and its edge with the
// node of row r.
func (q *cacheQuerier) neighbor(rows *sql.Rows, id string, r nodeRow, total int) (graphstore.Neighbor, []int64, error) {
	var nr nodeRow
	var er edgeRow
	var as, sum int64
	nr, err := q.s.scanNodeRow(rows, &er.source, &er.target, &er.weight, &er.sentences, &as, &sum, &er.articles)
	if err != nil {
		return graphstore.Neighbor{}, nil, err
	}
	if er.sum(as) != sum || er.articlesSum() != as {
		return graphstore.Neighbor{}, nil, q.s.damaged("the graph_edges row of %q and %q does not match its checksum", id, nr.id)
	}
	n, err := q.s.node(nr)
	if err != nil {
		return graphstore.Neighbor{}, nil, err
	}
	e := graphstore.Edge{Source: id, Target: n.ID, Weight: er.weight, Sentences: er.sentences,
		NPMI: graphstore.NPMI(er.weight, r.articles, nr.articles, total)}
	if n.ID < id {
		e.Source, e.Target = n.ID, id
	}
	ss, err := q.s.seqs(er)
	return graphstore.Neighbor{Node: n, Edge: e}, ss, err
}

// articleIDs turns lists of article numbers into lists of article ids,
// each sorted, reading each article's row checked against its checksum.
func (q *cacheQuerier) articleIDs(ctx context.Context, tx *sql.Tx, seqs [][]int64) ([][]string, error) {
	need := map[int64]string{}
	for _, ss := range seqs {
		for _, s := range ss {
			need[s] = ""
		}
	}
	var err error
	if len(need) > 2000 {
		// Cheaper to read them all than to look each up.
		err = q.s.scanArticles(ctx, tx, func(a *articleRow) {
			if _, ok := need[a.seq]; ok {
				need[a.seq] = a.id
			}
		})
	} else {
		for _, seq := range slices.Sorted(maps.Keys(need)) {
			a, err := q.article(ctx, tx, seq)
			if err != nil {
				return nil, err
			}
			need[seq] = a.ID
		}
	}
	if err != nil {
		return nil, err
	}
	out := make([][]string, len(seqs))
	for i, ss := range seqs {
		out[i] = make([]string, len(ss))
		for j, s := range ss {
			if need[s] == "" {
				return nil, q.s.damaged("an edge names article number %d, which the store lacks", s)
			}
			out[i][j] = need[s]
		}
		slices.Sort(out[i])
	}
	return out, nil
}

// article reads the article of a number.
func (q *cacheQuerier) article(ctx context.Context, tx *sql.Tx, seq int64) (graphstore.ArticleInfo, error) {
	var a articleRow
	var sum int64
	err := scanArticle(tx.QueryRowContext(ctx, `SELECT `+articleCols+`, `+q.s.sumCols()+` FROM articles a WHERE a.seq = ?`, seq), &a, &sum)
	if err == sql.ErrNoRows {
		return graphstore.ArticleInfo{}, q.s.damaged("the cache names article number %d, which the store lacks", seq)
	}
	if err != nil {
		return graphstore.ArticleInfo{}, err
	}
	if err := q.s.checkRow(&a, sum); err != nil {
		return graphstore.ArticleInfo{}, err
	}
	return q.s.infoOf(&a)
}

// infoOf returns what the graph keeps of an article, from its row.
func (s *Store) infoOf(a *articleRow) (graphstore.ArticleInfo, error) {
	info := graphstore.ArticleInfo{ID: a.id, Title: a.title, Hash: a.hash, Source: a.source, URL: a.url}
	if d, ok := a.date.(string); ok {
		var err error
		if info.Date, err = time.Parse(time.RFC3339Nano, d); err != nil {
			return info, s.damaged("article %q: date: %v", a.id, err)
		}
	}
	return info, nil
}

// rank is what Top reads of every node.
type rank struct {
	id, typ            string
	articles, mentions int
}

func (q *cacheQuerier) Top(ctx context.Context, typ extract.Type, n int) ([]graphstore.Node, error) {
	var out []graphstore.Node
	err := q.read(ctx, func(tx *sql.Tx) error {
		c, err := q.s.readState(ctx, tx)
		if err != nil {
			return err
		}
		// A scan of every node's rank rather than an index: the scan is
		// checked whole against the number and sum that graph_state keeps.
		var seen setSum
		var ranks []rank
		err = eachRow(ctx, tx, `SELECT id, type, articles, mentions, rank_sum FROM graph_nodes`, func(sc *sql.Rows) error {
			var r rank
			var sum int64
			if err := sc.Scan(&r.id, &r.typ, &r.articles, &r.mentions, &sum); err != nil {
				return err
			}
			if rowSum(r.id, r.typ, r.articles, r.mentions) != sum {
				return q.s.damaged("the graph_nodes row of %q does not match its checksum", r.id)
			}
			seen.add(sum)
			if typ == "" || strings.EqualFold(r.typ, string(typ)) {
				ranks = append(ranks, r)
			}
			return nil
		})
		if err != nil {
			return err
		}
		if seen != c.nodes {
			return q.s.damaged("graph_nodes has %d rows with rank checksums summing to %d; graph_state says %d summing to %d",
				seen.rows, seen.sum, c.nodes.rows, c.nodes.sum)
		}
		slices.SortFunc(ranks, func(a, b rank) int {
			return cmp.Or(cmp.Compare(b.articles, a.articles), cmp.Compare(b.mentions, a.mentions), cmp.Compare(a.id, b.id))
		})
		if n > 0 && len(ranks) > n {
			ranks = ranks[:n]
		}
		for _, r := range ranks {
			nd, _, ok, err := q.nodeOf(ctx, tx, r.id)
			if err == nil && (!ok || nd.Articles != r.articles || nd.Mentions != r.mentions) {
				err = q.s.damaged("graph_nodes gives two rows of %q", r.id)
			}
			if err != nil {
				return err
			}
			out = append(out, nd)
		}
		return nil
	})
	return out, err
}

func (q *cacheQuerier) Degree(ctx context.Context, id string) (int, error) {
	var d int
	err := q.read(ctx, func(tx *sql.Tx) error {
		_, r, ok, err := q.nodeOf(ctx, tx, id)
		if ok {
			d = r.degree
		}
		return err
	})
	return d, err
}

func (q *cacheQuerier) ArticlesOf(ctx context.Context, ids ...string) ([]graphstore.ArticleInfo, error) {
	out := []graphstore.ArticleInfo{} // none is an empty list, as graphstore.QuerierOf says it
	err := q.read(ctx, func(tx *sql.Tx) error {
		if len(ids) == 0 { // every article of the cache, as Graph.ArticlesOf says
			end, err := q.cacheEnd(ctx, tx)
			if err != nil {
				return err
			}
			scanErr := q.s.scanArticles(ctx, tx, func(a *articleRow) {
				if err == nil && a.seq <= end {
					var info graphstore.ArticleInfo
					info, err = q.s.infoOf(a)
					out = append(out, info)
				}
			})
			return cmp.Or(scanErr, err)
		}
		var common map[int64]bool
		for _, id := range ids {
			seqs, err := q.articlesOfNode(ctx, tx, id)
			if err != nil {
				return err
			}
			for seq := range seqs {
				if common != nil && !common[seq] {
					delete(seqs, seq)
				}
			}
			common = seqs
		}
		for _, seq := range slices.Sorted(maps.Keys(common)) {
			a, err := q.article(ctx, tx, seq)
			if err != nil {
				return err
			}
			out = append(out, a)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(x, y graphstore.ArticleInfo) int { return strings.Compare(x.ID, y.ID) })
	return out, nil
}

// articlesOfNode returns the numbers of the articles that mention a node:
// those that mention a raw id the graph counts as the node's, checked
// against the node's count of articles.
func (q *cacheQuerier) articlesOfNode(ctx context.Context, tx *sql.Tx, id string) (map[int64]bool, error) {
	_, r, ok, err := q.nodeOf(ctx, tx, id)
	if err != nil || !ok {
		return map[int64]bool{}, err
	}
	// The raw ids linked to the node, and the node's own id unless it is
	// linked elsewhere.
	raws := []string{id}
	err = eachRow(ctx, tx, `SELECT raw, id, sum FROM graph_canonical WHERE id = ?1 OR raw = ?1`, func(rows *sql.Rows) error {
		var raw, to string
		var sum int64
		if err := rows.Scan(&raw, &to, &sum); err != nil {
			return err
		}
		if rowSum(raw, to) != sum {
			return q.s.damaged("the graph_canonical row of %q does not match its checksum", raw)
		}
		if raw == id {
			raws = raws[1:] // linked elsewhere (which a node's own id never is)
		} else {
			raws = append(raws, raw)
		}
		return nil
	}, id)
	if err != nil {
		return nil, err
	}
	end, err := q.cacheEnd(ctx, tx)
	if err != nil {
		return nil, err
	}
	seqs := map[int64]bool{}
	for _, raw := range raws {
		// The articles that link raw elsewhere in their own context.
		elsewhere := map[int64]bool{}
		err := eachRow(ctx, tx, `SELECT article FROM graph_article_links WHERE raw = ?`, func(rows *sql.Rows) error {
			var seq int64
			err := rows.Scan(&seq)
			elsewhere[seq] = true
			return err
		}, raw)
		if err != nil {
			return nil, err
		}
		err = eachRow(ctx, tx, `SELECT article FROM mentions WHERE entity = ? AND article <= ?`, func(rows *sql.Rows) error {
			var seq int64
			err := rows.Scan(&seq)
			if !elsewhere[seq] {
				seqs[seq] = true
			}
			return err
		}, raw, end)
		if err != nil {
			return nil, err
		}
	}
	// The articles that link a raw id to the node in their own context.
	err = eachRow(ctx, tx, `SELECT article, raw, id, sum FROM graph_article_links WHERE id = ?`, func(rows *sql.Rows) error {
		var seq, sum int64
		var raw, to string
		if err := rows.Scan(&seq, &raw, &to, &sum); err != nil {
			return err
		}
		if rowSum(seq, raw, to) != sum {
			return q.s.damaged("the graph_article_links row of %q in article %d does not match its checksum", raw, seq)
		}
		seqs[seq] = true
		return nil
	}, id)
	if err != nil {
		return nil, err
	}
	if len(seqs) != r.articles {
		return nil, q.s.damaged("the mentions of %q are in %d articles; its node counts %d", id, len(seqs), r.articles)
	}
	return seqs, nil
}

// String names the querier in messages.
func (q *cacheQuerier) String() string { return fmt.Sprintf("the cache of %s", q.s.path) }
