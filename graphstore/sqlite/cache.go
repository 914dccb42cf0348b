package graphstore

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
)

// Querier answers the questions of "nergraph query". [QuerierOf] answers
// from a graph in memory; [Store.Querier] from the store's cache of its
// graph, with the same answers, without loading the graph.
type Querier interface {
	// Lookup finds an entity as [Graph.Lookup] does.
	Lookup(name string) (Node, error)
	// Neighbors lists the entities mentioned with id as [Graph.Neighbors].
	Neighbors(id string) ([]Neighbor, error)
	// Path finds a shortest chain of co-mentions as [Graph.Path].
	Path(from, to string) ([]Hop, error)
	// Top lists the most mentioned entities as [Graph.Top].
	Top(typ extract.Type, n int) ([]Node, error)
	// Degree returns the number of neighbors of id, 0 for an unknown id.
	Degree(id string) (int, error)
	// ArticlesOf lists the articles that mention all ids as [Graph.ArticlesOf].
	ArticlesOf(ids ...string) ([]ArticleInfo, error)
}

// QuerierOf returns a [Querier] that answers from g.
func QuerierOf(g *Graph) Querier { return &graphQuerier{g: g} }

type graphQuerier struct {
	g   *Graph
	deg map[string]int
}

func (q *graphQuerier) Lookup(name string) (Node, error)          { return q.g.Lookup(name) }
func (q *graphQuerier) Neighbors(id string) ([]Neighbor, error)   { return q.g.Neighbors(id), nil }
func (q *graphQuerier) Path(from, to string) ([]Hop, error)       { return q.g.Path(from, to) }
func (q *graphQuerier) Top(t extract.Type, n int) ([]Node, error) { return q.g.Top(t, n), nil }
func (q *graphQuerier) ArticlesOf(ids ...string) ([]ArticleInfo, error) {
	return q.g.ArticlesOf(ids...), nil
}
func (q *graphQuerier) Degree(id string) (int, error) {
	if q.deg == nil {
		q.deg = q.g.Degrees()
	}
	return q.deg[id], nil
}

type rowQuerier interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}

// generation identifies the articles of a store: it only ever appends them.
func generation(q rowQuerier) (n, maxSeq int64, err error) {
	err = q.QueryRowContext(context.Background(), `SELECT count(*), coalesce(max(seq), 0) FROM articles`).Scan(&n, &maxSeq)
	return n, maxSeq, err
}

// cached returns the generation of the cached graph, ok false when none.
func cached(q rowQuerier) (n, maxSeq int64, ok bool, err error) {
	err = q.QueryRowContext(context.Background(), `SELECT articles, max_seq FROM graph_state`).Scan(&n, &maxSeq)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, 0, false, nil
	}
	return n, maxSeq, err == nil, err
}

// Fresh reports whether the store's cache of its graph holds all its
// articles.
func (s *Store) Fresh() (bool, error) {
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return false, fmt.Errorf("check cache: %w", explain(err))
	}
	defer tx.Rollback()
	n, maxSeq, err := generation(tx)
	if err != nil {
		return false, fmt.Errorf("check cache: %w", explain(err))
	}
	cn, cmax, ok, err := cached(tx)
	if err != nil {
		return false, fmt.Errorf("check cache: %w", explain(err))
	}
	return ok && cn == n && cmax == maxSeq, nil
}

// Refresh recomputes the store's cache of its graph when articles were added
// since it was computed, and reports whether it did. The graph is computed
// from a snapshot, so ingests may go on meanwhile; the cache is written in
// one transaction, so a crash leaves the old cache, which [Store.Querier]
// then sees is stale.
func (s *Store) Refresh() (bool, error) {
	ctx := context.Background()
	rtx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return false, fmt.Errorf("refresh cache: %w", explain(err))
	}
	defer rtx.Rollback()
	n, maxSeq, err := generation(rtx)
	if err != nil {
		return false, fmt.Errorf("refresh cache: %w", explain(err))
	}
	if cn, cmax, ok, err := cached(rtx); err != nil {
		return false, fmt.Errorf("refresh cache: %w", explain(err))
	} else if ok && cn == n && cmax == maxSeq {
		return false, nil
	}
	g, err := loadGraph(rtx, time.Time{}, time.Time{})
	if err != nil {
		return false, fmt.Errorf("refresh cache: %w", err)
	}
	seqOf := make(map[string]int64, n)
	arows, err := rtx.QueryContext(ctx, `SELECT seq, id FROM articles`)
	if err != nil {
		return false, fmt.Errorf("refresh cache: %w", explain(err))
	}
	for arows.Next() {
		var seq int64
		var id string
		if err := arows.Scan(&seq, &id); err != nil {
			arows.Close()
			return false, fmt.Errorf("refresh cache: %w", err)
		}
		seqOf[id] = seq
	}
	arows.Close()
	if err := arows.Err(); err != nil {
		return false, fmt.Errorf("refresh cache: %w", explain(err))
	}
	var raws []string
	rows, err := rtx.QueryContext(ctx, `SELECT id FROM entities`)
	if err != nil {
		return false, fmt.Errorf("refresh cache: %w", explain(err))
	}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return false, fmt.Errorf("refresh cache: %w", err)
		}
		raws = append(raws, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return false, fmt.Errorf("refresh cache: %w", explain(err))
	}
	rtx.Rollback()

	fin := g.finished()
	nodes, edges, deg := fin.nodes, fin.edges, g.Degrees()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("refresh cache: %w", explain(err))
	}
	defer tx.Rollback()
	// Another ingest may have cached a later snapshot meanwhile.
	if _, cmax, ok, err := cached(tx); err != nil {
		return false, fmt.Errorf("refresh cache: %w", explain(err))
	} else if ok && cmax > maxSeq {
		return false, nil
	}
	for _, idx := range cacheIndexes {
		name := strings.Fields(idx)[2] // CREATE INDEX name ON ...
		if _, err := tx.ExecContext(ctx, `DROP INDEX IF EXISTS `+name); err != nil {
			return false, fmt.Errorf("refresh cache: %w", explain(err))
		}
	}
	for _, t := range []string{"graph_state", "graph_nodes", "graph_names", "graph_edges", "graph_canonical"} {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t); err != nil {
			return false, fmt.Errorf("refresh cache: %w", explain(err))
		}
	}
	insNode, err := tx.PrepareContext(ctx, `INSERT INTO graph_nodes (id, num, label, type, iso, mentions, articles, sources, degree,
		first, last, aliases, id_key, label_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return false, fmt.Errorf("refresh cache: %w", err)
	}
	insName, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO graph_names (key, id) VALUES (?, ?)`)
	if err != nil {
		return false, fmt.Errorf("refresh cache: %w", err)
	}
	num := make(map[string]int, len(nodes))
	for i, nd := range nodes {
		num[nd.ID] = i
		als, _ := json.Marshal(nd.Aliases)
		if _, err := insNode.ExecContext(ctx, nd.ID, i, nd.Label, string(nd.Type), nd.ISO, nd.Mentions, nd.Articles, nd.Sources,
			deg[nd.ID], timeOrNull(nd.First), timeOrNull(nd.Last), string(als), strings.ToLower(nd.ID), strings.ToLower(nd.Label)); err != nil {
			return false, fmt.Errorf("refresh cache: node %s: %w", nd.ID, explain(err))
		}
		for _, a := range nd.Aliases {
			if _, err := insName.ExecContext(ctx, strings.ToLower(a.Name), nd.ID); err != nil {
				return false, fmt.Errorf("refresh cache: node %s: %w", nd.ID, explain(err))
			}
		}
	}
	// Edges go in many rows per statement: with this driver the cost of a
	// statement, not of a row, dominates.
	const perStmt = 100
	insert := func(rows int) (*sql.Stmt, error) {
		q := `INSERT INTO graph_edges (source, target, weight, sentences, npmi, articles) VALUES ` +
			strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?, ?, ?), ", rows), ", ")
		return tx.PrepareContext(ctx, q)
	}
	insEdges, err := insert(perStmt)
	if err != nil {
		return false, fmt.Errorf("refresh cache: %w", err)
	}
	var seqs []int64
	args := make([]any, 0, 6*perStmt)
	for i, e := range edges {
		seqs = seqs[:0]
		for _, a := range e.Articles {
			seqs = append(seqs, seqOf[a])
		}
		arts, _ := json.Marshal(seqs)
		args = append(args, num[e.Source], num[e.Target], e.Weight, e.Sentences, e.NPMI, string(arts))
		if len(args) < cap(args) && i < len(edges)-1 {
			continue
		}
		st := insEdges
		if len(args) < cap(args) { // the last, shorter statement
			if st, err = insert(len(args) / 6); err != nil {
				return false, fmt.Errorf("refresh cache: %w", err)
			}
		}
		if _, err := st.ExecContext(ctx, args...); err != nil {
			return false, fmt.Errorf("refresh cache: edges: %w", explain(err))
		}
		args = args[:0]
	}
	insCanon, err := tx.PrepareContext(ctx, `INSERT INTO graph_canonical (raw, id) VALUES (?, ?)`)
	if err != nil {
		return false, fmt.Errorf("refresh cache: %w", err)
	}
	for _, raw := range raws {
		if id := g.Canonical(raw); id != raw {
			if _, err := insCanon.ExecContext(ctx, raw, id); err != nil {
				return false, fmt.Errorf("refresh cache: %w", explain(err))
			}
		}
	}
	for _, idx := range cacheIndexes {
		if _, err := tx.ExecContext(ctx, idx); err != nil {
			return false, fmt.Errorf("refresh cache: %w", explain(err))
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO graph_state (articles, max_seq) VALUES (?, ?)`, n, maxSeq); err != nil {
		return false, fmt.Errorf("refresh cache: %w", explain(err))
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("refresh cache: commit: %w", explain(err))
	}
	return true, nil
}

func timeOrNull(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Format(time.RFC3339Nano)
}

// Querier returns a [Querier] over the articles dated in [since, until], as
// [Store.Graph] selects them. For the whole store with a fresh cache (see
// [Store.Refresh]) it answers from the cache, which takes milliseconds, and
// reports true; otherwise it loads the graph.
func (s *Store) Querier(since, until time.Time) (Querier, bool, error) {
	if since.IsZero() && until.IsZero() {
		fresh, err := s.Fresh()
		if err != nil {
			return nil, false, err
		}
		if fresh {
			return &cacheQuerier{db: s.db}, true, nil
		}
	}
	g, err := s.Graph(since, until)
	if err != nil {
		return nil, false, err
	}
	return QuerierOf(g), false, nil
}

// cacheQuerier answers from the graph_* tables. Each answer is one or a few
// statements; a refresh between two of them could mix two snapshots of the
// same store, each consistent.
type cacheQuerier struct{ db *sql.DB }

const nodeCols = `n.id, n.label, n.type, n.iso, n.mentions, n.articles, n.sources, n.first, n.last, n.aliases`

type scanner interface{ Scan(...any) error }

func scanNode(sc scanner, extra ...any) (Node, error) {
	var n Node
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

func (q *cacheQuerier) nodes(query string, args ...any) ([]Node, error) {
	rows, err := q.db.Query(query, args...)
	if err != nil {
		return nil, fmt.Errorf("query: %w", explain(err))
	}
	defer rows.Close()
	var out []Node
	for rows.Next() {
		n, err := scanNode(rows)
		if err != nil {
			return nil, fmt.Errorf("query: %w", err)
		}
		out = append(out, n)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("query: %w", explain(err))
	}
	return out, nil
}

func (q *cacheQuerier) node(id string) (Node, bool, error) {
	ns, err := q.nodes(`SELECT `+nodeCols+` FROM graph_nodes n WHERE n.id = ?`, id)
	if err != nil || len(ns) == 0 {
		return Node{}, false, err
	}
	return ns[0], true, nil
}

func (q *cacheQuerier) Lookup(name string) (Node, error) {
	if n, ok, err := q.node(name); err != nil || ok {
		return n, err
	}
	key := strings.ToLower(name)
	cands, err := q.nodes(`SELECT `+nodeCols+` FROM graph_nodes n WHERE n.id IN (
		SELECT id FROM graph_nodes WHERE id_key = ?1 OR label_key = ?1
		UNION SELECT id FROM graph_names WHERE key = ?1) ORDER BY n.id`, key)
	if err != nil {
		return Node{}, err
	}
	return pickNode(name, cands)
}

func (q *cacheQuerier) Neighbors(id string) ([]Neighbor, error) {
	// Node numbers are in id order, so an edge's source is the node with
	// the smaller number.
	rows, err := q.db.Query(`SELECT `+nodeCols+`, 1, e.weight, e.sentences, e.npmi, e.articles
		FROM graph_edges e JOIN graph_nodes n ON n.num = e.target
		WHERE e.source = (SELECT num FROM graph_nodes WHERE id = ?1)
		UNION ALL
		SELECT `+nodeCols+`, 0, e.weight, e.sentences, e.npmi, e.articles
		FROM graph_edges e JOIN graph_nodes n ON n.num = e.source
		WHERE e.target = (SELECT num FROM graph_nodes WHERE id = ?1)`, id)
	if err != nil {
		return nil, fmt.Errorf("query: %w", explain(err))
	}
	defer rows.Close()
	var out []Neighbor
	var seqs [][]int64
	for rows.Next() {
		var e Edge
		var arts string
		var idIsSource bool
		n, err := scanNode(rows, &idIsSource, &e.Weight, &e.Sentences, &e.NPMI, &arts)
		if err != nil {
			return nil, fmt.Errorf("query: %w", err)
		}
		e.Source, e.Target = n.ID, id
		if idIsSource {
			e.Source, e.Target = id, n.ID
		}
		var ss []int64
		if err := json.Unmarshal([]byte(arts), &ss); err != nil {
			return nil, fmt.Errorf("query: edge %s %s: %w", e.Source, e.Target, err)
		}
		seqs = append(seqs, ss)
		out = append(out, Neighbor{Node: n, Edge: e})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("query: %w", explain(err))
	}
	ids, err := q.articleIDs(seqs)
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].Edge.Articles = ids[i]
	}
	sortNeighbors(out)
	return out, nil
}

// articleIDs turns lists of article seqs into lists of article ids.
func (q *cacheQuerier) articleIDs(seqs [][]int64) ([][]string, error) {
	need := map[int64]string{}
	for _, ss := range seqs {
		for _, s := range ss {
			need[s] = ""
		}
	}
	if len(need) > 2000 {
		// Cheaper to read them all than to look each up.
		rows, err := q.db.Query(`SELECT seq, id FROM articles`)
		if err != nil {
			return nil, fmt.Errorf("query: %w", explain(err))
		}
		for rows.Next() {
			var seq int64
			var id string
			if err := rows.Scan(&seq, &id); err != nil {
				rows.Close()
				return nil, fmt.Errorf("query: %w", err)
			}
			if _, ok := need[seq]; ok {
				need[seq] = id
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("query: %w", explain(err))
		}
	} else {
		st, err := q.db.Prepare(`SELECT id FROM articles WHERE seq = ?`)
		if err != nil {
			return nil, fmt.Errorf("query: %w", explain(err))
		}
		defer st.Close()
		for _, seq := range sortedSeqs(need) {
			var id string
			if err := st.QueryRow(seq).Scan(&id); err != nil {
				return nil, fmt.Errorf("query: article %d: %w", seq, explain(err))
			}
			need[seq] = id
		}
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

func (q *cacheQuerier) Top(typ extract.Type, n int) ([]Node, error) {
	if n <= 0 {
		n = -1 // no limit
	}
	return q.nodes(`SELECT `+nodeCols+` FROM graph_nodes n WHERE ?1 = '' OR upper(n.type) = upper(?1)
		ORDER BY n.articles DESC, n.mentions DESC, n.id LIMIT ?2`, string(typ), n)
}

func (q *cacheQuerier) Degree(id string) (int, error) {
	var d int
	err := q.db.QueryRow(`SELECT degree FROM graph_nodes WHERE id = ?`, id).Scan(&d)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("query: %w", explain(err))
	}
	return d, nil
}

func (q *cacheQuerier) edge(source, target string) (Edge, error) {
	e := Edge{Source: source, Target: target}
	var arts string
	err := q.db.QueryRow(`SELECT weight, sentences, npmi, articles FROM graph_edges
		WHERE source = (SELECT num FROM graph_nodes WHERE id = ?) AND target = (SELECT num FROM graph_nodes WHERE id = ?)`,
		source, target).Scan(&e.Weight, &e.Sentences, &e.NPMI, &arts)
	if err != nil {
		return e, fmt.Errorf("query: edge %s %s: %w", source, target, explain(err))
	}
	var seqs []int64
	if err := json.Unmarshal([]byte(arts), &seqs); err != nil {
		return e, fmt.Errorf("query: edge %s %s: %w", source, target, err)
	}
	ids, err := q.articleIDs([][]int64{seqs})
	if err != nil {
		return e, err
	}
	e.Articles = ids[0]
	return e, nil
}

func (q *cacheQuerier) Path(from, to string) ([]Hop, error) {
	for _, id := range []string{from, to} {
		if _, ok, err := q.node(id); err != nil {
			return nil, err
		} else if !ok {
			return nil, fmt.Errorf("%w: %q", ErrNoEntity, id)
		}
	}
	if from == to {
		return nil, nil
	}
	// The search needs every edge, but not their articles.
	var ids []string // by node number
	rows, err := q.db.Query(`SELECT id FROM graph_nodes ORDER BY num`)
	if err != nil {
		return nil, fmt.Errorf("query: %w", explain(err))
	}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, fmt.Errorf("query: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("query: %w", explain(err))
	}
	rows, err = q.db.Query(`SELECT source, target, weight FROM graph_edges`)
	if err != nil {
		return nil, fmt.Errorf("query: %w", explain(err))
	}
	var edges []Edge
	for rows.Next() {
		var e Edge
		var src, dst int
		if err := rows.Scan(&src, &dst, &e.Weight); err != nil {
			rows.Close()
			return nil, fmt.Errorf("query: %w", err)
		}
		if src < 0 || dst < 0 || src >= len(ids) || dst >= len(ids) {
			rows.Close()
			return nil, fmt.Errorf("query: edge %d %d: no such node", src, dst)
		}
		e.Source, e.Target = ids[src], ids[dst]
		edges = append(edges, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("query: %w", explain(err))
	}
	path, err := shortestPath(edges, from, to)
	if err != nil {
		return nil, err
	}
	var hops []Hop
	id := from
	for _, ei := range path {
		e, err := q.edge(edges[ei].Source, edges[ei].Target)
		if err != nil {
			return nil, err
		}
		next := otherEnd(e, id)
		a, _, err := q.node(id)
		if err != nil {
			return nil, err
		}
		b, _, err := q.node(next)
		if err != nil {
			return nil, err
		}
		hops = append(hops, Hop{From: a, To: b, Edge: e})
		id = next
	}
	return hops, nil
}

func (q *cacheQuerier) ArticlesOf(ids ...string) ([]ArticleInfo, error) {
	var common map[int64]bool
	for _, id := range ids {
		// The raw ids that the graph counts as id: those linked to it, and
		// id itself unless it is linked elsewhere.
		rows, err := q.db.Query(`SELECT DISTINCT m.article FROM mentions m WHERE m.entity IN (
			SELECT raw FROM graph_canonical WHERE id = ?1
			UNION SELECT ?1 WHERE NOT EXISTS (SELECT 1 FROM graph_canonical WHERE raw = ?1))`, id)
		if err != nil {
			return nil, fmt.Errorf("query: %w", explain(err))
		}
		seqs := map[int64]bool{}
		for rows.Next() {
			var seq int64
			if err := rows.Scan(&seq); err != nil {
				rows.Close()
				return nil, fmt.Errorf("query: %w", err)
			}
			if common == nil || common[seq] {
				seqs[seq] = true
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("query: %w", explain(err))
		}
		common = seqs
	}
	var out []ArticleInfo
	for _, seq := range sortedSeqs(common) {
		var a ArticleInfo
		var date sql.NullString
		err := q.db.QueryRow(`SELECT id, title, hash, date, source, url FROM articles WHERE seq = ?`, seq).
			Scan(&a.ID, &a.Title, &a.Hash, &date, &a.Source, &a.URL)
		if err != nil {
			return nil, fmt.Errorf("query: %w", explain(err))
		}
		if date.Valid {
			if a.Date, err = time.Parse(time.RFC3339Nano, date.String); err != nil {
				return nil, fmt.Errorf("query: article %s: %w", a.ID, err)
			}
		}
		out = append(out, a)
	}
	slices.SortFunc(out, func(x, y ArticleInfo) int { return strings.Compare(x.ID, y.ID) })
	return out, nil
}

func sortedSeqs[V any](m map[int64]V) []int64 {
	out := make([]int64, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
