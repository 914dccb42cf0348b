package sqlite

import (
	"cmp"
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

// newPageSize is the page size of a new store's file: SQLite's default.
// Larger pages cut the system calls of writing the log (two a page), but
// every row an upsert changes copies its whole page into the statement
// journal, and with 16 KB pages an ingest of Reuters+BBC copied 2.8 GB so,
// and was no cheaper.
const newPageSize = 4096

// cacheSize is the page cache of a writable store's connection, in SQLite's
// form (negative: KiB), 16 MB; see dsn.
const cacheSize = -16384

// checkpointBytes is how much the write-ahead log grows before its pages
// are copied into the file.
const checkpointBytes = 64 << 20

// utcLayout is fixed-width, so that the text order of articles.utc is the
// time order.
const utcLayout = "2006-01-02T15:04:05.000000000Z"

// Store is a [graphstore.Store] kept in an SQLite file. Each batch commits in
// one transaction, so a crash leaves exactly the batches that committed. The
// file is in WAL mode: readers in other processes run while a writer writes,
// and a second writer waits for the first (up to 30 seconds per batch).
// A Store is safe for use from one goroutine at a time.
type Store struct {
	db       *sql.DB
	path     string
	now      func() time.Time
	readOnly bool
	pageSize int // of the file, or of the file about to be made
	version  int // the file's schema version: below SchemaVersion only when read-only
	// readBack holds the articles the last quick check read, for the
	// refresh that follows it in an ingest; nil when there are none.
	readBack *readBack
	// totals are the running totals of the articles this process added
	// and has not written yet (see totals.go); nil when there are none.
	totals *totalsAcc
	// indexesDropped says that the store lacks countIndexes, which this
	// process's batches dropped or found dropped, for [Store.Flush] to
	// make them again; indexesSeen that a batch has looked.
	indexesDropped, indexesSeen bool
	// own are the articles this process added to the store it found
	// empty, while they are all the store holds; nil otherwise.
	own *ownArticles
	// emptyAtStart says that this process's first batch found the store
	// empty (see refreshFresh).
	emptyAtStart bool
	// counted is what the running totals this process wrote counted,
	// summed over its flushes: the room refreshFresh makes for the
	// corpus's edges at once (see allEdgesSize).
	counted allEdgesSize
}

var _ graphstore.Store = (*Store)(nil)
var _ graphstore.Checker = (*Store)(nil)

// Open opens the store in the file at path.
//
// With opts.Create it opens the store for writing, as ingest does: it
// creates the file when absent, makes an empty file a store, and migrates an
// older schema to [SchemaVersion]. Without it the store is opened for
// reading only: the file must exist ([graphstore.ErrNotExist]) and hold a
// store ([graphstore.ErrNotStore], also for an empty file), and nothing is
// written to it or beside it, so that a store on read-only media can be read.
// A store of an older schema opened so is read as it is, without the query
// cache, which only an ingest migrates. opts.ReadOnly says read-only
// explicitly; it does not go with Create.
//
// Open fails with [graphstore.ErrNewerSchema] for a store from a newer
// nergraph, with [graphstore.ErrNotStore] for other files, and with an error
// wrapping [graphstore.ErrDamaged] for a file whose header or size shows
// damage (a file cut short, say).
func Open(ctx context.Context, path string, opts graphstore.OpenOptions) (*Store, error) {
	if err := checkFile(path, opts.Create); err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if opts.ReadOnly && opts.Create {
		return nil, fmt.Errorf("open store %s: read-only and create at once", path)
	}
	s := &Store{path: path, now: time.Now, readOnly: opts.ReadOnly || !opts.Create}
	s.pageSize = cmp.Or(filePageSize(path), newPageSize)
	var err error
	if s.readOnly {
		err = s.openReadOnly(ctx)
	} else {
		err = s.openWritable(ctx)
	}
	if err != nil {
		if s.db != nil {
			s.db.Close()
		}
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

// dsn returns the data source name of the store's file with pragmas.
func (s *Store) dsn(mode string, extra ...string) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	if s.readOnly {
		q.Add("_pragma", "query_only(1)")
	} else {
		// BEGIN IMMEDIATE takes the write lock up front, so two ingests
		// queue instead of deadlocking on a read lock each wants to
		// upgrade. Read-only transactions still begin deferred.
		q.Set("_txlock", "immediate")
		// A batch upserts rows all over the tables' B-trees (edges are
		// keyed by two ids); with SQLite's default cache of 2 MB their
		// pages were read again and again and spilled to the log
		// before the commit (pagerStress: 0.55 s of an ingest of
		// Reuters+BBC; 0.16 s with 16 MB). 64 MB cut it further but
		// cost about 100 MB of peak RSS.
		q.Add("_pragma", fmt.Sprintf("cache_size(%d)", cacheSize))
		// A new store gets pages of newPageSize bytes (an existing
		// file keeps its own: SQLite cannot change the page size of a
		// file in WAL mode, and ignores the pragma then).
		q.Add("_pragma", fmt.Sprintf("page_size(%d)", newPageSize))
		// Each commit of a batch rewrites pages all over the edges
		// table; checkpointing the log every 4 MB (SQLite's default)
		// copied the same pages into the file batch after batch. At
		// 64 MB a page is copied once for several batches. The pragma
		// counts pages, of the size the file has or will have.
		q.Add("_pragma", fmt.Sprintf("wal_autocheckpoint(%d)", checkpointBytes/s.pageSize))
		// A statement that writes many rows and may fail halfway (an
		// upsert) keeps the pages it changes in a statement journal, to
		// undo itself alone; in a temporary file that took 341,000
		// system calls in an ingest of Reuters+BBC. In memory it holds
		// the pages of one statement at a time. Sorts for making an
		// index run in memory too.
		q.Add("_pragma", "temp_store(2)")
	}
	if mode != "" {
		q.Set("mode", mode)
	}
	for i := 0; i+1 < len(extra); i += 2 {
		q.Set(extra[i], extra[i+1])
	}
	return "file:" + (&url.URL{Path: s.path}).EscapedPath() + "?" + q.Encode()
}

func (s *Store) connect(dsn string) error {
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return err
	}
	// One connection: the pragmas hold per connection, and a store is used
	// from one goroutine.
	db.SetMaxOpenConns(1)
	s.db = db
	return nil
}

func (s *Store) openWritable(ctx context.Context) error {
	if err := s.connect(s.dsn("")); err != nil {
		return err
	}
	if err := s.migrate(ctx); err != nil {
		if isCantOpen(err) || strings.Contains(err.Error(), "readonly") {
			// SQLite writes the file and, in WAL mode, files beside it.
			return fmt.Errorf("cannot write the store: its file or folder is read-only (read-only media, an immutable file or permissions): %w", err)
		}
		return s.explain(err)
	}
	if err := s.useWAL(ctx); err != nil {
		return s.explain(err)
	}
	// SQLite opens a file it may not write for reading, without a word.
	if ro, err := s.isReadOnly(ctx); err != nil || ro {
		return cmp.Or(err, errors.New("cannot write the store: its file or folder is read-only (read-only media, an immutable file or permissions)"))
	}
	s.version = SchemaVersion
	return s.explain(s.checkTables(ctx))
}

// isReadOnly reports whether SQLite opened the file for reading only.
func (s *Store) isReadOnly(ctx context.Context) (bool, error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return false, err
	}
	defer conn.Close()
	var ro bool
	err = conn.Raw(func(c any) error {
		rc, ok := c.(interface{ IsReadOnly(string) (bool, error) })
		if !ok {
			return nil // a driver that cannot tell: writes will fail if they must
		}
		var err error
		ro, err = rc.IsReadOnly("main")
		return err
	})
	return ro, err
}

// openReadOnly opens the file for reading only. SQLite reads a file in WAL
// mode through a shared-memory file beside it, which it cannot make on
// read-only media; when it cannot, and no write-ahead log holds commits the
// file lacks, the file alone is the whole store and is opened as immutable.
func (s *Store) openReadOnly(ctx context.Context) error {
	if err := s.connect(s.dsn("ro")); err != nil {
		return err
	}
	v, err := version(ctx, s.db)
	if err != nil && isCantOpen(err) && !hasWAL(s.path) {
		s.db.Close()
		if err := s.connect(s.dsn("ro", "immutable", "1")); err != nil {
			return err
		}
		v, err = version(ctx, s.db)
	}
	if err != nil {
		return s.explain(err)
	}
	switch {
	case v == 0:
		return fmt.Errorf("%w: an SQLite file without a store's tables", graphstore.ErrNotStore)
	case v > SchemaVersion:
		return fmt.Errorf("%w: schema version %d, this nergraph knows up to %d; upgrade nergraph", graphstore.ErrNewerSchema, v, SchemaVersion)
	}
	if v == versionRelations {
		if dev, err := isDev3(ctx, s.db); err != nil || dev {
			return cmp.Or(err, errors.New("schema version 3 of a development build of nergraph (checksums, no relations): an ingest into it migrates it, after which it reads"))
		}
	}
	s.version = v
	return s.explain(s.checkTables(ctx))
}

// isCantOpen reports SQLite's "unable to open database file", and its
// "attempt to write a readonly database" for a file whose folder it may not
// write (SQLITE_READONLY_DIRECTORY): how it fails to make the files beside
// a file in WAL mode.
func isCantOpen(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "unable to open database file") || strings.Contains(msg, "readonly database")
}

// hasWAL reports whether a write-ahead log with frames lies beside the file.
func hasWAL(path string) bool {
	fi, err := os.Stat(path + "-wal")
	return err == nil && fi.Size() > 0
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
// that say what to do; damage SQLite finds is reported as
// [graphstore.ErrDamaged].
func (s *Store) explain(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	switch {
	case errors.Is(err, graphstore.ErrDamaged) || errors.Is(err, graphstore.ErrNotStore) || errors.Is(err, graphstore.ErrNewerSchema):
		return err
	case strings.Contains(msg, "SQLITE_BUSY") || strings.Contains(msg, "database is locked"):
		return fmt.Errorf("another process held the store locked for over %v (a concurrent ingest?): %w", busyTimeout, err)
	case strings.Contains(msg, "file is not a database"):
		return fmt.Errorf("%w (or its first page is damaged): %w", graphstore.ErrNotStore, err)
	case strings.Contains(msg, "malformed") || strings.Contains(msg, "(11)") || strings.Contains(msg, "disk I/O error"):
		return s.damaged("SQLite: %v", err)
	case strings.Contains(msg, "sql: Scan error"):
		// The schema gives every column of ours one kind of value.
		return s.damaged("a row holds a value of the wrong kind: %v", err)
	case strings.Contains(msg, "readonly database") || strings.Contains(msg, "read-only"):
		return fmt.Errorf("%w: %w", graphstore.ErrReadOnly, err)
	}
	return err
}

// damaged returns an error wrapping [graphstore.ErrDamaged] that names the
// store and the damage, and says where to learn more.
func (s *Store) damaged(format string, args ...any) error {
	return &damageError{store: s.path, what: fmt.Sprintf(format, args...)}
}

// damageError says what is damaged in a store.
type damageError struct{ store, what string }

func (e *damageError) Error() string {
	return fmt.Sprintf("%v: %s: %s (nergraph check --db %s lists the damage)", graphstore.ErrDamaged, e.store, e.what, e.store)
}

func (e *damageError) Unwrap() error { return graphstore.ErrDamaged }

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

// DefaultBatch is the number of articles per transaction that ingest uses
// when not told: every commit writes to the log the pages its batch changed
// (the running totals, which landed on pages all over their tables, are
// written once an ingest since schema 8; the indexes of the articles and
// mention rows still do), so a batch of 2,000 writes many pages once where
// four batches of 500 wrote them four times. It costs the memory of the
// articles a batch holds (see docs/store.md).
func (s *Store) DefaultBatch() int { return 2000 }

// Close writes the running totals of the articles this process added
// (see [Store.Flush]) and closes the store.
func (s *Store) Close() error {
	s.readBack = nil
	err := s.Flush(context.Background())
	s.totals = nil
	return errors.Join(err, s.db.Close())
}

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
		if msg := err.Error(); strings.Contains(msg, "no such column") || strings.Contains(msg, "no such table") {
			// The table is named in the schema, but its definition
			// lacks what every store's has: the schema page is damaged.
			return 0, fmt.Errorf("%w: the definition of table schema_version is damaged: %v", graphstore.ErrDamaged, err)
		}
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}

type rowQuerier interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
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
	if err := migrateStep(ctx, tx, v); err != nil {
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

// migrateStep runs the migration from version v to v+1 in tx: its SQL and
// its data step, or, for the development build's version 3, the step that
// makes it version 4.
func migrateStep(ctx context.Context, tx *sql.Tx, v int) error {
	if v == versionRelations {
		dev, err := isDev3(ctx, tx)
		if err != nil {
			return err
		}
		if dev {
			return migrateDev3(ctx, tx)
		}
	}
	if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
		return err
	}
	if data := migrateData[v]; data != nil {
		return data(ctx, tx)
	}
	return nil
}
