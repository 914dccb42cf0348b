package postgres

import (
	"context"
	"fmt"
	"maps"
	"slices"
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

// isFresh reports whether the cache holds every batch, computed with this
// nergraph's rules (an empty cache has none).
func isFresh(ctx context.Context, tx pgx.Tx) (bool, error) {
	var fresh bool
	err := tx.QueryRow(ctx, `SELECT g.batch_num = c.last AND (g.rules = $1 OR g.batch_num = 0) FROM graph_state g, batch_counter c`,
		graphstore.CacheRules).Scan(&fresh)
	return fresh, err
}

// cacheRules returns the version of the rules the cache was computed with
// (0: unknown), and false when the cache is empty.
func cacheRules(ctx context.Context, tx pgx.Tx) (int, bool, error) {
	var rules int
	var has bool
	err := tx.QueryRow(ctx, `SELECT rules, batch_num > 0 FROM graph_state`).Scan(&rules, &has)
	return rules, has, err
}

// CacheRulesOf returns the version of the rules the store's cache was
// computed with (0: unknown), and false when it has no cache.
func (s *Store) CacheRulesOf(ctx context.Context) (int, bool, error) {
	var rules int
	var has bool
	err := s.readTx(ctx, func(tx pgx.Tx) error {
		var err error
		rules, has, err = cacheRules(ctx, tx)
		return err
	})
	if err != nil {
		return 0, false, failed(ctx, "check cache", err)
	}
	return rules, has, nil
}

// emptyCache empties the cache tables, before a refresh that computes the
// cache from every article.
func emptyCache(ctx context.Context, tx pgx.Tx) error {
	_, err := tx.Exec(ctx, `DELETE FROM graph_nodes; DELETE FROM graph_names; DELETE FROM graph_edges;
		DELETE FROM graph_canonical; DELETE FROM graph_article_links; DELETE FROM graph_unsure;
		UPDATE graph_state SET batch_num = 0, articles = 0`)
	return err
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
//  1. Corpus linking runs anew over the entities of every article the cache
//     will hold (the mention rows; no text): it is corpus-wide and decides
//     each short name in its own article's context, which every new article
//     can change (see [graphstore.LinkCorpus]).
//  2. The nodes whose raw ids changed node in some article (the old and the
//     new node of each, against graph_canonical and graph_article_links)
//     are computed anew, with their edges.
//  3. Every other node and edge the new articles touch is updated by adding
//     their counts to its tally; nothing else is written.
//
// NPMI is not stored: it depends on the number of articles, which every
// batch changes, so queries compute it.
func refresh(ctx context.Context, tx pgx.Tx) (bool, error) {
	var cachedNum, lastNum int64
	var total, rules int
	if err := tx.QueryRow(ctx, `SELECT g.batch_num, c.last, g.articles, g.rules FROM graph_state g, batch_counter c`).Scan(&cachedNum, &lastNum, &total, &rules); err != nil {
		return false, err
	}
	if cachedNum > 0 && rules != graphstore.CacheRules {
		// Computed by other rules, the cache is not added to: it is
		// computed from every article, in this transaction, which
		// records the rules with it (never a mix of two).
		if err := emptyCache(ctx, tx); err != nil {
			return false, fmt.Errorf("empty cache: %w", err)
		}
		cachedNum, total = 0, 0
	}
	if cachedNum == lastNum {
		return false, nil
	}
	var old []storedArticle
	if cachedNum > 0 {
		var err error
		if old, err = loadArticles(ctx, tx, `b.num <= $1`, cachedNum); err != nil {
			return false, fmt.Errorf("read articles: %w", err)
		}
	}
	added, err := loadArticles(ctx, tx, `b.num > $1 AND b.num <= $2`, cachedNum, lastNum)
	if err != nil {
		return false, fmt.Errorf("read new articles: %w", err)
	}
	oldRemap, oldIn, err := readLinks(ctx, tx)
	if err != nil {
		return false, fmt.Errorf("read links: %w", err)
	}
	all := slices.Concat(old, added)
	counts := make([]graphstore.ArticleCounts, len(all))
	for i, a := range all {
		counts[i] = a.ArticleCounts
	}
	l := graphstore.LinkCorpus(counts)
	in := map[int64]map[string]string{}
	for i, a := range all {
		if m := l.InArticle(i); m != nil {
			in[a.seq] = m
		}
	}
	u := newUpdate(l.Remap(), in)
	u.first = cachedNum == 0
	moved := u.moved(old, oldRemap, oldIn)
	if err := u.unsureToSure(ctx, tx, added, moved); err != nil {
		return false, err
	}
	u.recompute(all, moved)
	if err := u.addArticles(ctx, tx, added); err != nil {
		return false, err
	}
	if err := u.write(ctx, tx); err != nil {
		return false, err
	}
	if err := writeCanonical(ctx, tx, oldRemap, u.remap); err != nil {
		return false, fmt.Errorf("canonical ids: %w", err)
	}
	if err := writeArticleLinks(ctx, tx, oldIn, u.in); err != nil {
		return false, fmt.Errorf("article links: %w", err)
	}
	_, err = tx.Exec(ctx, `UPDATE graph_state SET batch_num = $1, articles = $2, rules = $3`, lastNum, total+len(added), graphstore.CacheRules)
	return err == nil, err
}

// readLinks returns the links the cache holds: in every article, and in
// articles' own contexts.
func readLinks(ctx context.Context, tx pgx.Tx) (remap map[string]string, in map[int64]map[string]string, err error) {
	remap, in = map[string]string{}, map[int64]map[string]string{}
	rows, err := tx.Query(ctx, `SELECT raw, id FROM graph_canonical`)
	if err != nil {
		return nil, nil, err
	}
	var raw, id string
	if _, err := pgx.ForEachRow(rows, []any{&raw, &id}, func() error { remap[raw] = id; return nil }); err != nil {
		return nil, nil, err
	}
	rows, err = tx.Query(ctx, `SELECT article, raw, id FROM graph_article_links`)
	if err != nil {
		return nil, nil, err
	}
	var seq int64
	if _, err := pgx.ForEachRow(rows, []any{&seq, &raw, &id}, func() error {
		if in[seq] == nil {
			in[seq] = map[string]string{}
		}
		in[seq][raw] = id
		return nil
	}); err != nil {
		return nil, nil, err
	}
	return remap, in, nil
}

// writeCanonical stores the links in every article that changed.
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

// writeArticleLinks stores the links in articles' own contexts that
// changed.
func writeArticleLinks(ctx context.Context, tx pgx.Tx, old, now map[int64]map[string]string) error {
	var goneSeqs []int64
	var goneRaws []string
	var rows [][]any
	for _, seq := range slices.Sorted(maps.Keys(old)) {
		for _, raw := range sortedKeys(old[seq]) {
			if _, ok := now[seq][raw]; !ok {
				goneSeqs, goneRaws = append(goneSeqs, seq), append(goneRaws, raw)
			}
		}
	}
	for _, seq := range slices.Sorted(maps.Keys(now)) {
		for _, raw := range sortedKeys(now[seq]) {
			if id := now[seq][raw]; old[seq][raw] != id {
				rows = append(rows, []any{seq, raw, id})
			}
		}
	}
	if len(goneSeqs) > 0 {
		if _, err := tx.Exec(ctx, `DELETE FROM graph_article_links l USING unnest($1::bigint[], $2::text[]) AS g(article, raw)
			WHERE l.article = g.article AND l.raw = g.raw`, goneSeqs, goneRaws); err != nil {
			return err
		}
	}
	return upsert(ctx, tx, "graph_article_links", []string{"article", "raw", "id"}, rows, `(article, raw) DO UPDATE SET id = excluded.id`)
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
