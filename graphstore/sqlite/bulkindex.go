package sqlite

import (
	"context"
	"database/sql"
	"strings"
)

// countIndexes are the secondary indexes of the tables the batches and the
// running totals write, as the migrations make them (the same text, so
// that sqlite_schema holds the same rows whoever made them).
//
// The first ingest into an empty store drops them with its first batch and
// makes them again when it flushes its totals ([Store.Flush]: at the start
// of the refresh, in Stats, in Close), in the transaction that writes the
// totals: each index is then made by one sort of its keys instead of being
// updated row by row, its keys landing all over its B-tree (the mention
// rows' entities, the articles' dates, the aliases' names), with every page
// it touches written again by each batch's commit. A store left without
// them (an ingest killed between two batches) holds every row, and gets
// them back from the next ingest, which finds them missing with its first
// batch ([Store.deferIndexes]) and makes them as the first ingest would;
// readers meanwhile answer the same, from scans.
var countIndexes = []string{
	"CREATE INDEX articles_utc ON articles (utc)",
	"CREATE INDEX mentions_entity ON mentions (entity)",
	"CREATE INDEX aliases_name ON aliases (name COLLATE NOCASE)",
	"CREATE INDEX relations_subject ON relations (subject)",
	"CREATE INDEX relations_object ON relations (object)",
}

// indexName returns the name of the index a CREATE INDEX statement makes.
func indexName(stmt string) string { return strings.Fields(stmt)[2] } // CREATE INDEX name ON ...

// dropCountIndexes drops countIndexes in tx, the first batch's into an
// empty store.
func dropCountIndexes(ctx context.Context, tx *sql.Tx) error {
	for _, idx := range countIndexes {
		if _, err := tx.ExecContext(ctx, `DROP INDEX IF EXISTS `+indexName(idx)); err != nil {
			return err
		}
	}
	return nil
}

// missingCountIndexes returns those of countIndexes the store lacks.
func missingCountIndexes(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}) ([]string, error) {
	have := map[string]bool{}
	err := eachRow(ctx, q, `SELECT name FROM sqlite_schema WHERE type = 'index'`, func(rows *sql.Rows) error {
		var name string
		err := rows.Scan(&name)
		have[name] = true
		return err
	})
	if err != nil {
		return nil, err
	}
	var missing []string
	for _, idx := range countIndexes {
		if !have[indexName(idx)] {
			missing = append(missing, idx)
		}
	}
	return missing, nil
}

// makeCountIndexes makes in tx those of countIndexes the store lacks.
func makeCountIndexes(ctx context.Context, tx *sql.Tx) error {
	missing, err := missingCountIndexes(ctx, tx)
	if err != nil || len(missing) == 0 {
		return err
	}
	return buildIndexes(ctx, tx, missing)
}

// deferIndexes is the first batch's of a process, in its transaction: into
// an empty store it drops countIndexes (and starts s.own); into one an
// ingest killed between its batches left without them it finds them
// missing. It reports whether the store now lacks them.
func (s *Store) deferIndexes(w *batchWriter) (bool, error) {
	if w.seq > 0 {
		missing, err := missingCountIndexes(w.ctx, w.tx)
		return len(missing) > 0, err
	}
	if err := dropCountIndexes(w.ctx, w.tx.Tx); err != nil {
		return false, err
	}
	s.own = &ownArticles{ids: map[string]bool{}, hashes: map[string]string{}}
	s.emptyAtStart = true
	return true, nil
}
