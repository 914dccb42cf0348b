package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/nergraph/nergraph/graphstore"
)

// cacheState is the row of graph_state: which articles the cache holds, and
// the number of its nodes and the sum of their rank checksums.
type cacheState struct {
	ok       bool // false when there is no cache
	articles int64
	maxSeq   int64
	nodes    setSum
	nextNum  int64 // the number of the next new node
	// rules is the version of the rules the cache was computed with
	// (graphstore.CacheRules); 0 when unknown: a store older than
	// versionRules, or a cache an older nergraph wrote.
	rules int64
}

func (c *cacheState) sum() int64 {
	if c.rules == 0 {
		// As version 8 summed the row, which migrates with rules 0.
		return rowSum(c.articles, c.maxSeq, c.nodes.rows, c.nodes.sum, c.nextNum)
	}
	return rowSum(c.articles, c.maxSeq, c.nodes.rows, c.nodes.sum, c.nextNum, c.rules)
}

// current reports whether the cache was computed with this nergraph's
// rules. One computed with others is not read: readers load the graph from
// the rows, and a refresh computes the cache from nothing.
func (c *cacheState) current() bool { return c.rules == graphstore.CacheRules }

// readState reads graph_state, checked against its checksum. A store of an
// older schema has no cache this package reads.
func (s *Store) readState(ctx context.Context, q rowQuerier) (cacheState, error) {
	var c cacheState
	if s.version < versionArticleLinks {
		return c, nil
	}
	var sum, n int64
	rules := "0"
	if s.version >= versionRules {
		rules = "rules"
	}
	err := q.QueryRowContext(ctx, `SELECT articles, max_seq, nodes, node_sum, next_num, sum, (SELECT count(*) FROM graph_state), `+rules+`
		FROM graph_state`).Scan(&c.articles, &c.maxSeq, &c.nodes.rows, &c.nodes.sum, &c.nextNum, &sum, &n, &c.rules)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return c, nil
	case err != nil:
		return c, err
	case n != 1:
		return c, s.damaged("graph_state has %d rows", n)
	case c.sum() != sum:
		return c, s.damaged("the graph_state row does not match its checksum")
	}
	c.ok = true
	return c, nil
}

// CacheRulesOf returns the version of the rules the store's cache was
// computed with (0: unknown), and false when it has no cache.
func (s *Store) CacheRulesOf(ctx context.Context) (int, bool, error) {
	tx, err := s.begin(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return 0, false, s.failed(ctx, "check cache", err)
	}
	defer tx.Rollback()
	c, err := s.readState(ctx, tx)
	if err != nil {
		return 0, false, s.failed(ctx, "check cache", err)
	}
	return int(c.rules), c.ok, nil
}

// generation identifies the articles of a store: it only ever appends them.
func generation(ctx context.Context, q rowQuerier) (n, maxSeq int64, err error) {
	err = q.QueryRowContext(ctx, `SELECT count(*), coalesce(max(seq), 0) FROM articles`).Scan(&n, &maxSeq)
	return n, maxSeq, err
}

// isFresh reports whether the cache holds all the articles of the store,
// computed with this nergraph's rules, and fails when it holds articles
// the store lacks.
func (s *Store) isFresh(ctx context.Context, q rowQuerier) (bool, cacheState, error) {
	c, err := s.readState(ctx, q)
	if err != nil || !c.ok {
		return false, c, err
	}
	n, maxSeq, err := generation(ctx, q)
	if err != nil {
		return false, c, err
	}
	if c.maxSeq > maxSeq || c.articles > n || n-c.articles > maxSeq-c.maxSeq {
		return false, c, s.damaged("the cache holds %d articles up to number %d; the store has %d up to %d",
			c.articles, c.maxSeq, n, maxSeq)
	}
	return c.articles == n && c.maxSeq == maxSeq && c.current(), c, nil
}

// Fresh reports whether the store's cache of its graph holds all its
// articles.
func (s *Store) Fresh(ctx context.Context) (bool, error) {
	tx, err := s.begin(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return false, s.failed(ctx, "check cache", err)
	}
	defer tx.Rollback()
	fresh, _, err := s.isFresh(ctx, tx)
	if err != nil {
		return false, s.failed(ctx, "check cache", err)
	}
	return fresh, nil
}

// refreshAttempts is how many times Refresh plans an update anew when
// another process refreshed the cache while it planned.
const refreshAttempts = 3

// Refresh brings the store's cache of its graph up to date with the
// articles added since it was computed, and reports whether it did.
//
// The update is planned in a read transaction, so that ingests go on
// meanwhile, and written in one write transaction, so that a crash or a
// cancellation leaves the old cache, which [Store.Querier] then sees is
// stale. Its work is in proportion to what the new articles change (see
// planRefresh), except the first time, when the cache is computed from every
// article. A refresh that finds the cache changed by another process when it
// comes to write plans again, up to three times, then leaves the cache to the
// next refresh. The refresh that ends the first ingest into an empty store
// computes the cache from the articles the ingest holds, under the write
// lock (see refreshFresh).
func (s *Store) Refresh(ctx context.Context) (bool, error) {
	defer func() { s.readBack = nil }() // the refresh was what it was kept for
	if s.readOnly {
		fresh, err := s.Fresh(ctx)
		if err != nil || fresh {
			return false, err
		}
		return false, fmt.Errorf("refresh cache of %s: %w", s.path, graphstore.ErrReadOnly)
	}
	// The running totals first: they are not the cache's, but a refresh
	// ends an ingest, and their memory is free before it plans.
	if err := s.Flush(ctx); err != nil {
		return false, err
	}
	if done, ok, err := s.refreshFresh(ctx); ok { // the first ingest into an empty store (fresh.go)
		return done, err
	}
	for range refreshAttempts {
		plan, err := s.planRefresh(ctx)
		if err != nil || plan == nil {
			return false, err
		}
		done, err := s.applyRefresh(ctx, plan)
		if err != nil || done {
			return done, err
		}
	}
	return false, nil
}

// planRefresh reads what a refresh needs in one read transaction and
// returns the update; nil when the cache is fresh.
func (s *Store) planRefresh(ctx context.Context) (*update, error) {
	tx, err := s.begin(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, s.failed(ctx, "refresh cache", err)
	}
	defer tx.Rollback()
	fresh, base, err := s.isFresh(ctx, tx)
	if err != nil {
		return nil, s.failed(ctx, "refresh cache", err)
	}
	if fresh {
		return nil, nil
	}
	u, err := s.plan(ctx, tx, base, 0)
	if err != nil {
		return nil, s.failed(ctx, "refresh cache", err)
	}
	return u, nil
}

// applyRefresh writes a planned update in one transaction, unless the cache
// changed since it was planned.
func (s *Store) applyRefresh(ctx context.Context, u *update) (bool, error) {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return false, s.failed(ctx, "refresh cache", err)
	}
	defer tx.end()
	now, err := s.readState(ctx, tx)
	if err != nil {
		return false, s.failed(ctx, "refresh cache", err)
	}
	if now != u.base {
		return false, nil
	}
	if err := u.write(ctx, tx); err != nil {
		return false, s.failed(ctx, "refresh cache", err)
	}
	if err := tx.Commit(); err != nil {
		return false, s.failed(ctx, "refresh cache: commit", err)
	}
	return true, nil
}

// cacheIndexes are the indexes of the cache tables. A refresh that computes
// the cache from nothing drops them while it writes and makes them again
// after, which is faster than updating them row by row.
var cacheIndexes = []string{
	"CREATE INDEX graph_edges_target ON graph_edges (target, weight, sentences, articles_sum, sum)",
	"CREATE INDEX graph_canonical_id ON graph_canonical (id)",
	"CREATE INDEX graph_article_links_raw ON graph_article_links (raw)",
	"CREATE INDEX graph_article_links_id ON graph_article_links (id)",
}

// emptyCache empties the cache tables and drops their indexes, before a
// refresh that computes the cache from nothing.
func emptyCache(ctx context.Context, tx *sql.Tx) error {
	for _, idx := range cacheIndexes {
		name := strings.Fields(idx)[2] // CREATE INDEX name ON ...
		if _, err := tx.ExecContext(ctx, `DROP INDEX IF EXISTS `+name); err != nil {
			return err
		}
	}
	for _, t := range cacheTables {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t); err != nil {
			return err
		}
	}
	return nil
}

// indexCacheSize is the page cache (in SQLite's form: negative, KiB) while
// makeIndexes sorts, above the connection's cacheSize: SQLite's sorter keeps
// as many bytes in memory as the page cache may hold, and writes sorted runs
// beyond them, to merge them after (in memory too, with temp_store 2).
// Reuters+BBC's 400,000 edges sort as about 20 MB: in one run at 64 MB.
const indexCacheSize = -65536

// makeIndexes makes the indexes of the cache tables again.
func makeIndexes(ctx context.Context, tx *sql.Tx) error { return buildIndexes(ctx, tx, cacheIndexes) }

// buildIndexes runs the CREATE INDEX statements idxs in tx, with the page
// cache of indexCacheSize for their sorts.
func buildIndexes(ctx context.Context, tx *sql.Tx, idxs []string) (err error) {
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA cache_size = %d`, indexCacheSize)); err != nil {
		return err
	}
	defer func() {
		if _, rerr := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA cache_size = %d`, cacheSize)); rerr != nil && err == nil {
			err = rerr
		}
	}()
	for _, idx := range idxs {
		if _, err := tx.ExecContext(ctx, idx); err != nil {
			return err
		}
	}
	return nil
}

// insertRows inserts n rows into table, many a statement: with this
// driver the cost of a statement, not of a row, dominates. verb is "INSERT"
// or "INSERT OR ...". row returns the values of row i.
func insertRows(ctx context.Context, tx *writeTx, verb, table string, n int, row func(i int) []any) error {
	if n == 0 {
		return nil
	}
	w := newRowWriter(ctx, tx, verb, table, len(row(0)), "")
	defer w.close()
	for i := range n {
		if err := w.add(row(i)...); err != nil {
			return err
		}
	}
	return w.flush()
}
