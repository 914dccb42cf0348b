package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

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
		return false, fmt.Errorf("refresh cache of %s: %w", s.name, graphstore.ErrReadOnly)
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

// refresh brings the cache in tx up to date with the batches committed
// since it was computed, in proportion to what they change:
//
//  1. The new articles' entities are added to the link tallies of their raw
//     ids, and the ids are linked anew from the tallies of all raw ids (one
//     small row per distinct id, no article read): linking is corpus-wide, a
//     new full name can take a partial name from one node to another.
//  2. The nodes whose raw ids changed node (the old and the new one of each)
//     are computed anew from the articles that mention them, with their
//     edges: the only part that reads old articles.
//  3. Every other node and edge the new articles touch is updated by adding
//     their counts to its tally; nothing else is read or written.
//
// NPMI is not stored: it depends on the number of articles, which every
// batch changes, so queries compute it.
func refresh(ctx context.Context, tx pgx.Tx) (bool, error) {
	var cachedNum, lastNum int64
	var total int
	if err := tx.QueryRow(ctx, `SELECT g.batch_num, c.last, g.articles FROM graph_state g, batch_counter c`).Scan(&cachedNum, &lastNum, &total); err != nil {
		return false, err
	}
	if cachedNum == lastNum {
		return false, nil
	}
	added, err := loadArticles(ctx, tx, `b.num > $1 AND b.num <= $2`, cachedNum, lastNum)
	if err != nil {
		return false, fmt.Errorf("read new articles: %w", err)
	}
	if err := addLinkTallies(ctx, tx, added); err != nil {
		return false, fmt.Errorf("link tallies: %w", err)
	}
	oldRemap, newRemap, err := relink(ctx, tx)
	if err != nil {
		return false, fmt.Errorf("link: %w", err)
	}
	u := newUpdate(newRemap)
	u.first = cachedNum == 0
	moved := u.moved(oldRemap)
	if err := u.recompute(ctx, tx, moved); err != nil {
		return false, fmt.Errorf("recompute relinked nodes: %w", err)
	}
	if err := u.addArticles(ctx, tx, added); err != nil {
		return false, err
	}
	if err := u.write(ctx, tx); err != nil {
		return false, err
	}
	if err := writeCanonical(ctx, tx, oldRemap, newRemap); err != nil {
		return false, fmt.Errorf("canonical ids: %w", err)
	}
	_, err = tx.Exec(ctx, `UPDATE graph_state SET batch_num = $1, articles = $2`, lastNum, total+len(added))
	return err == nil, err
}

// addLinkTallies adds the entities of the new articles, in order, to the
// link tallies of their raw ids.
func addLinkTallies(ctx context.Context, tx pgx.Tx, added []storedArticle) error {
	tallies := map[string]*graphstore.LinkTally{}
	for _, a := range added {
		for _, e := range a.Entities {
			tallies[e.ID] = nil
		}
	}
	if len(tallies) == 0 {
		return nil
	}
	rows, err := tx.Query(ctx, `SELECT id, tally FROM link_tallies WHERE id = ANY($1)`, sortedKeys(tallies))
	if err != nil {
		return err
	}
	var id string
	var raw []byte
	if _, err := pgx.ForEachRow(rows, []any{&id, &raw}, func() error {
		t := &graphstore.LinkTally{}
		tallies[id] = t
		return json.Unmarshal(raw, t)
	}); err != nil {
		return err
	}
	for _, a := range added {
		for _, e := range a.Entities {
			if tallies[e.ID] == nil {
				tallies[e.ID] = &graphstore.LinkTally{}
			}
			tallies[e.ID].Add(e)
		}
	}
	var out [][]any
	for _, id := range sortedKeys(tallies) {
		b, err := json.Marshal(tallies[id])
		if err != nil {
			return err
		}
		out = append(out, []any{id, b})
	}
	return upsert(ctx, tx, "link_tallies", []string{"id", "tally"}, out, `(id) DO UPDATE SET tally = excluded.tally`)
}

// relink returns the links the cache holds and those the tallies of all
// raw ids give now.
func relink(ctx context.Context, tx pgx.Tx) (old, now map[string]string, err error) {
	old = map[string]string{}
	rows, err := tx.Query(ctx, `SELECT raw, id FROM graph_canonical`)
	if err != nil {
		return nil, nil, err
	}
	var raw, id string
	if _, err := pgx.ForEachRow(rows, []any{&raw, &id}, func() error { old[raw] = id; return nil }); err != nil {
		return nil, nil, err
	}
	tallies := map[string]*graphstore.LinkTally{}
	rows, err = tx.Query(ctx, `SELECT id, tally FROM link_tallies`)
	if err != nil {
		return nil, nil, err
	}
	var b []byte
	if _, err := pgx.ForEachRow(rows, []any{&id, &b}, func() error {
		t := &graphstore.LinkTally{}
		tallies[id] = t
		return json.Unmarshal(b, t)
	}); err != nil {
		return nil, nil, err
	}
	return old, graphstore.Link(tallies), nil
}

// writeCanonical stores the links that changed.
func writeCanonical(ctx context.Context, tx pgx.Tx, old, now map[string]string) error {
	var gone []string
	var rows [][]any
	for _, raw := range sortedKeys(old) {
		if _, ok := now[raw]; !ok {
			gone = append(gone, raw)
		}
	}
	for _, raw := range sortedKeys(now) {
		if old[raw] != now[raw] {
			rows = append(rows, []any{raw, now[raw]})
		}
	}
	if len(gone) > 0 {
		if _, err := tx.Exec(ctx, `DELETE FROM graph_canonical WHERE raw = ANY($1)`, gone); err != nil {
			return err
		}
	}
	return upsert(ctx, tx, "graph_canonical", []string{"raw", "id"}, rows, `(raw) DO UPDATE SET id = excluded.id`)
}

// upsert copies rows into a temporary table shaped like table and merges
// them into it with ON CONFLICT conflict.
func upsert(ctx context.Context, tx pgx.Tx, table string, cols []string, rows [][]any, conflict string) error {
	if len(rows) == 0 {
		return nil
	}
	if err := stage(ctx, tx, table, cols, rows); err != nil {
		return err
	}
	list := strings.Join(cols, ", ")
	_, err := tx.Exec(ctx, `INSERT INTO `+table+` AS t (`+list+`) SELECT `+list+` FROM stage_`+table+` ORDER BY 1, 2 ON CONFLICT `+conflict)
	return err
}

// stage copies rows into stage_TABLE, a temporary table shaped like table,
// emptied first.
func stage(ctx context.Context, tx pgx.Tx, table string, cols []string, rows [][]any) error {
	name := "stage_" + table
	if _, err := tx.Exec(ctx, `CREATE TEMP TABLE IF NOT EXISTS `+name+` (LIKE `+table+`) ON COMMIT DELETE ROWS`); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `TRUNCATE `+name); err != nil {
		return err
	}
	_, err := tx.CopyFrom(ctx, pgx.Identifier{name}, cols, pgx.CopyFromRows(rows))
	return err
}
