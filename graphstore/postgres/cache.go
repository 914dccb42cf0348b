package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/nergraph/nergraph/graphstore"
)

// Fresh reports whether the store's cache of its graph holds all its
// articles: whether it was computed from the last batch committed.
func (s *Store) Fresh(ctx context.Context) (bool, error) {
	var fresh bool
	err := s.readTx(ctx, func(tx pgx.Tx) error {
		var err error
		fresh, err = isFresh(ctx, tx)
		return err
	})
	if err != nil {
		return false, failed(ctx, "check cache", err)
	}
	return fresh, nil
}

func isFresh(ctx context.Context, tx pgx.Tx) (bool, error) {
	var fresh bool
	err := tx.QueryRow(ctx, `SELECT g.batch_num = c.last FROM graph_state g, batch_counter c`).Scan(&fresh)
	return fresh, err
}

// refreshLock is the key, with the schema's name, of the advisory lock that
// keeps two refreshes of one store from running at once.
const refreshLock = `SELECT pg_advisory_xact_lock(hashtext('nergraph refresh ' || current_schema()))`

// Refresh brings the store's cache of its graph up to date with the batches
// committed since it was computed, and reports whether it did. It runs in
// one transaction, so a crash or a cancellation leaves the old cache, which
// [Store.Querier] then knows is stale; a second refresh of the same store
// waits for the first and then finds little or nothing to do.
func (s *Store) Refresh(ctx context.Context) (bool, error) {
	if s.readOnly {
		fresh, err := s.Fresh(ctx)
		if err != nil || fresh {
			return false, err
		}
		return false, fmt.Errorf("refresh cache: the store %s is open for reading only", s.name)
	}
	var done bool
	err := s.inTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead}, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, refreshLock); err != nil {
			return err
		}
		// The snapshot starts with the first query after the lock, so it
		// sees what an earlier refresh committed.
		var err error
		done, err = refresh(ctx, tx)
		return err
	})
	if err != nil {
		return false, failed(ctx, "refresh cache", err)
	}
	return done, nil
}

// refresh recomputes the cache in tx from the store as tx sees it.
func refresh(ctx context.Context, tx pgx.Tx) (bool, error) {
	var cachedNum, lastNum int64
	if err := tx.QueryRow(ctx, `SELECT g.batch_num, c.last FROM graph_state g, batch_counter c`).Scan(&cachedNum, &lastNum); err != nil {
		return false, err
	}
	if cachedNum == lastNum {
		return false, nil
	}
	g, err := loadGraph(ctx, tx, time.Time{}, time.Time{})
	if err != nil {
		return false, err
	}
	for _, t := range []string{"graph_nodes", "graph_names", "graph_edges", "graph_canonical"} {
		if _, err := tx.Exec(ctx, `DELETE FROM `+t); err != nil {
			return false, err
		}
	}
	if err := writeNodes(ctx, tx, g); err != nil {
		return false, err
	}
	if err := writeEdges(ctx, tx, g); err != nil {
		return false, err
	}
	if err := writeCanonical(ctx, tx, g); err != nil {
		return false, err
	}
	_, err = tx.Exec(ctx, `UPDATE graph_state SET batch_num = $1, articles = $2`, lastNum, g.Len())
	return err == nil, err
}

func writeNodes(ctx context.Context, tx pgx.Tx, g *graphstore.Graph) error {
	deg := g.Degrees()
	var rows, names [][]any
	seen := map[[2]string]bool{}
	for _, n := range g.Nodes() {
		rows = append(rows, []any{n.ID, n.Label, string(n.Type), n.ISO, n.Mentions, n.Articles, n.Sources, deg[n.ID],
			timeText(n.First), timeText(n.Last), aliasesJSON(n.Aliases), strings.ToLower(n.ID), strings.ToLower(n.Label)})
		for _, a := range n.Aliases {
			k := [2]string{strings.ToLower(a.Name), n.ID}
			if !seen[k] {
				seen[k] = true
				names = append(names, []any{k[0], k[1]})
			}
		}
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"graph_nodes"}, nodeColumns, pgx.CopyFromRows(rows)); err != nil {
		return fmt.Errorf("nodes: %w", err)
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"graph_names"}, []string{"key", "id"}, pgx.CopyFromRows(names)); err != nil {
		return fmt.Errorf("names: %w", err)
	}
	return nil
}

var nodeColumns = []string{"id", "label", "type", "iso", "mentions", "articles", "sources", "degree", "first", "last",
	"aliases", "id_key", "label_key"}

func writeEdges(ctx context.Context, tx pgx.Tx, g *graphstore.Graph) error {
	seqOf := map[string]int64{}
	rows, err := tx.Query(ctx, `SELECT id, seq FROM articles`)
	if err != nil {
		return err
	}
	var id string
	var seq int64
	if _, err := pgx.ForEachRow(rows, []any{&id, &seq}, func() error { seqOf[id] = seq; return nil }); err != nil {
		return err
	}
	var out [][]any
	for _, e := range g.Edges() {
		seqs := make([]int64, len(e.Articles))
		for i, a := range e.Articles {
			seqs[i] = seqOf[a]
		}
		out = append(out, []any{e.Source, e.Target, e.Weight, e.Sentences, seqs})
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"graph_edges"}, []string{"source", "target", "weight", "sentences", "articles"},
		pgx.CopyFromRows(out)); err != nil {
		return fmt.Errorf("edges: %w", err)
	}
	return nil
}

func writeCanonical(ctx context.Context, tx pgx.Tx, g *graphstore.Graph) error {
	rows, err := tx.Query(ctx, `SELECT DISTINCT entity FROM mentions`)
	if err != nil {
		return err
	}
	raws, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return err
	}
	var out [][]any
	for _, raw := range raws {
		if id := g.Canonical(raw); id != raw {
			out = append(out, []any{raw, id})
		}
	}
	_, err = tx.CopyFrom(ctx, pgx.Identifier{"graph_canonical"}, []string{"raw", "id"}, pgx.CopyFromRows(out))
	return err
}

// timeText is how the cache keeps a node's first and last dates: RFC 3339
// with the zone the article gave, which a timestamptz would lose.
func timeText(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Format(time.RFC3339Nano)
}

func aliasesJSON(as []graphstore.Alias) []byte {
	var b strings.Builder
	b.WriteByte('[')
	for i, a := range as {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"name":%s,"count":%d}`, jsonString(a.Name), a.Count)
	}
	b.WriteByte(']')
	return []byte(b.String())
}

func jsonString(s string) string {
	b, _ := json.Marshal(s) // a string always marshals
	return string(b)
}
