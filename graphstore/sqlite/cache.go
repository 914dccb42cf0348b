package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"github.com/nergraph/nergraph/graphstore"
)

// generation identifies the articles of a store: it only ever appends them.
func generation(ctx context.Context, q rowQuerier) (n, maxSeq int64, err error) {
	err = q.QueryRowContext(ctx, `SELECT count(*), coalesce(max(seq), 0) FROM articles`).Scan(&n, &maxSeq)
	return n, maxSeq, err
}

// cached returns the generation of the cached graph, ok false when none.
func cached(ctx context.Context, q rowQuerier) (n, maxSeq int64, ok bool, err error) {
	err = q.QueryRowContext(ctx, `SELECT articles, max_seq FROM graph_state`).Scan(&n, &maxSeq)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, 0, false, nil
	}
	return n, maxSeq, err == nil, err
}

// Fresh reports whether the store's cache of its graph holds all its
// articles.
func (s *Store) Fresh(ctx context.Context) (bool, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return false, failed(ctx, "check cache", err)
	}
	defer tx.Rollback()
	n, maxSeq, err := generation(ctx, tx)
	if err != nil {
		return false, failed(ctx, "check cache", err)
	}
	cn, cmax, ok, err := cached(ctx, tx)
	if err != nil {
		return false, failed(ctx, "check cache", err)
	}
	return ok && cn == n && cmax == maxSeq, nil
}

// snapshot is what a refresh reads of the store: the linked graph of all its
// articles, and what the cache needs to refer to articles and raw ids.
type snapshot struct {
	n, maxSeq int64 // the generation
	g         *graphstore.Graph
	seqOf     map[string]int64 // article id → seq
	raws      []string         // raw entity ids
}

// Refresh recomputes the store's cache of its graph when articles were added
// since it was computed, and reports whether it did. The graph is computed
// from a snapshot, so ingests may go on meanwhile; the cache is written in
// one transaction, so a crash or a cancellation leaves the old cache, which
// [Store.Querier] then sees is stale.
func (s *Store) Refresh(ctx context.Context) (bool, error) {
	snap, err := s.readSnapshot(ctx)
	if err != nil || snap == nil {
		return false, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, failed(ctx, "refresh cache", err)
	}
	defer tx.Rollback()
	// Another ingest may have cached a later snapshot meanwhile.
	if _, cmax, ok, err := cached(ctx, tx); err != nil {
		return false, failed(ctx, "refresh cache", err)
	} else if ok && cmax > snap.maxSeq {
		return false, nil
	}
	if err := writeCache(ctx, tx, snap); err != nil {
		return false, failed(ctx, "refresh cache", err)
	}
	if err := tx.Commit(); err != nil {
		return false, failed(ctx, "refresh cache: commit", err)
	}
	return true, nil
}

// readSnapshot reads what a refresh needs in one read transaction; nil when
// the cache is fresh.
func (s *Store) readSnapshot(ctx context.Context) (*snapshot, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, failed(ctx, "refresh cache", err)
	}
	defer tx.Rollback()
	snap := &snapshot{}
	if snap.n, snap.maxSeq, err = generation(ctx, tx); err != nil {
		return nil, failed(ctx, "refresh cache", err)
	}
	if cn, cmax, ok, err := cached(ctx, tx); err != nil {
		return nil, failed(ctx, "refresh cache", err)
	} else if ok && cn == snap.n && cmax == snap.maxSeq {
		return nil, nil
	}
	if snap.g, err = loadGraph(ctx, tx, time.Time{}, time.Time{}); err != nil {
		return nil, failed(ctx, "refresh cache", err)
	}
	snap.seqOf = make(map[string]int64, snap.n)
	err = eachRow(ctx, tx, `SELECT seq, id FROM articles`, func(rows *sql.Rows) error {
		var seq int64
		var id string
		err := rows.Scan(&seq, &id)
		snap.seqOf[id] = seq
		return err
	})
	if err != nil {
		return nil, failed(ctx, "refresh cache", err)
	}
	err = eachRow(ctx, tx, `SELECT id FROM entities`, func(rows *sql.Rows) error {
		var id string
		err := rows.Scan(&id)
		snap.raws = append(snap.raws, id)
		return err
	})
	if err != nil {
		return nil, failed(ctx, "refresh cache", err)
	}
	return snap, nil
}

// eachRow calls fn on each row of a query, stopping at its first error.
func eachRow(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, query string, fn func(*sql.Rows) error, args ...any) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// writeCache replaces the cache tables with the graph of snap. The indexes
// are dropped first and made again at the end, which is faster than
// updating them row by row.
func writeCache(ctx context.Context, tx *sql.Tx, snap *snapshot) error {
	for _, idx := range cacheIndexes {
		name := strings.Fields(idx)[2] // CREATE INDEX name ON ...
		if _, err := tx.ExecContext(ctx, `DROP INDEX IF EXISTS `+name); err != nil {
			return err
		}
	}
	for _, t := range []string{"graph_state", "graph_nodes", "graph_names", "graph_edges", "graph_canonical", "graph_node_articles"} {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t); err != nil {
			return err
		}
	}
	num, err := writeNodes(ctx, tx, snap.g)
	if err != nil {
		return err
	}
	if err := writeEdges(ctx, tx, snap.g, num, snap.seqOf); err != nil {
		return err
	}
	if err := writeNodeArticles(ctx, tx, snap.g, num, snap.seqOf); err != nil {
		return err
	}
	insCanon, err := tx.PrepareContext(ctx, `INSERT INTO graph_canonical (raw, id) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	for _, raw := range snap.raws {
		if id := snap.g.Canonical(raw); id != raw {
			if _, err := insCanon.ExecContext(ctx, raw, id); err != nil {
				return err
			}
		}
	}
	for _, idx := range cacheIndexes {
		if _, err := tx.ExecContext(ctx, idx); err != nil {
			return err
		}
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO graph_state (articles, max_seq) VALUES (?, ?)`, snap.n, snap.maxSeq)
	return err
}

// writeNodes writes the nodes and their names, and returns the number of
// each node: its position in id order.
func writeNodes(ctx context.Context, tx *sql.Tx, g *graphstore.Graph) (map[string]int, error) {
	insNode, err := tx.PrepareContext(ctx, `INSERT INTO graph_nodes (id, num, label, type, iso, mentions, articles, sources, degree,
		first, last, aliases, id_key, label_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return nil, err
	}
	insName, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO graph_names (key, id) VALUES (?, ?)`)
	if err != nil {
		return nil, err
	}
	deg := g.Degrees()
	num := make(map[string]int, g.NumNodes())
	for i, nd := range g.Nodes() {
		num[nd.ID] = i
		als, _ := json.Marshal(nd.Aliases)
		if _, err := insNode.ExecContext(ctx, nd.ID, i, nd.Label, string(nd.Type), nd.ISO, nd.Mentions, nd.Articles, nd.Sources,
			deg[nd.ID], timeOrNull(nd.First), timeOrNull(nd.Last), string(als), strings.ToLower(nd.ID), strings.ToLower(nd.Label)); err != nil {
			return nil, wrapf(err, "node %s", nd.ID)
		}
		for _, a := range nd.Aliases {
			if _, err := insName.ExecContext(ctx, strings.ToLower(a.Name), nd.ID); err != nil {
				return nil, wrapf(err, "node %s", nd.ID)
			}
		}
	}
	return num, nil
}

// edgesPerStmt is how many edges one statement inserts: with this driver
// the cost of a statement, not of a row, dominates.
const edgesPerStmt = 100

// writeEdges writes the edges, with node numbers for ids and article seqs
// for ids.
func writeEdges(ctx context.Context, tx *sql.Tx, g *graphstore.Graph, num map[string]int, seqOf map[string]int64) error {
	insert := func(rows int) (*sql.Stmt, error) {
		q := `INSERT INTO graph_edges (source, target, weight, sentences, npmi, articles) VALUES ` +
			strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?, ?, ?), ", rows), ", ")
		return tx.PrepareContext(ctx, q)
	}
	full, err := insert(edgesPerStmt)
	if err != nil {
		return err
	}
	flush := func(args []any) error {
		st := full
		if len(args) < 6*edgesPerStmt { // the last, shorter statement
			if st, err = insert(len(args) / 6); err != nil {
				return err
			}
		}
		_, err := st.ExecContext(ctx, args...)
		return wrapf(err, "edges")
	}
	var seqs []int64
	args := make([]any, 0, 6*edgesPerStmt)
	for _, e := range g.Edges() {
		seqs = seqs[:0]
		for _, a := range e.Articles {
			seqs = append(seqs, seqOf[a])
		}
		arts, _ := json.Marshal(seqs)
		args = append(args, num[e.Source], num[e.Target], e.Weight, e.Sentences, e.NPMI, string(arts))
		if len(args) == cap(args) {
			if err := flush(args); err != nil {
				return err
			}
			args = args[:0]
		}
	}
	if len(args) > 0 {
		return flush(args)
	}
	return nil
}

func timeOrNull(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Format(time.RFC3339Nano)
}

// writeNodeArticles writes the articles of each node.
func writeNodeArticles(ctx context.Context, tx *sql.Tx, g *graphstore.Graph, num map[string]int, seqOf map[string]int64) error {
	ins, err := tx.PrepareContext(ctx, `INSERT INTO graph_node_articles (num, article) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	for a, ids := range g.ArticleNodes() {
		for _, id := range ids {
			if _, err := ins.ExecContext(ctx, num[id], seqOf[a.ID]); err != nil {
				return wrapf(err, "node articles")
			}
		}
	}
	return nil
}
