package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/nergraph/nergraph/graphstore"

	_ "modernc.org/sqlite" // pure-Go SQLite driver, so go install needs no C compiler
)

func init() {
	graphstore.Register("", openTarget)       // plain paths
	graphstore.Register("sqlite", openTarget) // sqlite:PATH
}

// openTarget is the [graphstore.OpenFunc] of this backend.
func openTarget(ctx context.Context, target string, opts graphstore.OpenOptions) (graphstore.Store, error) {
	s, err := Open(ctx, pathOf(target), opts)
	if err != nil {
		return nil, err // not a typed nil in the interface
	}
	return s, nil
}

// pathOf returns the file a --db target names: the target itself, or what
// follows "sqlite:" (and "//", as in sqlite:///var/graph.db).
func pathOf(target string) string {
	if len(target) > len("sqlite:") && strings.EqualFold(target[:len("sqlite:")], "sqlite:") {
		rest := target[len("sqlite:"):]
		if r, ok := strings.CutPrefix(rest, "//"); ok && r != "" {
			return r
		}
		return rest
	}
	return target
}

// busyTimeout is how long a writer waits for another writer's transaction to
// end before giving up with "database is locked".
const busyTimeout = 30 * time.Second

// utcLayout is fixed-width, so that the text order of articles.utc is the
// time order.
const utcLayout = "2006-01-02T15:04:05.000000000Z"

// Store is a [graphstore.Store] kept in an SQLite file. Each batch commits in
// one transaction, so a crash leaves exactly the batches that committed. The
// file is in WAL mode: readers in other processes run while a writer writes,
// and a second writer waits for the first (up to 30 seconds per batch).
// A Store is safe for use from one goroutine at a time.
type Store struct {
	db   *sql.DB
	path string
	now  func() time.Time
}

var _ graphstore.Store = (*Store)(nil)

// Open opens the store in the file at path, migrating an older schema to
// [SchemaVersion]. With opts.Create it creates the file when absent;
// otherwise it fails with [graphstore.ErrNotExist]. It fails with
// [graphstore.ErrNewerSchema] for a store from a newer nergraph and with
// [graphstore.ErrNotStore] for other files. With opts.ReadOnly the file is
// opened read-only: every write fails, and an older schema is an error
// rather than migrated.
func Open(ctx context.Context, path string, opts graphstore.OpenOptions) (*Store, error) {
	if !opts.Create {
		if _, err := os.Stat(path); err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return nil, fmt.Errorf("open store %s: %w", path, graphstore.ErrNotExist)
			}
			return nil, fmt.Errorf("open store: %w", err)
		}
	}
	if opts.ReadOnly && opts.Create {
		return nil, fmt.Errorf("open store %s: read-only and create at once", path)
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	switch {
	case opts.ReadOnly:
		// SQLite refuses every write on the connection. (An immediate
		// transaction would be one: it takes the write lock.)
		q.Set("mode", "ro")
	case !opts.Create:
		q.Set("mode", "rw")
	}
	if !opts.ReadOnly {
		// BEGIN IMMEDIATE takes the write lock up front, so two ingests
		// queue instead of deadlocking on a read lock each wants to upgrade.
		q.Set("_txlock", "immediate")
	}
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	// One connection: the pragmas hold per connection, and a store is used
	// from one goroutine.
	db.SetMaxOpenConns(1)
	s := &Store{db: db, path: path, now: time.Now}
	if opts.ReadOnly {
		if err := s.checkVersion(ctx); err != nil {
			db.Close()
			return nil, fmt.Errorf("open store %s: %w", path, explain(err))
		}
		return s, nil
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, explain(err))
	}
	if err := s.useWAL(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, explain(err))
	}
	return s, nil
}

// useWAL puts the file in WAL mode, which lets readers run while a writer
// writes. It is set only once the file is known to be a store: the mode
// persists in the file, and an SQLite file that is not ours must be left as
// it was.
func (s *Store) useWAL(ctx context.Context) error {
	_, err := s.db.ExecContext(ctx, `PRAGMA journal_mode = WAL`)
	if err == nil {
		return nil
	}
	// Switching needs a moment alone with the file; when another process got
	// there first, the file is in WAL mode already.
	var mode string
	if s.db.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode) == nil && mode == "wal" {
		return nil
	}
	return err
}

// explain turns SQLite's terse messages for the usual failures into ones
// that say what to do.
func explain(err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "SQLITE_BUSY") || strings.Contains(msg, "database is locked"):
		return fmt.Errorf("another process held the store locked for over %v (a concurrent ingest?): %w", busyTimeout, err)
	case strings.Contains(msg, "file is not a database"):
		return fmt.Errorf("%w: %w", graphstore.ErrNotStore, err)
	}
	return err
}

// begin starts a transaction that the cancellation of ctx does not end by
// itself. database/sql would otherwise roll it back from a goroutine of its
// own and throw the connection away while a statement may still hold it;
// SQLite cannot close such a connection, and its -wal file then outlives
// the process. The statements of the transaction run with ctx, so that a
// cancellation interrupts the one running, and the caller's deferred
// Rollback ends the transaction on a sound connection. (Waiting for another
// writer's lock, up to busyTimeout, is then not cut short.)
func (s *Store) begin(ctx context.Context, opts *sql.TxOptions) (*sql.Tx, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return s.db.BeginTx(context.WithoutCancel(ctx), opts)
}

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }

// version returns the schema version, 0 for an empty file.
func version(ctx context.Context, q rowQuerier) (int, error) {
	var tables, ours int
	err := q.QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE name = 'schema_version')
		FROM sqlite_schema WHERE type = 'table'`).Scan(&tables, &ours)
	if err != nil {
		return 0, err
	}
	if ours == 0 {
		if tables > 0 {
			return 0, graphstore.ErrNotStore
		}
		return 0, nil
	}
	var v int
	if err := q.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}

type rowQuerier interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}

// checkVersion fails, for a store opened read-only, unless its schema is
// this backend's: an older one needs a migration, which writes.
func (s *Store) checkVersion(ctx context.Context) error {
	v, err := version(ctx, s.db)
	switch {
	case err != nil:
		return err
	case v == 0:
		return graphstore.ErrNotStore // an empty file
	case v > SchemaVersion:
		return fmt.Errorf("%w: schema version %d, this nergraph knows up to %d; upgrade nergraph", graphstore.ErrNewerSchema, v, SchemaVersion)
	case v < SchemaVersion:
		return fmt.Errorf("schema version %d is older than %d and a read-only open cannot migrate it; open it once for writing (nergraph export does)", v, SchemaVersion)
	}
	return nil
}

func (s *Store) migrate(ctx context.Context) error {
	v, err := version(ctx, s.db)
	if err != nil {
		return err
	}
	if v > SchemaVersion {
		return fmt.Errorf("%w: schema version %d, this nergraph knows up to %d; upgrade nergraph", graphstore.ErrNewerSchema, v, SchemaVersion)
	}
	for v < SchemaVersion {
		if v, err = s.migrateOnce(ctx); err != nil {
			return err
		}
	}
	return nil
}

// migrateOnce takes the store one schema version up, in one transaction,
// and returns the version it is at.
func (s *Store) migrateOnce(ctx context.Context) (int, error) {
	tx, err := s.begin(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback() // no-op after Commit
	// Another process may have migrated while we waited for the lock.
	v, err := version(ctx, tx)
	if err != nil || v >= SchemaVersion {
		return v, err
	}
	if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
		return v, fmt.Errorf("migrate schema %d to %d: %w", v, v+1, err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = ?`, v+1); err != nil {
		return v, fmt.Errorf("migrate schema %d to %d: %w", v, v+1, err)
	}
	if err := tx.Commit(); err != nil {
		return v, fmt.Errorf("migrate schema %d to %d: %w", v, v+1, err)
	}
	return v + 1, nil
}

// wrapf adds context to an error; nil stays nil.
func wrapf(err error, format string, args ...any) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf(format+": %w", append(args, err)...)
}
