package postgres

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// Querier returns a [graphstore.Querier] over the articles dated in [since,
// until], as [Store.Graph] selects them. For the whole store with a fresh
// cache (see [Store.Refresh]) it answers from the cache and reports true;
// otherwise it loads the graph.
func (s *Store) Querier(ctx context.Context, since, until time.Time) (graphstore.Querier, bool, error) {
	if since.IsZero() && until.IsZero() {
		fresh, err := s.Fresh(ctx)
		if err != nil {
			return nil, false, err
		}
		if fresh {
			return &cacheQuerier{pool: s.pool}, true, nil
		}
	}
	g, err := s.Graph(ctx, since, until)
	if err != nil {
		return nil, false, err
	}
	return graphstore.QuerierOf(g), false, nil
}

// cacheQuerier answers from the graph_* tables, each answer from one
// snapshot. It is safe for concurrent use.
type cacheQuerier struct{ pool *pgxpool.Pool }

// read runs fn in a read-only transaction that sees one snapshot.
func (q *cacheQuerier) read(ctx context.Context, fn func(pgx.Tx) error) error {
	err := pgx.BeginTxFunc(ctx, q.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, fn)
	var amb *graphstore.AmbiguousError
	if err == nil || errors.Is(err, graphstore.ErrNoEntity) || errors.Is(err, graphstore.ErrNoPath) || errors.As(err, &amb) {
		return err // the answer, as the graph's querier and SQLite's give it
	}
	return failed(ctx, "query", err)
}

const nodeCols = `n.id, n.label, n.type, n.iso, n.mentions, n.articles, n.sources, n.first, n.last, n.aliases`

func scanNode(row pgx.Row, extra ...any) (graphstore.Node, error) {
	var n graphstore.Node
	var typ string
	var first, last *string
	var aliases []byte
	dest := append([]any{&n.ID, &n.Label, &typ, &n.ISO, &n.Mentions, &n.Articles, &n.Sources, &first, &last, &aliases}, extra...)
	if err := row.Scan(dest...); err != nil {
		return n, err
	}
	n.Type = extract.Type(typ)
	for _, t := range []struct {
		s  *string
		to *time.Time
	}{{first, &n.First}, {last, &n.Last}} {
		if t.s != nil {
			v, err := time.Parse(time.RFC3339Nano, *t.s)
			if err != nil {
				return n, fmt.Errorf("node %s: %w", n.ID, err)
			}
			*t.to = v
		}
	}
	var as []struct {
		Name  string `json:"name"`
		Count int    `json:"count"`
	}
	if err := json.Unmarshal(aliases, &as); err != nil {
		return n, fmt.Errorf("node %s: aliases: %w", n.ID, err)
	}
	for _, a := range as {
		n.Aliases = append(n.Aliases, graphstore.Alias{Name: a.Name, Count: a.Count})
	}
	return n, nil
}

func nodes(ctx context.Context, tx pgx.Tx, query string, args ...any) ([]graphstore.Node, error) {
	rows, err := tx.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []graphstore.Node
	for rows.Next() {
		n, err := scanNode(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

func node(ctx context.Context, tx pgx.Tx, id string) (graphstore.Node, bool, error) {
	ns, err := nodes(ctx, tx, `SELECT `+nodeCols+` FROM graph_nodes n WHERE n.id = $1`, id)
	if err != nil || len(ns) == 0 {
		return graphstore.Node{}, false, err
	}
	return ns[0], true, nil
}

func (q *cacheQuerier) Lookup(ctx context.Context, name string) (graphstore.Node, error) {
	var n graphstore.Node
	var cands []graphstore.Node
	err := q.read(ctx, func(tx pgx.Tx) error {
		var ok bool
		var err error
		if n, ok, err = node(ctx, tx, name); err != nil || ok {
			return err
		}
		cands, err = nodes(ctx, tx, `SELECT `+nodeCols+` FROM graph_nodes n WHERE n.id IN (
			SELECT id FROM graph_nodes WHERE id_key = $1 OR label_key = $1
			UNION SELECT id FROM graph_names WHERE key = $1)`, strings.ToLower(name))
		return err
	})
	if err != nil || n.ID != "" {
		return n, err
	}
	slices.SortFunc(cands, func(a, b graphstore.Node) int { return cmp.Compare(a.ID, b.ID) })
	return graphstore.PickNode(name, cands)
}

func (q *cacheQuerier) Neighbors(ctx context.Context, id string) ([]graphstore.Neighbor, error) {
	var out []graphstore.Neighbor
	err := q.read(ctx, func(tx pgx.Tx) error {
		total, err := cachedArticles(ctx, tx)
		if err != nil {
			return err
		}
		var self graphstore.Node
		var ok bool
		if self, ok, err = node(ctx, tx, id); err != nil || !ok {
			return err
		}
		rows, err := tx.Query(ctx, `SELECT `+nodeCols+`, e.source, e.target, e.weight, e.sentences, e.articles
			FROM graph_edges e JOIN graph_nodes n ON n.id = e.target WHERE e.source = $1
			UNION ALL
			SELECT `+nodeCols+`, e.source, e.target, e.weight, e.sentences, e.articles
			FROM graph_edges e JOIN graph_nodes n ON n.id = e.source WHERE e.target = $1`, id)
		if err != nil {
			return err
		}
		var seqs [][]int64
		for rows.Next() {
			var e graphstore.Edge
			var ss []int64
			n, err := scanNode(rows, &e.Source, &e.Target, &e.Weight, &e.Sentences, &ss)
			if err != nil {
				rows.Close()
				return err
			}
			e.NPMI = graphstore.NPMI(e.Weight, self.Articles, n.Articles, total)
			seqs = append(seqs, ss)
			out = append(out, graphstore.Neighbor{Node: n, Edge: e})
		}
		if err := rows.Err(); err != nil {
			return err
		}
		ids, err := articleIDs(ctx, tx, seqs)
		if err != nil {
			return err
		}
		for i := range out {
			out[i].Edge.Articles = ids[i]
		}
		return addRelations(ctx, tx, id, out)
	})
	if err != nil {
		return nil, err
	}
	graphstore.SortNeighbors(out)
	return out, nil
}

// cachedArticles returns the number of articles the cache was computed
// from, which the NPMI of its edges is relative to.
func cachedArticles(ctx context.Context, tx pgx.Tx) (int, error) {
	var n int
	err := tx.QueryRow(ctx, `SELECT articles FROM graph_state`).Scan(&n)
	return n, err
}

// articleIDs turns lists of article seqs into sorted lists of article ids.
func articleIDs(ctx context.Context, tx pgx.Tx, seqs [][]int64) ([][]string, error) {
	var all []int64
	for _, ss := range seqs {
		all = append(all, ss...)
	}
	slices.Sort(all)
	all = slices.Compact(all)
	idOf := make(map[int64]string, len(all))
	rows, err := tx.Query(ctx, `SELECT seq, id FROM articles WHERE seq = ANY($1)`, all)
	if err != nil {
		return nil, err
	}
	var seq int64
	var id string
	if _, err := pgx.ForEachRow(rows, []any{&seq, &id}, func() error { idOf[seq] = id; return nil }); err != nil {
		return nil, err
	}
	out := make([][]string, len(seqs))
	for i, ss := range seqs {
		out[i] = make([]string, len(ss))
		for j, s := range ss {
			v, ok := idOf[s]
			if !ok {
				return nil, fmt.Errorf("article %d of an edge is missing", s)
			}
			out[i][j] = v
		}
		slices.Sort(out[i])
	}
	return out, nil
}

func (q *cacheQuerier) Top(ctx context.Context, typ extract.Type, n int) ([]graphstore.Node, error) {
	var out []graphstore.Node
	limit := any(nil) // no limit
	if n > 0 {
		limit = n
	}
	err := q.read(ctx, func(tx pgx.Tx) error {
		var err error
		out, err = nodes(ctx, tx, `SELECT `+nodeCols+` FROM graph_nodes n WHERE $1 = '' OR upper(n.type) = upper($1)
			ORDER BY n.articles DESC, n.mentions DESC, n.id COLLATE "C" LIMIT $2`, string(typ), limit)
		return err
	})
	return out, err
}

func (q *cacheQuerier) Degree(ctx context.Context, id string) (int, error) {
	var d int
	err := q.read(ctx, func(tx pgx.Tx) error {
		err := tx.QueryRow(ctx, `SELECT degree FROM graph_nodes WHERE id = $1`, id).Scan(&d)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil
		}
		return err
	})
	return d, err
}

func (q *cacheQuerier) Path(ctx context.Context, from, to string) ([]graphstore.Hop, error) {
	var hops []graphstore.Hop
	err := q.read(ctx, func(tx pgx.Tx) error {
		var err error
		hops, err = path(ctx, tx, from, to)
		return err
	})
	return hops, err
}

func path(ctx context.Context, tx pgx.Tx, from, to string) ([]graphstore.Hop, error) {
	for _, id := range []string{from, to} {
		if _, ok, err := node(ctx, tx, id); err != nil {
			return nil, err
		} else if !ok {
			return nil, fmt.Errorf("%w: %q", graphstore.ErrNoEntity, id)
		}
	}
	if from == to {
		return nil, nil
	}
	ids, err := graphstore.SearchPathLevels(ctx, from, to, func(ctx context.Context, level []string) (map[string][]graphstore.Arc[string], error) {
		return arcsOf(ctx, tx, level)
	}, func(_ context.Context, ks []string) (map[string]string, error) {
		out := make(map[string]string, len(ks))
		for _, k := range ks {
			out[k] = k // nodes are known by their ids
		}
		return out, nil
	})
	if err != nil {
		return nil, err
	}
	total, err := cachedArticles(ctx, tx)
	if err != nil {
		return nil, err
	}
	var hops []graphstore.Hop
	for i := 0; i+1 < len(ids); i++ {
		e, err := edge(ctx, tx, min(ids[i], ids[i+1]), max(ids[i], ids[i+1]), total)
		if err != nil {
			return nil, err
		}
		a, _, err := node(ctx, tx, ids[i])
		if err != nil {
			return nil, err
		}
		b, _, err := node(ctx, tx, ids[i+1])
		if err != nil {
			return nil, err
		}
		hops = append(hops, graphstore.Hop{From: a, To: b, Edge: e})
	}
	return hops, nil
}

// arcsOf reads the edges of the nodes of one level of a path search, in
// one statement: the search from both ends (see [graphstore.SearchPath])
// reads the edges of the nodes within a few hops of either end, a level a
// round trip.
func arcsOf(ctx context.Context, tx pgx.Tx, level []string) (map[string][]graphstore.Arc[string], error) {
	out := make(map[string][]graphstore.Arc[string], len(level))
	for _, id := range level {
		out[id] = nil
	}
	rows, err := tx.Query(ctx, `SELECT source, target, weight FROM graph_edges WHERE source = ANY($1) OR target = ANY($1)`, level)
	if err != nil {
		return nil, err
	}
	var src, dst string
	var w int
	_, err = pgx.ForEachRow(rows, []any{&src, &dst, &w}, func() error {
		// An edge between two nodes of the level is an arc of each.
		if as, ok := out[src]; ok {
			out[src] = append(as, graphstore.Arc[string]{To: dst, Weight: w})
		}
		if as, ok := out[dst]; ok {
			out[dst] = append(as, graphstore.Arc[string]{To: src, Weight: w})
		}
		return nil
	})
	return out, err
}

func edge(ctx context.Context, tx pgx.Tx, source, target string, total int) (graphstore.Edge, error) {
	e := graphstore.Edge{Source: source, Target: target}
	var seqs []int64
	var ns, nt int
	err := tx.QueryRow(ctx, `SELECT e.weight, e.sentences, e.articles, s.articles, t.articles FROM graph_edges e
		JOIN graph_nodes s ON s.id = e.source JOIN graph_nodes t ON t.id = e.target
		WHERE e.source = $1 AND e.target = $2`, source, target).Scan(&e.Weight, &e.Sentences, &seqs, &ns, &nt)
	if err != nil {
		return e, fmt.Errorf("edge %s %s: %w", source, target, err)
	}
	e.NPMI = graphstore.NPMI(e.Weight, ns, nt, total)
	ids, err := articleIDs(ctx, tx, [][]int64{seqs})
	if err != nil {
		return e, err
	}
	e.Articles = ids[0]
	e.Relations, err = relations(ctx, tx, source, target)
	return e, err
}

func (q *cacheQuerier) ArticlesOf(ctx context.Context, ids ...string) ([]graphstore.ArticleInfo, error) {
	// An empty list, not nil, when none: the graph's querier answers so, and
	// the JSON of query and serve says [] rather than null.
	out := []graphstore.ArticleInfo{}
	err := q.read(ctx, func(tx pgx.Tx) error {
		var common []int64
		for i, id := range ids {
			// The raw ids that the graph counts as id: those linked to it,
			// and id itself unless it is linked elsewhere, but where their
			// article links them elsewhere in its own context; and those
			// an article links to id in its own context.
			rows, err := tx.Query(ctx, `SELECT DISTINCT m.article FROM mentions m WHERE (m.entity IN (
				SELECT raw FROM graph_canonical WHERE id = $1
				UNION SELECT $1 WHERE NOT EXISTS (SELECT 1 FROM graph_canonical WHERE raw = $1))
				AND NOT EXISTS (SELECT 1 FROM graph_article_links l WHERE l.article = m.article AND l.raw = m.entity)
				OR EXISTS (SELECT 1 FROM graph_article_links l WHERE l.article = m.article AND l.raw = m.entity AND l.id = $1))
				AND m.article IN (SELECT seq FROM articles a JOIN batches b ON b.key = a.seq >> 24
					WHERE b.num <= (SELECT batch_num FROM graph_state))
				AND ($2 OR m.article = ANY($3))`, id, i == 0, common)
			if err != nil {
				return err
			}
			if common, err = pgx.CollectRows(rows, pgx.RowTo[int64]); err != nil {
				return err
			}
		}
		// No ids: every article of the cache's batches, as Graph.ArticlesOf
		// answers every article.
		rows, err := tx.Query(ctx, `SELECT id, title, hash, date, source, url FROM articles a
			WHERE CASE WHEN $2 THEN a.seq >> 24 IN (SELECT key FROM batches
				WHERE num <= (SELECT batch_num FROM graph_state)) ELSE a.seq = ANY($1) END`, common, len(ids) == 0)
		if err != nil {
			return err
		}
		var a graphstore.ArticleInfo
		var date *string
		_, err = pgx.ForEachRow(rows, []any{&a.ID, &a.Title, &a.Hash, &date, &a.Source, &a.URL}, func() error {
			a.Date = time.Time{}
			if date != nil {
				d, err := time.Parse(time.RFC3339Nano, *date)
				if err != nil {
					return fmt.Errorf("article %s: %w", a.ID, err)
				}
				a.Date = d
			}
			out = append(out, a)
			return nil
		})
		return err
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(x, y graphstore.ArticleInfo) int { return cmp.Compare(x.ID, y.ID) })
	return out, nil
}
