package graphstore

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"
)

// Store keeps the per-article counts of a corpus that grows batch by batch,
// so that the graph of all its articles, or of a time window, can be made
// again at any time, the same graph [Graph.Add] makes of the same documents.
// Backends live in their own packages (graphstore/sqlite keeps a store in a
// file) and are opened by [Open].
//
// Every method but Close takes a context. When it is cancelled, the method
// returns an error wrapping the context's error, and a batch being added is
// rolled back whole: the store is left as it was before the call.
//
// A Store value is for one goroutine at a time. Several of them, in one
// process or in several, may use the same store at once: their batches
// commit one after another, each article counts once, and readers see whole
// batches.
type Store interface {
	// AddBatch adds the articles of batch that the store does not hold yet,
	// all at once: on error, on cancellation, or if the process dies before
	// it returns, none of them is added. An article with the id or the text
	// hash (Info.Hash) of one the store holds, or of an earlier one in the
	// batch, is skipped and reported, which makes adding the same articles
	// twice change nothing. The entities of each article are taken as
	// [NormalizeEntities] returns them.
	AddBatch(ctx context.Context, batch []ArticleCounts) (BatchResult, error)

	// ArticleIDs returns the ids of every article in the store, so that a
	// caller can pass over known articles before the work of extracting
	// them.
	ArticleIDs(ctx context.Context) (map[string]bool, error)

	// Graph returns a new [Graph] of the articles dated in [since, until],
	// read from one snapshot of the store. A zero since or until leaves that
	// end open; when either is set, undated articles are left out.
	Graph(ctx context.Context, since, until time.Time) (*Graph, error)

	// Querier returns a [Querier] over the articles Graph would select.
	// For the whole store with a fresh cache of its graph (see Refresh), it
	// answers from the cache, without loading the graph, and reports true;
	// otherwise it loads the graph and reports false.
	Querier(ctx context.Context, since, until time.Time) (Querier, bool, error)

	// Fresh reports whether the store's cache of its graph holds all its
	// articles.
	Fresh(ctx context.Context) (bool, error)

	// Refresh brings the store's cache of its graph up to date when
	// articles were added since it was made, and reports whether it did.
	// Until it commits, queries see the old cache, which they know is stale.
	Refresh(ctx context.Context) (bool, error)

	// Stats counts what the store holds.
	Stats(ctx context.Context) (Stats, error)

	// Close releases the store. Like [io.Closer] it takes no context: it
	// waits for nothing that a caller would want to cancel.
	Close() error
}

// Skipped is an article [Store.AddBatch] did not add because the store, or
// an earlier article of the batch, already holds one with the same id or the
// same cleaned text.
type Skipped struct {
	ID   string // id of the skipped article
	Dup  string // id of the article already held
	Same string // "id" or "text"
}

// BatchResult says what [Store.AddBatch] did.
type BatchResult struct {
	Added   int
	Skipped []Skipped // in the order of the batch
}

// Stats are the sizes of a store. Entities, Mentions and Edges count raw
// entity ids, as the articles gave them, before the graph links partial
// names across articles.
type Stats struct {
	Articles int // articles held
	Entities int // distinct entity ids
	Mentions int // (article, entity) pairs
	Edges    int // distinct pairs of entity ids mentioned in one article
	// Relations counts the statements of relations: one per relation and
	// sentence, as the articles gave them.
	Relations int
	Bytes     int64 // the space the store takes, as its backend measures it
}

// ErrNewerSchema is returned by [Open] for a store written by a newer
// nergraph, whose schema this one does not know.
var ErrNewerSchema = errors.New("store was written by a newer nergraph")

// ErrNotStore is returned by [Open] for a database, or a file, that is not a
// nergraph store.
var ErrNotStore = errors.New("not a nergraph store")

// ErrNotExist is returned by [Open] for a store that does not exist, unless
// [OpenOptions] Create is set.
var ErrNotExist = errors.New("store does not exist")

// ErrNoBackend is returned by [Open] for a target whose kind of store no
// registered backend opens.
var ErrNoBackend = errors.New("no store backend")

// ErrReadOnly is returned by [Store.AddBatch] and [Store.Refresh] of a store
// opened for reading only (without [OpenOptions] Create).
var ErrReadOnly = errors.New("store is open for reading only")

// ErrDamaged is wrapped by the errors of a store that finds itself damaged:
// a file overwritten, truncated or cut short, rows that do not match the
// checksums written with them, totals that disagree with the rows they sum.
// The error names the store and the damage. A damaged store refuses to
// answer from what is damaged and refuses every write; [Checker] says more.
var ErrDamaged = errors.New("store is damaged")

// OpenOptions say how [Open] opens a store.
type OpenOptions struct {
	// Create opens the store for writing, as ingest does: it is made when it
	// does not exist (an empty file becomes a store) and an older schema is
	// migrated. Without Create the store is opened for reading only, as
	// export, query and serve do: it must exist ([ErrNotExist]) and be a
	// store ([ErrNotStore]); nothing is created, migrated or written, so a
	// store on read-only media can be read, and AddBatch and Refresh fail
	// with [ErrReadOnly].
	Create bool

	// ReadOnly says explicitly what leaving Create out says (serve sets
	// it): the store is opened for reading only. It does not go with
	// Create.
	ReadOnly bool
}

// Checker is a [Store] that can look for damage in itself. It is a separate
// interface so that a backend may do without it; ingest checks a store that
// implements it before writing, and "nergraph check" runs the full check.
type Checker interface {
	// Check looks for damage. CheckQuick bounds the work (ingest runs it
	// before every write); CheckFull reads everything and checks every total
	// and the cache against the rows they come from. It returns a report of
	// what was found, with no problems for a sound store; the error is for a
	// check that could not run (a cancelled context, a vanished file).
	Check(ctx context.Context, level CheckLevel) (CheckReport, error)
}

// CheckLevel says how much [Checker.Check] does.
type CheckLevel int

const (
	// CheckQuick checks the file's structure and the store's own sums in
	// time that grows slowly with the store (under a second for 30,000
	// articles in SQLite).
	CheckQuick CheckLevel = iota
	// CheckFull also checks every index against its table and every total
	// and the cache against the rows they are computed from.
	CheckFull
)

// CheckReport is what [Checker.Check] found.
type CheckReport struct {
	Store    string   // the store, as messages name it
	Checked  []string // what was checked, in order, for the report
	Problems []string // each names the damage: where, and what is wrong
	// Notes are what is not damage but worth saying: a cache computed
	// by other rules than this nergraph's (see [CacheRules]), which
	// readers do not read and the next ingest recomputes.
	Notes []string
}

// OtherRulesNote is the note of a [CheckReport], and the warning of
// readers, for a store whose cache was computed with rules other than
// [CacheRules]; rules 0 is unknown (an older nergraph's).
func OtherRulesNote(rules int) string {
	made := fmt.Sprintf("rules version %d", rules)
	if rules == 0 {
		made = "an older nergraph, whose rules it did not record"
	}
	return fmt.Sprintf("the query cache was computed by %s; this nergraph's linking and typing rules are version %d. "+
		"It is not damage: query, serve and export load the graph from the articles instead, and the next ingest computes the cache anew",
		made, CacheRules)
}

// CacheRuler is a [Store] that records the rules its cache of its graph
// was computed with.
type CacheRuler interface {
	// CacheRulesOf returns the version of the rules the cache was
	// computed with (0: unknown, an older nergraph's), and false when the
	// store has no cache.
	CacheRulesOf(ctx context.Context) (int, bool, error)
}

// Err returns nil for a report without problems, and otherwise an error
// wrapping [ErrDamaged] that names the store and the first problems.
func (r CheckReport) Err() error {
	if len(r.Problems) == 0 {
		return nil
	}
	const shown = 3
	msg := strings.Join(r.Problems[:min(shown, len(r.Problems))], "; ")
	if len(r.Problems) > shown {
		msg += fmt.Sprintf("; and %d more", len(r.Problems)-shown)
	}
	return fmt.Errorf("%w: %s: %s", ErrDamaged, r.Store, msg)
}

// OpenFunc opens a store of one backend. target is the value given to
// [Open], scheme included. An OpenFunc migrates an older schema to its own,
// and fails with [ErrNewerSchema], [ErrNotStore] or [ErrNotExist] as Open
// says.
type OpenFunc func(ctx context.Context, target string, opts OpenOptions) (Store, error)

var (
	backendsMu sync.RWMutex
	backends   = map[string]OpenFunc{}
)

// Register makes a backend available to [Open] under a URL scheme, such as
// "sqlite" or "postgres"; the scheme "" stands for plain paths, which have
// none. Backends register from their package's init function, so a program
// imports those it wants, as it does database/sql drivers:
//
//	import _ "github.com/nergraph/nergraph/graphstore/sqlite"
//
// Like [database/sql.Register], it panics when a scheme is registered twice
// or open is nil: that is a mistake in the program, not in its input.
func Register(scheme string, open OpenFunc) {
	backendsMu.Lock()
	defer backendsMu.Unlock()
	scheme = strings.ToLower(scheme)
	if open == nil {
		panic("graphstore: Register of a nil OpenFunc for scheme " + scheme)
	}
	if _, dup := backends[scheme]; dup {
		panic("graphstore: Register called twice for scheme " + scheme)
	}
	backends[scheme] = open
}

// Open opens the store that target names, as the --db flag takes it: a URL
// whose scheme names a registered backend ("postgres://host/db" opens with
// the backend registered as "postgres"), else a plain path ("graph.db"),
// which opens with the backend registered as "" (SQLite). A target with
// "://" after a scheme no backend registered fails with [ErrNoBackend]
// rather than being taken for a file name.
func Open(ctx context.Context, target string, opts OpenOptions) (Store, error) {
	if target == "" {
		return nil, errors.New("open store: no store named")
	}
	scheme, isURL := schemeOf(target)
	backendsMu.RLock()
	open, ok := backends[scheme]
	if !ok && !isURL {
		open, ok = backends[""]
	}
	backendsMu.RUnlock()
	if !ok {
		if isURL {
			return nil, fmt.Errorf("open store %s: %w for %s: URLs", redact(target), ErrNoBackend, scheme)
		}
		return nil, fmt.Errorf("open store %s: %w for file paths", target, ErrNoBackend)
	}
	return open(ctx, target, opts)
}

// schemeOf returns the scheme of target in lower case, and whether target
// reads as a URL: a scheme followed by "://". A target such as "C:\x.db"
// (a drive letter) or "graph.db" has no scheme.
func schemeOf(target string) (string, bool) {
	i := strings.IndexByte(target, ':')
	if i < 2 { // none, or a drive letter
		return "", false
	}
	for j, c := range target[:i] {
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		if !letter && (j == 0 || !('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return "", false
		}
	}
	return strings.ToLower(target[:i]), strings.HasPrefix(target[i+1:], "//")
}

// redact hides the password of a URL target for messages.
func redact(target string) string {
	if u, err := url.Parse(target); err == nil && u.User != nil {
		return u.Redacted()
	}
	return target
}
