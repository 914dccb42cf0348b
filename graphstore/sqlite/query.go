package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
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
		if fresh {
			return &cacheQuerier{db: s.db}, true, nil
		}
	}
	g, err := s.Graph(ctx, since, until)
	if err != nil {
		return nil, false, err
	}
	return graphstore.QuerierOf(g), false, nil
}

// cacheQuerier answers from the graph_* tables. Each answer is one or a few
// statements; a refresh between two of them could mix two snapshots of the
// same store, each consistent.
type cacheQuerier struct{ db *sql.DB }

const nodeCols = `n.id, n.label, n.type, n.iso, n.mentions, n.articles, n.sources, n.first, n.last, n.aliases`

type scanner interface{ Scan(...any) error }

func scanNode(sc scanner, extra ...any) (graphstore.Node, error) {
	var n graphstore.Node
	var typ, aliases string
	var first, last sql.NullString
	dest := append([]any{&n.ID, &n.Label, &typ, &n.ISO, &n.Mentions, &n.Articles, &n.Sources, &first, &last, &aliases}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return n, err
	}
	n.Type = extract.Type(typ)
	for _, t := range []struct {
		s  sql.NullString
		to *time.Time
	}{{first, &n.First}, {last, &n.Last}} {
		if t.s.Valid {
			v, err := time.Parse(time.RFC3339Nano, t.s.String)
			if err != nil {
				return n, fmt.Errorf("node %s: %w", n.ID, err)
			}
			*t.to = v
		}
	}
	if err := json.Unmarshal([]byte(aliases), &n.Aliases); err != nil {
		return n, fmt.Errorf("node %s: aliases: %w", n.ID, err)
	}
	return n, nil
}

func (q *cacheQuerier) nodes(ctx context.Context, query string, args ...any) ([]graphstore.Node, error) {
	var out []graphstore.Node
	err := eachRow(ctx, q.db, query, func(rows *sql.Rows) error {
		n, err := scanNode(rows)
		out = append(out, n)
		return err
	}, args...)
	if err != nil {
		return nil, failed(ctx, "query", err)
	}
	return out, nil
}

func (q *cacheQuerier) node(ctx context.Context, id string) (graphstore.Node, bool, error) {
	ns, err := q.nodes(ctx, `SELECT `+nodeCols+` FROM graph_nodes n WHERE n.id = ?`, id)
	if err != nil || len(ns) == 0 {
		return graphstore.Node{}, false, err
	}
	return ns[0], true, nil
}

func (q *cacheQuerier) Lookup(ctx context.Context, name string) (graphstore.Node, error) {
	if n, ok, err := q.node(ctx, name); err != nil || ok {
		return n, err
	}
	key := strings.ToLower(name)
	cands, err := q.nodes(ctx, `SELECT `+nodeCols+` FROM graph_nodes n WHERE n.id IN (
		SELECT id FROM graph_nodes WHERE id_key = ?1 OR label_key = ?1
		UNION SELECT id FROM graph_names WHERE key = ?1) ORDER BY n.id`, key)
	if err != nil {
		return graphstore.Node{}, err
	}
	return graphstore.PickNode(name, cands)
}

func (q *cacheQuerier) Neighbors(ctx context.Context, id string) ([]graphstore.Neighbor, error) {
	var out []graphstore.Neighbor
	var seqs [][]int64
	// Node numbers are in id order, so an edge's source is the node with
	// the smaller number.
	err := eachRow(ctx, q.db, `SELECT `+nodeCols+`, 1, e.weight, e.sentences, e.npmi, e.articles
		FROM graph_edges e JOIN graph_nodes n ON n.num = e.target
		WHERE e.source = (SELECT num FROM graph_nodes WHERE id = ?1)
		UNION ALL
		SELECT `+nodeCols+`, 0, e.weight, e.sentences, e.npmi, e.articles
		FROM graph_edges e JOIN graph_nodes n ON n.num = e.source
		WHERE e.target = (SELECT num FROM graph_nodes WHERE id = ?1)`, func(rows *sql.Rows) error {
		var e graphstore.Edge
		var arts string
		var idIsSource bool
		n, err := scanNode(rows, &idIsSource, &e.Weight, &e.Sentences, &e.NPMI, &arts)
		if err != nil {
			return err
		}
		e.Source, e.Target = n.ID, id
		if idIsSource {
			e.Source, e.Target = id, n.ID
		}
		var ss []int64
		if err := json.Unmarshal([]byte(arts), &ss); err != nil {
			return fmt.Errorf("edge %s %s: %w", e.Source, e.Target, err)
		}
		seqs = append(seqs, ss)
		out = append(out, graphstore.Neighbor{Node: n, Edge: e})
		return nil
	}, id)
	if err != nil {
		return nil, failed(ctx, "query", err)
	}
	ids, err := q.articleIDs(ctx, seqs)
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].Edge.Articles = ids[i]
	}
	graphstore.SortNeighbors(out)
	return out, nil
}

// articleIDs turns lists of article seqs into lists of article ids.
func (q *cacheQuerier) articleIDs(ctx context.Context, seqs [][]int64) ([][]string, error) {
	need := map[int64]string{}
	for _, ss := range seqs {
		for _, s := range ss {
			need[s] = ""
		}
	}
	var err error
	if len(need) > 2000 {
		// Cheaper to read them all than to look each up.
		err = eachRow(ctx, q.db, `SELECT seq, id FROM articles`, func(rows *sql.Rows) error {
			var seq int64
			var id string
			if err := rows.Scan(&seq, &id); err != nil {
				return err
			}
			if _, ok := need[seq]; ok {
				need[seq] = id
			}
			return nil
		})
	} else {
		err = q.lookUpArticles(ctx, need)
	}
	if err != nil {
		return nil, failed(ctx, "query", err)
	}
	out := make([][]string, len(seqs))
	for i, ss := range seqs {
		out[i] = make([]string, len(ss))
		for j, s := range ss {
			out[i][j] = need[s]
		}
	}
	return out, nil
}

// lookUpArticles fills in the id of each article seq of need.
func (q *cacheQuerier) lookUpArticles(ctx context.Context, need map[int64]string) error {
	st, err := q.db.PrepareContext(ctx, `SELECT id FROM articles WHERE seq = ?`)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, seq := range sortedSeqs(need) {
		var id string
		if err := st.QueryRowContext(ctx, seq).Scan(&id); err != nil {
			return fmt.Errorf("article %d: %w", seq, err)
		}
		need[seq] = id
	}
	return nil
}

func (q *cacheQuerier) Top(ctx context.Context, typ extract.Type, n int) ([]graphstore.Node, error) {
	if n <= 0 {
		n = -1 // no limit
	}
	return q.nodes(ctx, `SELECT `+nodeCols+` FROM graph_nodes n WHERE ?1 = '' OR upper(n.type) = upper(?1)
		ORDER BY n.articles DESC, n.mentions DESC, n.id LIMIT ?2`, string(typ), n)
}

func (q *cacheQuerier) Degree(ctx context.Context, id string) (int, error) {
	var d int
	err := q.db.QueryRowContext(ctx, `SELECT degree FROM graph_nodes WHERE id = ?`, id).Scan(&d)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, failed(ctx, "query", err)
	}
	return d, nil
}

func (q *cacheQuerier) edge(ctx context.Context, source, target string) (graphstore.Edge, error) {
	e := graphstore.Edge{Source: source, Target: target}
	var arts string
	err := q.db.QueryRowContext(ctx, `SELECT weight, sentences, npmi, articles FROM graph_edges
		WHERE source = (SELECT num FROM graph_nodes WHERE id = ?) AND target = (SELECT num FROM graph_nodes WHERE id = ?)`,
		source, target).Scan(&e.Weight, &e.Sentences, &e.NPMI, &arts)
	if err != nil {
		return e, failed(ctx, "query: edge "+source+" "+target, err)
	}
	var seqs []int64
	if err := json.Unmarshal([]byte(arts), &seqs); err != nil {
		return e, fmt.Errorf("query: edge %s %s: %w", source, target, err)
	}
	ids, err := q.articleIDs(ctx, [][]int64{seqs})
	if err != nil {
		return e, err
	}
	e.Articles = ids[0]
	return e, nil
}

func (q *cacheQuerier) Path(ctx context.Context, from, to string) ([]graphstore.Hop, error) {
	for _, id := range []string{from, to} {
		if _, ok, err := q.node(ctx, id); err != nil {
			return nil, err
		} else if !ok {
			return nil, fmt.Errorf("%w: %q", graphstore.ErrNoEntity, id)
		}
	}
	if from == to {
		return nil, nil
	}
	edges, err := q.allEdges(ctx)
	if err != nil {
		return nil, err
	}
	path, err := graphstore.ShortestPath(edges, from, to)
	if err != nil {
		return nil, err
	}
	var hops []graphstore.Hop
	id := from
	for _, ei := range path {
		e, err := q.edge(ctx, edges[ei].Source, edges[ei].Target)
		if err != nil {
			return nil, err
		}
		next := e.Other(id)
		a, _, err := q.node(ctx, id)
		if err != nil {
			return nil, err
		}
		b, _, err := q.node(ctx, next)
		if err != nil {
			return nil, err
		}
		hops = append(hops, graphstore.Hop{From: a, To: b, Edge: e})
		id = next
	}
	return hops, nil
}

// allEdges reads every edge's ends and weight, what a path search needs,
// without their articles.
func (q *cacheQuerier) allEdges(ctx context.Context) ([]graphstore.Edge, error) {
	var ids []string // by node number
	err := eachRow(ctx, q.db, `SELECT id FROM graph_nodes ORDER BY num`, func(rows *sql.Rows) error {
		var id string
		err := rows.Scan(&id)
		ids = append(ids, id)
		return err
	})
	if err != nil {
		return nil, failed(ctx, "query", err)
	}
	var edges []graphstore.Edge
	err = eachRow(ctx, q.db, `SELECT source, target, weight FROM graph_edges`, func(rows *sql.Rows) error {
		var e graphstore.Edge
		var src, dst int
		if err := rows.Scan(&src, &dst, &e.Weight); err != nil {
			return err
		}
		if src < 0 || dst < 0 || src >= len(ids) || dst >= len(ids) {
			return fmt.Errorf("edge %d %d: no such node", src, dst)
		}
		e.Source, e.Target = ids[src], ids[dst]
		edges = append(edges, e)
		return nil
	})
	if err != nil {
		return nil, failed(ctx, "query", err)
	}
	return edges, nil
}

func (q *cacheQuerier) ArticlesOf(ctx context.Context, ids ...string) ([]graphstore.ArticleInfo, error) {
	var common map[int64]bool
	for _, id := range ids {
		// The articles of the node, after corpus linking.
		seqs := map[int64]bool{}
		err := eachRow(ctx, q.db, `SELECT a.article FROM graph_node_articles a JOIN graph_nodes n ON n.num = a.num
			WHERE n.id = ?1`, func(rows *sql.Rows) error {
			var seq int64
			if err := rows.Scan(&seq); err != nil {
				return err
			}
			if common == nil || common[seq] {
				seqs[seq] = true
			}
			return nil
		}, id)
		if err != nil {
			return nil, failed(ctx, "query", err)
		}
		common = seqs
	}
	var out []graphstore.ArticleInfo
	for _, seq := range sortedSeqs(common) {
		a, err := q.article(ctx, seq)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	slices.SortFunc(out, func(x, y graphstore.ArticleInfo) int { return strings.Compare(x.ID, y.ID) })
	return out, nil
}

func (q *cacheQuerier) article(ctx context.Context, seq int64) (graphstore.ArticleInfo, error) {
	var a graphstore.ArticleInfo
	var date sql.NullString
	err := q.db.QueryRowContext(ctx, `SELECT id, title, hash, date, source, url FROM articles WHERE seq = ?`, seq).
		Scan(&a.ID, &a.Title, &a.Hash, &date, &a.Source, &a.URL)
	if err != nil {
		return a, failed(ctx, "query", err)
	}
	if date.Valid {
		if a.Date, err = time.Parse(time.RFC3339Nano, date.String); err != nil {
			return a, fmt.Errorf("query: article %s: %w", a.ID, err)
		}
	}
	return a, nil
}

func sortedSeqs[V any](m map[int64]V) []int64 {
	out := make([]int64, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
