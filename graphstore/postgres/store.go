package postgres

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/nergraph/nergraph/graphstore"
)

func init() {
	graphstore.Register("postgres", openTarget)
	graphstore.Register("postgresql", openTarget)
}

// openTarget is the [graphstore.OpenFunc] of this backend.
func openTarget(ctx context.Context, target string, opts graphstore.OpenOptions) (graphstore.Store, error) {
	s, err := Open(ctx, target, opts)
	if err != nil {
		return nil, err // not a typed nil in the interface
	}
	return s, nil
}

// DefaultSchema is the PostgreSQL schema (namespace) that holds a store
// when the URL names none with ?schema=.
const DefaultSchema = "nergraph"

// Store is a [graphstore.Store] kept in a PostgreSQL database, in the tables
// of one schema. Any number of processes, on any number of machines, may add
// batches to one store at once: each batch is one transaction, articles are
// claimed by their unique id and text hash, and totals are added with
// upserts in one key order, so each article counts exactly once and a killed
// process leaves exactly the batches that committed. A Store is safe for use
// from one goroutine at a time; its Queriers from several.
type Store struct {
	pool     *pgxpool.Pool
	schema   string // quoted identifier
	name     string // the target with its password hidden, for messages
	readOnly bool
}

var _ graphstore.Store = (*Store)(nil)

// Open opens the store that target names: a postgres:// or postgresql://
// URL as libpq and pgx take it, with an optional ?schema=NAME (default
// "nergraph") naming the PostgreSQL schema that holds the store's tables, so
// that one database can hold several stores.
//
// With opts.Create it creates the schema and its tables when absent and
// migrates an older schema; that is what ingest does. Without it (or with
// opts.ReadOnly, which says the same) the store is opened for reading
// only, and AddBatch and Refresh fail with [graphstore.ErrReadOnly]: every
// transaction is read-only (a read-only role
// or a standby server will do), a store that does not exist fails with
// [graphstore.ErrNotExist] and one whose schema is older than this package's
// asks for an ingest to migrate it. A database that is not a store, or whose
// tables are damaged, fails with [graphstore.ErrNotStore], and one from a
// newer nergraph with [graphstore.ErrNewerSchema].
func Open(ctx context.Context, target string, opts graphstore.OpenOptions) (*Store, error) {
	name := redact(target)
	if opts.ReadOnly && opts.Create {
		return nil, fmt.Errorf("open store %s: read-only and create at once", name)
	}
	cfg, schema, err := parseTarget(target)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	if !opts.Create {
		cfg.ConnConfig.RuntimeParams["default_transaction_read_only"] = "on"
	}
	cfg.ConnConfig.RuntimeParams["application_name"] = "nergraph"
	// Every statement looks in the store's schema only (temporary tables
	// aside), so that a table of the same name elsewhere is never used.
	cfg.ConnConfig.RuntimeParams["search_path"] = schema
	// One connection per goroutine that uses the store at once: a Store is
	// used by one, its Queriers by a few.
	cfg.MaxConns = 4
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	s := &Store{pool: pool, schema: pgx.Identifier{schema}.Sanitize(), name: name, readOnly: !opts.Create}
	if err := s.prepare(ctx, schema, opts.Create); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open store %s: %w", name, explain(ctx, err))
	}
	return s, nil
}

var schemaName = regexp.MustCompile(`^[a-z_][a-z0-9_]{0,62}$`)

// parseTarget reads a --db URL into a pool configuration and the schema name
// its ?schema= gives, which pgx must not see.
func parseTarget(target string) (*pgxpool.Config, string, error) {
	u, err := url.Parse(target)
	if err != nil {
		return nil, "", errors.New("not a PostgreSQL URL (want postgres://user@host/database)")
	}
	q := u.Query()
	schema := DefaultSchema
	if q.Has("schema") {
		schema = q.Get("schema")
		q.Del("schema")
		u.RawQuery = q.Encode()
	}
	if !schemaName.MatchString(schema) {
		return nil, "", fmt.Errorf("schema %q: want lower-case letters, digits and _, at most 63", schema)
	}
	cfg, err := pgxpool.ParseConfig(u.String())
	if err != nil {
		return nil, "", fmt.Errorf("%v", redactErr(err, target))
	}
	return cfg, schema, nil
}

// redact hides the password of a URL for messages.
func redact(target string) string {
	if u, err := url.Parse(target); err == nil && u.User != nil {
		return u.Redacted()
	}
	return target
}

// redactErr keeps a password that an error quotes out of its message.
func redactErr(err error, target string) string {
	msg := err.Error()
	if u, perr := url.Parse(target); perr == nil && u.User != nil {
		if p, ok := u.User.Password(); ok && p != "" {
			msg = strings.ReplaceAll(msg, p, "xxxxx")
		}
	}
	return msg
}

// Close closes the store's connections.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// retries is how many times a transaction that PostgreSQL aborted to break
// a deadlock or a serialization conflict with another writer is tried
// again. Writers take their locks in one order, so this is rare.
const retries = 8

// inTx runs fn in a transaction and commits it, trying it again when
// PostgreSQL aborts it for a deadlock or a serialization failure, after a
// random pause that grows with each try.
func (s *Store) inTx(ctx context.Context, opts pgx.TxOptions, fn func(pgx.Tx) error) error {
	for try := 0; ; try++ {
		err := s.tryTx(ctx, opts, fn)
		if err == nil || !retryable(err) || try == retries || ctx.Err() != nil {
			return err
		}
		pause := time.Duration(rand.Int64N(int64(10*time.Millisecond) << try))
		select {
		case <-time.After(pause):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// commitTimeout bounds a commit that no longer follows the caller's
// context (see tryTx).
const commitTimeout = time.Minute

// tryTx runs fn in a transaction and commits it once fn has succeeded. The
// commit does not follow ctx: a COMMIT that a deadline cuts off after the
// server has received it may still be applied, and the caller would then
// be told that a batch failed which the store holds. Once the work is done
// it is committed and reported as it went; a commit is one short
// statement, bounded by commitTimeout.
func (s *Store) tryTx(ctx context.Context, opts pgx.TxOptions, fn func(pgx.Tx) error) error {
	tx, err := s.pool.BeginTx(ctx, opts)
	if err != nil {
		return err
	}
	end, cancel := context.WithTimeout(context.WithoutCancel(ctx), commitTimeout)
	defer cancel()
	if err := fn(tx); err != nil {
		// A failed rollback leaves nothing applied either: the server
		// aborts the transaction of a connection that breaks.
		_ = tx.Rollback(end)
		return err
	}
	return tx.Commit(end)
}

// retryable reports errors after which the same transaction may succeed.
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40001" || pe.Code == "40P01")
}

// readTx runs fn in a read-only transaction that sees one snapshot.
func (s *Store) readTx(ctx context.Context, fn func(pgx.Tx) error) error {
	return s.inTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, fn)
}

// failed wraps an error with what was being done. A cancelled context wins,
// so that callers can test for it with errors.Is.
func failed(ctx context.Context, what string, err error) error {
	if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
		return fmt.Errorf("%s: %w (%v)", what, cerr, err)
	}
	return fmt.Errorf("%s: %w", what, explain(ctx, err))
}

// explain turns PostgreSQL's codes for the usual failures into messages that
// say what to do.
func explain(ctx context.Context, err error) error {
	if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
		return fmt.Errorf("%w (%v)", cerr, err)
	}
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return err
	}
	switch pe.Code {
	case "3D000": // invalid_catalog_name
		return fmt.Errorf("%w: the database does not exist (create it with createdb): %w", graphstore.ErrNotExist, err)
	case "28000", "28P01": // invalid authorization, invalid password
		return fmt.Errorf("PostgreSQL refused the user: %w", err)
	case "25006": // read_only_sql_transaction
		return fmt.Errorf("%w: %w", graphstore.ErrReadOnly, err)
	case "42501": // insufficient_privilege
		return fmt.Errorf("the PostgreSQL user lacks a privilege (ingest needs CREATE on the database or schema, and INSERT/UPDATE on the store's tables): %w", err)
	case "42P01", "42703": // undefined_table, undefined_column
		return fmt.Errorf("%w: the store's tables are damaged or were changed by hand: %w", graphstore.ErrNotStore, err)
	}
	return err
}
