package graphstore

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/nergraph/nergraph/extract"

	_ "modernc.org/sqlite" // pure-Go SQLite driver, so go install needs no C compiler
)

// ErrNewerSchema is returned by [Open] for a store written by a newer
// nergraph, whose schema this one does not know.
var ErrNewerSchema = errors.New("store was written by a newer nergraph")

// ErrNotStore is returned by [Open] for an SQLite file that is not a
// nergraph store.
var ErrNotStore = errors.New("not a nergraph store")

// busyTimeout is how long a writer waits for another writer's transaction to
// end before giving up with "database is locked".
const busyTimeout = 30 * time.Second

// utcLayout is fixed-width, so that the text order of articles.utc is the
// time order.
const utcLayout = "2006-01-02T15:04:05.000000000Z"

// Store is a graph kept in an SQLite file that grows with every [Store.AddBatch].
// Each batch commits in one transaction, so a crash leaves exactly the
// batches that committed. The file is in WAL mode: readers in other processes
// run while a writer writes, and a second writer waits for the first.
// A Store is safe for use from one goroutine at a time.
type Store struct {
	db   *sql.DB
	path string
	now  func() time.Time
}

// Open opens the store at path, creating it when absent and migrating an
// older schema to [SchemaVersion]. It fails with [ErrNewerSchema] for a store
// from a newer nergraph and with [ErrNotStore] for other SQLite files.
func Open(path string) (*Store, error) {
	return open(path, true)
}

// OpenExisting opens the store at path for reading, like [Open] but failing
// when the file does not exist instead of creating it.
func OpenExisting(path string) (*Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	return open(path, false)
}

func open(path string, create bool) (*Store, error) {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	// BEGIN IMMEDIATE takes the write lock up front, so two ingests queue
	// instead of deadlocking on a read lock each wants to upgrade.
	q.Set("_txlock", "immediate")
	if !create {
		q.Set("mode", "rw")
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
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, explain(err))
	}
	// WAL lets readers run while a writer writes. Set only now, once the file
	// is known to be a store: the mode persists in the file, and an SQLite
	// file that is not ours must be left as it was.
	if _, err := db.Exec(`PRAGMA journal_mode = WAL`); err != nil {
		// Switching needs a moment alone with the file; when another
		// process got there first, the file is in WAL mode already.
		var mode string
		if db.QueryRow(`PRAGMA journal_mode`).Scan(&mode) != nil || mode != "wal" {
			db.Close()
			return nil, fmt.Errorf("open store %s: %w", path, explain(err))
		}
	}
	return s, nil
}

// explain turns SQLite's terse messages for the usual failures into ones
// that say what to do.
func explain(err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "SQLITE_BUSY") || strings.Contains(msg, "database is locked"):
		return fmt.Errorf("another process held the store locked for over %v (a concurrent ingest?): %w", busyTimeout, err)
	case strings.Contains(msg, "file is not a database"):
		return fmt.Errorf("%w: %w", ErrNotStore, err)
	}
	return err
}

// Path returns the file the store was opened from.
func (s *Store) Path() string { return s.path }

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }

// version returns the schema version, 0 for an empty file.
func version(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (int, error) {
	var tables, ours int
	err := q.QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE name = 'schema_version')
		FROM sqlite_schema WHERE type = 'table'`).Scan(&tables, &ours)
	if err != nil {
		return 0, err
	}
	if ours == 0 {
		if tables > 0 {
			return 0, ErrNotStore
		}
		return 0, nil
	}
	var v int
	if err := q.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}

func (s *Store) migrate() error {
	ctx := context.Background()
	v, err := version(ctx, s.db)
	if err != nil {
		return err
	}
	if v > SchemaVersion {
		return fmt.Errorf("%w: schema version %d, this nergraph knows up to %d; upgrade nergraph", ErrNewerSchema, v, SchemaVersion)
	}
	for v < SchemaVersion {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		// Another process may have migrated while we waited for the lock.
		if v, err = version(ctx, tx); err != nil || v >= SchemaVersion {
			tx.Rollback()
			return err
		}
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate schema %d to %d: %w", v, v+1, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = ?`, v+1); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate schema %d to %d: %w", v, v+1, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migrate schema %d to %d: %w", v, v+1, err)
		}
		v++
	}
	return nil
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
	Skipped []Skipped
}

// entityAcc sums what a batch adds to one row of entities.
type entityAcc struct {
	name, typ, iso              string
	mentions, articles, sources int
	first, last                 string
}

type edgeSum struct{ weight, sentences int }

// AddBatch adds the articles of docs that the store does not hold yet, all
// in one transaction: on error, or if the process dies before it returns,
// none of them is added. Re-adding an article is skipped and reported, which
// makes ingesting the same input twice change nothing.
func (s *Store) AddBatch(docs []*extract.Doc) (BatchResult, error) {
	var res BatchResult
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return res, fmt.Errorf("add batch: %w", explain(err))
	}
	defer tx.Rollback() // no-op after Commit
	prep := func(q string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var st *sql.Stmt
		st, err = tx.PrepareContext(ctx, q)
		return st
	}
	find := prep(`SELECT id, id = ? FROM articles WHERE id = ? OR hash = ? LIMIT 1`)
	insArticle := prep(`INSERT INTO articles (id, hash, title, date, utc, source, url, tokens, sentences, ingested)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	insMention := prep(`INSERT INTO mentions (article, entity, name, type, iso, partial, mentions, sources, sentences, aliases)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	upEntity := prep(`INSERT INTO entities (id, name, type, iso, mentions, articles, sources, first_seen, last_seen)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET
			mentions = mentions + excluded.mentions,
			articles = articles + excluded.articles,
			sources = sources + excluded.sources,
			first_seen = CASE WHEN first_seen IS NULL OR excluded.first_seen < first_seen THEN excluded.first_seen ELSE first_seen END,
			last_seen = CASE WHEN last_seen IS NULL OR excluded.last_seen > last_seen THEN excluded.last_seen ELSE last_seen END`)
	upAlias := prep(`INSERT INTO aliases (entity, name, count) VALUES (?, ?, ?)
		ON CONFLICT (entity, name) DO UPDATE SET count = count + excluded.count`)
	upEdge := prep(`INSERT INTO edges (source, target, weight, sentences) VALUES (?, ?, ?, ?)
		ON CONFLICT (source, target) DO UPDATE SET weight = weight + excluded.weight, sentences = sentences + excluded.sentences`)
	if err != nil {
		return res, fmt.Errorf("add batch: %w", err)
	}

	ingested := s.now().UTC().Format(time.RFC3339)
	byID := map[string]bool{}
	byHash := map[string]string{}
	entities := map[string]*entityAcc{}
	aliases := map[[2]string]int{}
	edges := map[[2]string]*edgeSum{}
	for _, doc := range docs {
		id := doc.Article.ID
		if byID[id] {
			res.Skipped = append(res.Skipped, Skipped{ID: id, Dup: id, Same: "id"})
			continue
		}
		if dup, ok := byHash[doc.Hash]; ok {
			res.Skipped = append(res.Skipped, Skipped{ID: id, Dup: dup, Same: "text"})
			continue
		}
		var dup string
		var sameID bool
		switch err := find.QueryRowContext(ctx, id, id, doc.Hash).Scan(&dup, &sameID); {
		case err == nil:
			sk := Skipped{ID: id, Dup: dup, Same: "text"}
			if sameID {
				sk.Same = "id"
			}
			res.Skipped = append(res.Skipped, sk)
			continue
		case !errors.Is(err, sql.ErrNoRows):
			return BatchResult{}, fmt.Errorf("add %s: %w", id, explain(err))
		}
		byID[id] = true
		byHash[doc.Hash] = id

		var date, utc any // NULL when unknown
		if d := doc.Article.Date; !d.IsZero() {
			date, utc = d.Format(time.RFC3339Nano), d.UTC().Format(utcLayout)
		}
		r, err := insArticle.ExecContext(ctx, id, doc.Hash, doc.Article.Title, date, utc,
			doc.Article.Source, doc.Article.URL, doc.Tokens, doc.Sentences, ingested)
		if err != nil {
			return BatchResult{}, fmt.Errorf("add %s: %w", id, explain(err))
		}
		seq, err := r.LastInsertId()
		if err != nil {
			return BatchResult{}, fmt.Errorf("add %s: %w", id, err)
		}
		entries := Count(doc).Entities
		for _, e := range entries {
			sents, _ := json.Marshal(e.Sentences)
			als, _ := json.Marshal(e.Aliases) // map keys come out sorted
			if _, err := insMention.ExecContext(ctx, seq, e.ID, e.Name, string(e.Type), e.ISO, e.Partial,
				e.Mentions, e.Sources, string(sents), string(als)); err != nil {
				return BatchResult{}, fmt.Errorf("add %s: %w", id, explain(err))
			}
			ea := entities[e.ID]
			if ea == nil {
				ea = &entityAcc{name: e.Name, typ: string(e.Type), iso: e.ISO}
				entities[e.ID] = ea
			}
			ea.mentions += e.Mentions
			ea.articles++
			ea.sources += e.Sources
			if utc != nil {
				u := utc.(string)
				if ea.first == "" || u < ea.first {
					ea.first = u
				}
				if u > ea.last {
					ea.last = u
				}
			}
			for name, n := range e.Aliases {
				aliases[[2]string{e.ID, name}] += n
			}
		}
		for i := range entries {
			for j := i + 1; j < len(entries); j++ {
				k := [2]string{entries[i].ID, entries[j].ID}
				ed := edges[k]
				if ed == nil {
					ed = &edgeSum{}
					edges[k] = ed
				}
				ed.weight++
				ed.sentences += countCommon(entries[i].Sentences, entries[j].Sentences)
			}
		}
		res.Added++
	}

	// The totals go in once per key and batch, in key order.
	for _, id := range sortedKeys(entities) {
		ea := entities[id]
		if _, err := upEntity.ExecContext(ctx, id, ea.name, ea.typ, ea.iso, ea.mentions, ea.articles, ea.sources,
			nullIfEmpty(ea.first), nullIfEmpty(ea.last)); err != nil {
			return BatchResult{}, fmt.Errorf("add batch: entity %s: %w", id, explain(err))
		}
	}
	for _, k := range sortedPairs(aliases) {
		if _, err := upAlias.ExecContext(ctx, k[0], k[1], aliases[k]); err != nil {
			return BatchResult{}, fmt.Errorf("add batch: alias %s: %w", k[1], explain(err))
		}
	}
	for _, k := range sortedPairs(edges) {
		ed := edges[k]
		if _, err := upEdge.ExecContext(ctx, k[0], k[1], ed.weight, ed.sentences); err != nil {
			return BatchResult{}, fmt.Errorf("add batch: edge %s %s: %w", k[0], k[1], explain(err))
		}
	}
	if err := tx.Commit(); err != nil {
		return BatchResult{}, fmt.Errorf("add batch: commit: %w", explain(err))
	}
	return res, nil
}

func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func sortedPairs[V any](m map[[2]string]V) [][2]string {
	keys := make([][2]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b [2]string) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	return keys
}

// ArticleIDs returns the ids of every article in the store, so that a
// caller can pass over known articles before the work of extracting them.
func (s *Store) ArticleIDs() (map[string]bool, error) {
	rows, err := s.db.Query(`SELECT id FROM articles`)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", s.path, explain(err))
	}
	defer rows.Close()
	ids := map[string]bool{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("store %s: %w", s.path, err)
		}
		ids[id] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store %s: %w", s.path, explain(err))
	}
	return ids, nil
}

// Graph loads the articles dated in [since, until] into a new [Graph], the
// same graph [Graph.Add] makes from the same documents. A zero since or until
// leaves that end open; when either is set, undated articles are left out.
func (s *Store) Graph(since, until time.Time) (*Graph, error) {
	// One read transaction, so the graph is one snapshot even while an ingest
	// commits batches.
	tx, err := s.db.BeginTx(context.Background(), &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("load graph: %w", explain(err))
	}
	defer tx.Rollback()
	return loadGraph(tx, since, until)
}

func loadGraph(tx *sql.Tx, since, until time.Time) (*Graph, error) {
	ctx := context.Background()
	query := `SELECT a.id, a.hash, a.title, a.date, a.source, a.url, a.tokens, a.sentences,
		m.entity, m.name, m.type, m.iso, m.partial, m.mentions, m.sources, m.sentences, m.aliases
		FROM articles a LEFT JOIN mentions m ON m.article = a.seq`
	var where []string
	var args []any
	if !since.IsZero() {
		where = append(where, "a.utc >= ?")
		args = append(args, since.UTC().Format(utcLayout))
	}
	if !until.IsZero() {
		where = append(where, "a.utc <= ?")
		args = append(args, until.UTC().Format(utcLayout))
	}
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	query += " ORDER BY a.seq, m.entity"
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("load graph: %w", explain(err))
	}
	defer rows.Close()
	g := New()
	var cur *ArticleCounts
	flush := func() {
		if cur != nil {
			g.AddArticle(cur.Info, cur.Entities)
		}
	}
	for rows.Next() {
		var (
			id, hash, title, source, url                       string
			date, entity, name, typ, iso, sentences, aliasJSON sql.NullString
			tokens, nsent                                      int
			partial                                            sql.NullBool
			mentions, sources                                  sql.NullInt64
		)
		if err := rows.Scan(&id, &hash, &title, &date, &source, &url, &tokens, &nsent,
			&entity, &name, &typ, &iso, &partial, &mentions, &sources, &sentences, &aliasJSON); err != nil {
			return nil, fmt.Errorf("load graph: %w", err)
		}
		if cur == nil || cur.Info.ID != id {
			flush()
			cur = &ArticleCounts{Info: ArticleInfo{ID: id, Title: title, Hash: hash, Source: source, URL: url},
				Tokens: tokens, Sentences: nsent}
			if date.Valid {
				d, err := time.Parse(time.RFC3339Nano, date.String)
				if err != nil {
					return nil, fmt.Errorf("load graph: article %s: date: %w", id, err)
				}
				cur.Info.Date = d
			}
		}
		if !entity.Valid {
			continue // an article without entities
		}
		e := EntityCount{ID: entity.String, Name: name.String, Type: extract.Type(typ.String), ISO: iso.String,
			Partial: partial.Bool, Mentions: int(mentions.Int64), Sources: int(sources.Int64)}
		if err := json.Unmarshal([]byte(sentences.String), &e.Sentences); err != nil {
			return nil, fmt.Errorf("load graph: article %s, entity %s: sentences: %w", id, e.ID, err)
		}
		if err := json.Unmarshal([]byte(aliasJSON.String), &e.Aliases); err != nil {
			return nil, fmt.Errorf("load graph: article %s, entity %s: aliases: %w", id, e.ID, err)
		}
		cur.Entities = append(cur.Entities, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load graph: %w", explain(err))
	}
	flush()
	return g, nil
}

// Stats are the sizes of a store.
type Stats struct {
	Articles int   // rows of articles
	Entities int   // rows of entities (raw ids, before linking partial names)
	Mentions int   // rows of mentions: (article, entity) pairs
	Edges    int   // rows of edges (raw pairs, before linking)
	Bytes    int64 // size of the database, as the file will be once its write-ahead log is checkpointed
}

// Stats counts the rows of the store's tables and measures its file.
func (s *Store) Stats() (Stats, error) {
	var st Stats
	err := s.db.QueryRow(`SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM entities),
		(SELECT count(*) FROM mentions), (SELECT count(*) FROM edges)`).Scan(&st.Articles, &st.Entities, &st.Mentions, &st.Edges)
	if err != nil {
		return st, fmt.Errorf("store stats: %w", explain(err))
	}
	// The pages of the database as of now, committed pages still in the
	// write-ahead log included: the size of the file once checkpointed.
	if err := s.db.QueryRow(`SELECT page_count * page_size FROM pragma_page_count, pragma_page_size`).Scan(&st.Bytes); err != nil {
		return st, fmt.Errorf("store stats: %w", explain(err))
	}
	return st, nil
}
