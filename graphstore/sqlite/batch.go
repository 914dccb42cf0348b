package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/nergraph/nergraph/graphstore"
)

// AddBatch adds the articles of batch that the store does not hold yet, in
// one transaction, as [graphstore.Store] says. On cancellation the
// transaction is rolled back and the error wraps the context's error.
func (s *Store) AddBatch(ctx context.Context, batch []graphstore.ArticleCounts) (graphstore.BatchResult, error) {
	var res graphstore.BatchResult
	if s.readOnly {
		return res, fmt.Errorf("add batch to %s: %w", s.path, graphstore.ErrReadOnly)
	}
	// The keys of the mention and relation rows to their articles are
	// not checked while a batch writes: a key not declared DEFERRABLE
	// makes SQLite keep a statement journal for every statement that
	// writes many such rows (it decides when it prepares the statement,
	// so PRAGMA defer_foreign_keys does not help), copying each page the
	// statement changes, and look up the article of every row. The batch
	// writes each of those rows in the transaction that writes its
	// article, right after it and with its number, so the key holds by
	// construction, and `check` runs SQLite's foreign_key_check. Without
	// it an ingest of AG News ran 2.3% fewer instructions. The pragma is
	// the connection's (the store has one) and cannot change inside a
	// transaction: it is set around the batch's.
	if _, err := s.db.ExecContext(context.WithoutCancel(ctx), `PRAGMA foreign_keys = OFF`); err != nil {
		return res, s.failed(ctx, "add batch", err)
	}
	defer func() {
		// After the batch's transaction has ended (deferred before
		// it). Should this fail, the connection writes on without the
		// keys, as the batch did; a connection opened anew has them.
		s.db.ExecContext(context.WithoutCancel(ctx), `PRAGMA foreign_keys = ON`) //nolint:errcheck // see above
	}()
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return res, s.failed(ctx, "add batch", err)
	}
	defer tx.end()
	// The batch counts its articles into the process's unwritten totals
	// (see totals.go). Unless it commits, they count articles the store
	// lacks: they are dropped, and the articles of the batches before,
	// pending in the store, are read back when the totals are written.
	if s.totals == nil {
		s.totals = newTotalsAcc()
	}
	committed := false
	defer func() {
		if !committed {
			s.totals = nil
		}
	}()
	w, err := newBatchWriter(ctx, tx, s.now(), s.totals, len(batch))
	if err != nil {
		return res, s.failed(ctx, "add batch", err)
	}
	defer w.close()
	dropped := false
	if !s.indexesDropped && !s.indexesSeen {
		// The first batch of the process: see countIndexes.
		if dropped, err = s.deferIndexes(w); err != nil {
			return res, s.failed(ctx, "add batch", err)
		}
	}
	s.hold(w)
	if err := w.findHeld(batch, s.own); err != nil {
		return res, s.failed(ctx, "add batch", err)
	}
	for _, a := range batch {
		if err := ctx.Err(); err != nil {
			return graphstore.BatchResult{}, s.failed(ctx, "add batch", err)
		}
		sk, err := w.add(a)
		if err != nil {
			return graphstore.BatchResult{}, s.failed(ctx, "add "+a.Info.ID, err)
		}
		if sk != nil {
			res.Skipped = append(res.Skipped, *sk)
			continue
		}
		res.Added++
	}
	if err := w.finish(); err != nil {
		return graphstore.BatchResult{}, s.failed(ctx, "add batch", err)
	}
	if err := ctx.Err(); err != nil {
		return graphstore.BatchResult{}, s.failed(ctx, "add batch", err)
	}
	if len(s.totals.edges) > maxPendingEdges {
		// Bounded memory: the totals so far go in with this batch.
		if err := s.flushTotals(ctx, tx); err != nil {
			return graphstore.BatchResult{}, s.failed(ctx, "add batch: write totals", err)
		}
	}
	if err := w.writeSums(); err != nil {
		return graphstore.BatchResult{}, s.failed(ctx, "add batch", err)
	}
	if err := tx.Commit(); err != nil {
		// A commit that fails on a deferred foreign key leaves SQLite's
		// transaction open, which database/sql no longer rolls back.
		s.db.ExecContext(context.WithoutCancel(ctx), `ROLLBACK`) //nolint:errcheck // none to roll back, mostly
		return graphstore.BatchResult{}, s.failed(ctx, "add batch: commit", err)
	}
	committed = true
	s.indexesDropped = s.indexesDropped || dropped
	s.indexesSeen = true
	s.own = s.own.add(w)
	s.keepHeld(w)
	return res, nil
}

// failed wraps the error of a statement. A cancelled context wins: the
// driver may report it as an interrupted statement rather than as the
// context's error.
func (s *Store) failed(ctx context.Context, what string, err error) error {
	if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
		return fmt.Errorf("%s: %w (%v)", what, cerr, err)
	}
	if errors.Is(err, graphstore.ErrDamaged) {
		return err // names the store already
	}
	return fmt.Errorf("%s: %w", what, s.explain(err))
}

// batchWriter writes one batch: each article, its mention and relation
// rows as it comes, many rows a statement (see [rowWriter]), and counts
// them into the running totals in memory (see totals.go).
//
// Its statements run with a context that is not cancellable, and
// [Store.AddBatch] checks the caller's between articles instead: the driver
// starts a goroutine for every statement run with a cancellable context,
// which cost more than the statement itself, and no statement of a batch
// runs long.
type batchWriter struct {
	ctx                context.Context
	tx                 *writeTx
	articles, mentions *rowWriter
	relations          *rowWriter
	ingested           string
	seq                int64  // of the last article written
	sums               setSum // of the articles written

	byID     map[string]bool   // ids added by this batch
	byHash   map[string]string // text hash → id, added by this batch
	heldID   map[string]bool   // ids of the batch the store held before it
	heldHash map[string]string // text hash → id, of the batch's hashes the store held
	first    int64             // the number of the batch's first article
	totals   *totalsAcc        // the process's unwritten totals, which the batch adds to

	// keep is the read-back the batch's articles go to once it commits
	// (see [Store.hold]), nil when they do not; held are those articles,
	// in the read-back's form, and heldEntities their entities.
	keep         *readBack
	held         []*storedArticle
	heldEntities int

	ms []mentionRow // scratch: the mention rows of the article add writes
}

// newBatchWriter starts a batch of n articles: its maps of the ids and
// hashes it adds are made for them at once rather than rehashed
// as they grow.
func newBatchWriter(ctx context.Context, tx *writeTx, now time.Time, totals *totalsAcc, n int) (*batchWriter, error) {
	ctx = context.WithoutCancel(ctx)
	w := &batchWriter{ctx: ctx, tx: tx, ingested: now.UTC().Format(time.RFC3339),
		byID: make(map[string]bool, n), byHash: make(map[string]string, n), heldID: map[string]bool{},
		heldHash: map[string]string{}, totals: totals}
	// The batch holds the write lock, so it numbers its articles itself:
	// the checksums of their rows include the number.
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) FROM articles`).Scan(&w.seq); err != nil {
		return nil, err
	}
	w.first = w.seq + 1
	w.articles = newRowWriter(ctx, tx, failInsert, `articles (seq, id, hash, title, date, utc, source, url, tokens, sentences, ingested,
		mentions_sum, relations_sum, sum)`, 14, "")
	w.mentions = newRowWriter(ctx, tx, failInsert, `mentions (article, entity, name, type, iso, partial, unsure, mentions, sources, sentences,
		aliases)`, 11, "")
	w.relations = newRowWriter(ctx, tx, failInsert, relationsTable, 11, "")
	// Mentions and relations reference their article, but SQLite does
	// not check those keys during a batch (see AddBatch): each writer
	// goes 100 rows a prepared statement, in whatever order they fill,
	// and a row may reach the table before its article. (Flushing
	// the articles before every statement of mentions wrote them about
	// five a statement, each statement parsed anew.)
	return w, nil
}

// close releases the batch's statements.
func (w *batchWriter) close() {
	for _, r := range []*rowWriter{w.articles, w.mentions, w.relations} {
		r.close()
	}
}

// mentionRow is a row of mentions as the table holds it.
type mentionRow struct {
	entity, name, typ, iso string
	partial                bool
	unsure                 bool // see graphstore.EntityCount.Unsure
	mentions, sources      int
	sentences, aliases     string // JSON
}

func newMentionRow(e graphstore.EntityCount) mentionRow {
	sents, als := appendInts(nil, e.Sentences), appendAliases(nil, e.Aliases)
	return mentionRow{entity: e.ID, name: e.Name, typ: string(e.Type), iso: e.ISO, partial: e.Partial,
		unsure: e.Unsure, mentions: e.Mentions, sources: e.Sources, sentences: string(sents), aliases: string(als)}
}

// appendInts appends the JSON array of ns, as encoding/json writes it
// ("[]" for none), without reflection: every mention row has one.
func appendInts(b []byte, ns []int) []byte {
	b = append(b, '[')
	for i, n := range ns {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(n), 10)
	}
	return append(b, ']')
}

// appendAliases appends the JSON object of aliases, as encoding/json
// writes it: keys sorted, "{}" for none. Names of plain printable ASCII,
// nearly all, are written as they are; a map with any other name goes
// through encoding/json, which escapes it (HTML characters and all).
func appendAliases(b []byte, aliases map[string]int) []byte {
	if len(aliases) == 0 {
		return append(b, "{}"...)
	}
	if out, ok := appendCounts(b, aliases); ok {
		return out
	}
	j, _ := json.Marshal(aliases) // map keys come out sorted
	return append(b, j...)
}

// appendCounts appends a map of counts as encoding/json writes it (null
// when nil, the keys sorted), or returns b as it was and false when a key
// is not plain. Keys of any string type are written as strings (a map by
// extract.Type as encoding/json writes it).
func appendCounts[K ~string](b []byte, m map[K]int) ([]byte, bool) {
	if m == nil {
		return append(b, "null"...), true
	}
	var few [8]K
	keys := few[:0]
	if len(m) > len(few) {
		keys = make([]K, 0, len(m))
	}
	for k := range m {
		if !plainJSON(string(k)) {
			return b, false
		}
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, k...)
		b = append(b, '"', ':')
		b = strconv.AppendInt(b, int64(m[k]), 10)
	}
	return append(b, '}'), true
}

// plainJSON reports whether encoding/json writes s as it is between quotes.
func plainJSON(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			return false
		}
	}
	return true
}

// addTo adds the row to the checksum of its article's mention rows. The
// unsure flag is summed only when set, so that the rows of stores written
// before it (version 6), all sure, keep their sums.
func (m *mentionRow) addTo(s *summer) {
	s.str(m.entity)
	s.str(m.name)
	s.str(m.typ)
	s.str(m.iso)
	s.flag(m.partial)
	s.num(int64(m.mentions))
	s.num(int64(m.sources))
	s.str(m.sentences)
	s.str(m.aliases)
	if m.unsure {
		s.str("unsure")
	}
}

// articleRow is a row of articles as the table holds it.
type articleRow struct {
	seq               int64
	id, hash, title   string
	date, utc         any // string, or nil for NULL
	source, url       string
	tokens, sentences int
	ingested          string
	mentionsSum       int64
	relationsSum      int64
}

func (a *articleRow) sum() int64 {
	// rowSum(a.seq, a.id, ..., a.relationsSum), without boxing each value.
	var s summer
	s.num(a.seq)
	s.str(a.id)
	s.str(a.hash)
	s.str(a.title)
	s.add(a.date, a.utc) // boxed already
	s.str(a.source)
	s.str(a.url)
	s.num(int64(a.tokens))
	s.num(int64(a.sentences))
	s.str(a.ingested)
	s.num(a.mentionsSum)
	s.num(a.relationsSum)
	return s.sum()
}

// add writes one article and its mention rows and counts it into the
// batch's totals. It returns what it skipped instead, if it did.
func (w *batchWriter) add(a graphstore.ArticleCounts) (*graphstore.Skipped, error) {
	id := a.Info.ID
	if sk := w.known(id, a.Info.Hash); sk != nil {
		return sk, nil
	}
	w.byID[id] = true
	w.byHash[a.Info.Hash] = id
	w.seq++
	row := articleRow{seq: w.seq, id: id, hash: a.Info.Hash, title: a.Info.Title, source: a.Info.Source, url: a.Info.URL,
		tokens: a.Tokens, sentences: a.Sentences, ingested: w.ingested}
	if d := a.Info.Date; !d.IsZero() {
		row.date, row.utc = d.Format(time.RFC3339Nano), d.UTC().Format(utcLayout)
	}
	ents := graphstore.NormalizeEntities(a.Entities)
	// The rows are copied into the writer's statement as they are added:
	// one list serves every article of the batch.
	w.ms = slices.Grow(w.ms[:0], len(ents))[:len(ents)]
	ms := w.ms
	sum := summer{}
	sum.num(row.seq)
	for i, e := range ents {
		ms[i] = newMentionRow(e)
		ms[i].addTo(&sum)
	}
	row.mentionsSum = sum.sum()
	rels := relationRows(a.Relations)
	row.relationsSum = relationsSum(row.seq, rels)
	rowSum := row.sum()
	aw := w.articles
	aw.int(row.seq)
	aw.text(row.id)
	aw.text(row.hash)
	aw.text(row.title)
	aw.value(row.date)
	aw.value(row.utc)
	aw.text(row.source)
	aw.text(row.url)
	aw.int(int64(row.tokens))
	aw.int(int64(row.sentences))
	aw.text(row.ingested)
	aw.int(row.mentionsSum)
	aw.int(row.relationsSum)
	aw.int(rowSum)
	if err := aw.endRow(); err != nil {
		return nil, err
	}
	w.sums.add(rowSum)
	mw := w.mentions
	for i := range ms {
		m := &ms[i]
		mw.int(row.seq)
		mw.text(m.entity)
		mw.text(m.name)
		mw.text(m.typ)
		mw.text(m.iso)
		mw.flag(m.partial)
		mw.flag(m.unsure)
		mw.int(int64(m.mentions))
		mw.int(int64(m.sources))
		mw.text(m.sentences)
		mw.text(m.aliases)
		if err := mw.endRow(); err != nil {
			return nil, err
		}
	}
	if err := w.addRelations(row.seq, rels); err != nil {
		return nil, err
	}
	utc, _ := row.utc.(string)
	w.totals.count(ents, utc)
	if w.keep != nil {
		w.keepArticle(&row, rowSum, ents)
	}
	return nil, nil
}

// keepArticle keeps an article the batch wrote for the read-back, as
// readArticles would read it back for a refresh (its id, date and
// entities alone), unless the read-back would pass its bound.
func (w *batchWriter) keepArticle(row *articleRow, rowSum int64, ents []graphstore.EntityCount) {
	w.heldEntities += len(ents)
	if w.keep.held+w.heldEntities > maxHeldEntities {
		w.keep, w.held = nil, nil
		return
	}
	a := &storedArticle{seq: row.seq, sum: rowSum, relationsSum: row.relationsSum}
	a.Info.ID = row.id
	if d, ok := row.date.(string); ok {
		// The date as read back: the same instant and offset as
		// parsed from the row, whatever location the input gave.
		a.Info.Date, _ = time.Parse(time.RFC3339Nano, d)
	}
	a.link = graphstore.NewLinkArticle(graphstore.ArticleCounts{Info: a.Info, Entities: ents}, w.keep.keys)
	w.held = append(w.held, a)
}

// writeSums adds the batch's articles to the size and checksum of the
// articles table.
func (w *batchWriter) writeSums() error {
	r, err := w.tx.ExecContext(w.ctx, `UPDATE store_sums SET rows = rows + ?, sum = (sum + ?) & 4294967295 WHERE name = 'articles'`,
		w.sums.rows, w.sums.sum)
	if err != nil {
		return err
	}
	if n, err := r.RowsAffected(); err != nil || n != 1 {
		return fmt.Errorf("store_sums has no row for articles (%d rows, %v)", n, err)
	}
	return nil
}

// findHeld reads which ids and text hashes of the batch the store holds,
// a statement for many articles rather than one for each; from own instead
// when own holds every article the store does.
func (w *batchWriter) findHeld(batch []graphstore.ArticleCounts, own *ownArticles) error {
	if own.holdsAll(w) {
		for _, a := range batch {
			if own.ids[a.Info.ID] {
				w.heldID[a.Info.ID] = true
			}
			if id, ok := own.hashes[a.Info.Hash]; ok {
				w.heldHash[a.Info.Hash] = id
			}
		}
		return nil
	}
	const per = 500 // two parameters an article
	for len(batch) > 0 {
		part := batch[:min(len(batch), per)]
		batch = batch[len(part):]
		ids, hashes := make([]any, len(part)), make([]any, len(part))
		for i, a := range part {
			ids[i], hashes[i] = a.Info.ID, a.Info.Hash
		}
		marks := strings.TrimSuffix(strings.Repeat("?, ", len(part)), ", ")
		err := eachRow(w.ctx, w.tx, `SELECT id, hash FROM articles WHERE id IN (`+marks+`) OR hash IN (`+marks+`)`,
			func(rows *sql.Rows) error {
				var id, hash string
				if err := rows.Scan(&id, &hash); err != nil {
					return err
				}
				w.heldID[id] = true
				w.heldHash[hash] = id
				return nil
			}, append(ids, hashes...)...)
		if err != nil {
			return err
		}
	}
	return nil
}

// known reports an article whose id or text the batch or the store holds
// (as findHeld read it).
func (w *batchWriter) known(id, hash string) *graphstore.Skipped {
	if w.byID[id] {
		return &graphstore.Skipped{ID: id, Dup: id, Same: "id"}
	}
	if dup, ok := w.byHash[hash]; ok {
		return &graphstore.Skipped{ID: id, Dup: dup, Same: "text"}
	}
	if w.heldID[id] {
		return &graphstore.Skipped{ID: id, Dup: id, Same: "id"}
	}
	if dup, ok := w.heldHash[hash]; ok {
		return &graphstore.Skipped{ID: id, Dup: dup, Same: "text"}
	}
	return nil
}

// finish writes what the batch's articles left buffered and records its
// articles as pending in totals_pending, for the totals in memory.
func (w *batchWriter) finish() error {
	for _, r := range []*rowWriter{w.articles, w.mentions, w.relations} {
		if err := r.flush(); err != nil {
			return err
		}
	}
	if w.seq < w.first {
		return nil // added nothing
	}
	if _, err := w.tx.ExecContext(w.ctx, `INSERT INTO totals_pending (first, last) VALUES (?, ?)`, w.first, w.seq); err != nil {
		return err
	}
	w.totals.ranges = append(w.totals.ranges, [2]int64{w.first, w.seq})
	return nil
}

func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// comparePairs orders keys of two ids by the first, then the second.
func comparePairs(a, b [2]string) int {
	// Not cmp.Or, which compares the second ids also when the first
	// differ: this sorts every edge of a batch and of a refresh.
	if c := strings.Compare(a[0], b[0]); c != 0 {
		return c
	}
	return strings.Compare(a[1], b[1])
}

// ownArticles are the ids and text hashes of the articles a process added
// to a store that was empty when its first batch began, up to maxOwn
// articles: while the store holds no other article (its last number is the
// last this process wrote), a batch finds those of its articles the store
// holds in them rather than by reading the store's indexes.
type ownArticles struct {
	ids    map[string]bool
	hashes map[string]string // text hash → id
	last   int64             // the number of the last article added
}

// maxOwn bounds the articles ownArticles holds (about 150 bytes each);
// beyond it batches read the store.
const maxOwn = 50000

// holdsAll reports whether o holds every article of the store the batch of
// w writes into: no other process has added any since o's last.
func (o *ownArticles) holdsAll(w *batchWriter) bool { return o != nil && o.last == w.first-1 }

// add returns o with the articles of the committed batch of w, or nil when
// o cannot hold every article of the store any more.
func (o *ownArticles) add(w *batchWriter) *ownArticles {
	if !o.holdsAll(w) || len(o.ids)+len(w.byID) > maxOwn {
		return nil
	}
	for id := range w.byID {
		o.ids[id] = true
	}
	for h, id := range w.byHash {
		o.hashes[h] = id
	}
	o.last = w.seq
	return o
}

// sortPairs sorts pairs as slices.SortFunc with comparePairs does (pairs
// alike are alike, so the sort's instability shows in nothing). Each pair
// is sorted with the first 16 bytes of its first id as two big-endian
// numbers, which decide most comparisons in two compares of integers:
// tens of thousands of names and aliases in a fresh store's cache and
// totals, where comparing the texts each time was most of the sort's cost.
func sortPairs(pairs [][2]string) {
	type keyed struct {
		hi, lo uint64 // the first's first 16 bytes, 0 past its end
		p      [2]string
	}
	ks := make([]keyed, len(pairs))
	for i, p := range pairs {
		var b [16]byte
		copy(b[:], p[0])
		ks[i] = keyed{binary.BigEndian.Uint64(b[:8]), binary.BigEndian.Uint64(b[8:]), p}
	}
	slices.SortFunc(ks, func(x, y keyed) int {
		if x.hi != y.hi {
			return cmp.Compare(x.hi, y.hi)
		}
		if x.lo != y.lo {
			return cmp.Compare(x.lo, y.lo)
		}
		return comparePairs(x.p, y.p)
	})
	for i := range ks {
		pairs[i] = ks[i].p
	}
}
