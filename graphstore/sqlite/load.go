package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"iter"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// ArticleIDs returns the ids of every article in the store, each article
// row checked against its checksum. A store open for writing (an
// ingest's) reads the articles whole and keeps them (see [readBack]):
// the quick check and the refresh of the ingest then read only those
// added since.
func (s *Store) ArticleIDs(ctx context.Context) (map[string]bool, error) {
	tx, err := s.begin(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, s.failed(ctx, "read article ids", err)
	}
	defer tx.Rollback()
	ids := map[string]bool{}
	if !s.readOnly {
		rb, err := s.readAll(ctx, tx)
		if err != nil {
			return nil, s.failed(ctx, "read article ids", err)
		}
		for _, a := range rb.articles {
			ids[a.Info.ID] = true
		}
		return ids, nil
	}
	err = s.scanArticles(ctx, tx, func(a *articleRow) { ids[a.id] = true })
	if err != nil {
		return nil, s.failed(ctx, "read article ids", err)
	}
	return ids, nil
}

// Graph returns the graph of the articles dated in [since, until], as
// [graphstore.Store] says. Every row it reads is checked against its
// checksum, and the articles against the size and checksum of their table,
// so that a damaged store fails with [graphstore.ErrDamaged] rather than
// give a wrong graph.
func (s *Store) Graph(ctx context.Context, since, until time.Time) (*graphstore.Graph, error) {
	// One read transaction, so the graph is one snapshot even while an ingest
	// commits batches.
	tx, err := s.begin(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, s.failed(ctx, "load graph", err)
	}
	defer tx.Rollback()
	g, err := s.loadGraph(ctx, tx, since, until)
	if err != nil {
		return nil, s.failed(ctx, "load graph", err)
	}
	return g, nil
}

// loadGraph adds the articles dated in [since, until] to a new graph, in the
// order they were ingested, each with the counts its mention rows hold.
func (s *Store) loadGraph(ctx context.Context, tx *sql.Tx, since, until time.Time) (*graphstore.Graph, error) {
	g := graphstore.New()
	add := func(a *storedArticle) error {
		g.AddCounts(a.ArticleCounts)
		return nil
	}
	if since.IsZero() && until.IsZero() {
		seen, err := s.readArticles(ctx, tx, "", nil, true, add)
		if err != nil {
			return nil, err
		}
		return g, s.checkArticleSums(ctx, tx, seen)
	}
	// A window is read through the index of dates, which the checksums of
	// the rows do not cover: check the articles it gives against those of
	// a scan of the table, itself checked against the table's sums.
	lo, hi := "", "\uffff"
	if !since.IsZero() {
		lo = since.UTC().Format(utcLayout)
	}
	if !until.IsZero() {
		hi = until.UTC().Format(utcLayout)
	}
	want := map[int64]bool{}
	if err := s.scanArticles(ctx, tx, func(a *articleRow) {
		if u, ok := a.utc.(string); ok && lo <= u && u <= hi {
			want[a.seq] = true
		}
	}); err != nil {
		return nil, err
	}
	got := 0
	_, err := s.readArticles(ctx, tx, "a.utc >= ? AND a.utc <= ?", []any{lo, hi}, true, func(a *storedArticle) error {
		if !want[a.seq] {
			return s.damaged("the index articles_utc gives article %s, dated out of the window", a.Info.ID)
		}
		got++
		return add(a)
	})
	if err == nil && got != len(want) {
		err = s.damaged("the index articles_utc gives %d articles of the window; the table holds %d", got, len(want))
	}
	return g, err
}

// storedArticle is an article read back from the store.
type storedArticle struct {
	seq int64
	// sum and relationsSum are the checksums of its row and of its
	// relation rows, as the row holds them.
	sum, relationsSum int64
	graphstore.ArticleCounts
	// link holds the entities in the form corpus linking reads, when the
	// read-back holds the article (see [readBack]): Entities is nil then.
	link *graphstore.LinkArticle
}

// entityIDs yields the ids of the article's entities, sorted.
func (a *storedArticle) entityIDs() iter.Seq[string] {
	if a.link != nil {
		return a.link.EntityIDs()
	}
	return func(yield func(string) bool) {
		for i := range a.Entities {
			if !yield(a.Entities[i].ID) {
				return
			}
		}
	}
}

// entities returns the article's entities: Entities, or those of its
// compact form, in new maps and slices.
func (a *storedArticle) entities() []graphstore.EntityCount {
	if a.link != nil {
		return a.link.Entities()
	}
	return a.Entities
}

// mergeLinked is [graphstore.MergeLinked] of the article's entities.
func (a *storedArticle) mergeLinked(to func(id string) string) []graphstore.EntityCount {
	if a.link != nil {
		return a.link.MergeLinked(to)
	}
	return graphstore.MergeLinked(a.Entities, to)
}

const articleCols = `a.seq, a.id, a.hash, a.title, a.date, a.utc, a.source, a.url, a.tokens, a.sentences, a.ingested`

// The schema versions that added the relations and the checksums.
const (
	versionRelations = 3
	versionSums      = 4
	// versionArticleLinks links short names in their articles' contexts
	// (graph_article_links); the caches of older versions are not read.
	versionArticleLinks = 5
	// versionUnsure keeps whether the recognizer was unsure of an entity
	// in an article (mentions.unsure); older stores have no unsure rows.
	versionUnsure = 6
	// versionUnsureCache has a cache that leaves out the nodes all of whose
	// entities are unsure (NodeTally.Unsure); version 6's counted them.
	versionUnsureCache = 7
	// versionPending writes the running totals once per ingest rather than
	// once per batch, and keeps which articles they lack in totals_pending.
	versionPending = 8
	// versionRules records the rules the cache was computed with
	// (graph_state.rules, graphstore.CacheRules); older stores' caches
	// count as computed by unknown rules.
	versionRules = 9
)

// unsureCol is the column of the mention rows' unsure flag, or a constant
// false for a store older than versionUnsure.
func (s *Store) unsureCol(table string) string {
	if s.version >= versionUnsure {
		return table + "unsure"
	}
	return "0"
}

// sumCols are the checksum columns of articles, or zeros in a store of an
// older schema, which has none.
func (s *Store) sumCols() string {
	if s.version < versionSums {
		return `0, 0, 0`
	}
	return `a.mentions_sum, a.relations_sum, a.sum`
}

func scanArticle(sc interface{ Scan(...any) error }, a *articleRow, sum *int64, extra ...any) error {
	var date, utc sql.NullString
	dest := append([]any{&a.seq, &a.id, &a.hash, &a.title, &date, &utc, &a.source, &a.url, &a.tokens, &a.sentences,
		&a.ingested, &a.mentionsSum, &a.relationsSum, sum}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return err
	}
	a.date, a.utc = nullable(date.Valid, date.String), nullable(utc.Valid, utc.String)
	return nil
}

// checkRow checks an article row against its checksum.
func (s *Store) checkRow(a *articleRow, sum int64) error {
	if s.version >= versionSums && a.sum() != sum {
		return s.damaged("article row %d (%q) does not match its checksum", a.seq, a.id)
	}
	return nil
}

// scanArticles reads every article row, without its mentions, checks each
// against its checksum and all of them against the table's sums, and calls
// fn on each.
func (s *Store) scanArticles(ctx context.Context, tx *sql.Tx, fn func(*articleRow)) error {
	var seen setSum
	err := eachRow(ctx, tx, `SELECT `+articleCols+`, `+s.sumCols()+` FROM articles a ORDER BY a.seq`, func(rows *sql.Rows) error {
		var a articleRow
		var sum int64
		if err := scanArticle(rows, &a, &sum); err != nil {
			return err
		}
		if err := s.checkRow(&a, sum); err != nil {
			return err
		}
		seen.add(sum)
		fn(&a)
		return nil
	})
	if err != nil {
		return err
	}
	return s.checkArticleSums(ctx, tx, seen)
}

// checkArticleSums checks the article rows read, all of them, against the
// size and checksum the store keeps of its articles table.
func (s *Store) checkArticleSums(ctx context.Context, tx *sql.Tx, seen setSum) error {
	if s.version < versionSums {
		return nil
	}
	var want setSum
	err := tx.QueryRowContext(ctx, `SELECT rows, sum FROM store_sums WHERE name = 'articles'`).Scan(&want.rows, &want.sum)
	if errors.Is(err, sql.ErrNoRows) {
		return s.damaged("store_sums has no row for articles")
	}
	if err != nil {
		return err
	}
	if seen != want {
		return s.damaged("the articles table has %d rows with checksums summing to %d; store_sums says %d rows summing to %d (rows lost, added or changed)",
			seen.rows, seen.sum, want.rows, want.sum)
	}
	return nil
}

// readArticles reads the articles that where selects (a condition on a,
// the articles table; all when empty), in ingest order, with their mention
// rows and, when withRelations, their relation rows, checks each article,
// its mentions and relations against their checksums, and calls fn on
// each. It returns the size and checksum of the article rows read.
func (s *Store) readArticles(ctx context.Context, tx *sql.Tx, where string, args []any, withRelations bool,
	fn func(*storedArticle) error) (setSum, error) {
	return s.readArticlesAs(ctx, tx, where, args, withRelations, nil, fn)
}

// readArticlesAs is readArticles, but for keys: when not nil, each article
// is handed on in the form corpus linking reads ([storedArticle.link], with
// keys from keys; Entities nil), and the maps and slices its entities were
// decoded into are decoded into again for the next article, rather than
// made anew for each of the store's mention rows and dropped.
func (s *Store) readArticlesAs(ctx context.Context, tx *sql.Tx, where string, args []any, withRelations bool,
	keys *graphstore.LinkKeys, fn func(*storedArticle) error) (setSum, error) {
	// Two cursors in the same order, the article rows and the mention
	// rows, rather than their join: the join repeats an article's columns
	// in each of its mention rows, which costs more to step and scan than
	// the mentions themselves.
	query := `SELECT ` + articleCols + `, ` + s.sumCols() + ` FROM articles a`
	mquery := `SELECT m.article, m.entity, m.name, m.type, m.iso, m.partial, ` + s.unsureCol("m.") + `, m.mentions, m.sources,
		m.sentences, m.aliases FROM mentions m`
	if where != "" {
		query += " WHERE " + where
		mquery += " JOIN articles a ON a.seq = m.article WHERE " + where
	}
	// Read whole, the mentions table is scanned without the join, so
	// that a mention row of an article the table lacks is found (see
	// articleReader.row) rather than passed over.
	query += " ORDER BY a.seq"
	mquery += " ORDER BY m.article, m.entity"
	r := articleReader{s: s, fn: fn, keys: keys}
	if withRelations && s.version >= versionRelations {
		var err error
		if r.rels, err = s.openRelations(ctx, tx, where, args); err != nil {
			return r.seen, err
		}
		defer r.rels.rows.Close()
	}
	mrows, err := tx.QueryContext(ctx, mquery, args...)
	if err != nil {
		return r.seen, err
	}
	defer mrows.Close()
	r.m = &mentionCursor{rows: mrows}
	if err := r.m.next(); err != nil {
		return r.seen, err
	}
	err = eachRow(ctx, tx, query, r.row, args...)
	if err == nil {
		err = r.flush()
	}
	if err == nil && r.m.ok {
		// A mention row of an article the articles cursor did not give,
		// in the order of both: the article rows changed under the
		// index, or the mention's article is gone.
		err = s.damaged("a mention row of %s names article number %d, which the articles table does not give in order", r.m.row.entity, r.m.seq)
	}
	return r.seen, err
}

// mentionCursor reads the mention rows of readArticles one ahead.
type mentionCursor struct {
	rows *sql.Rows
	ok   bool // row and seq hold the next row
	seq  int64
	row  mentionRow
}

func (c *mentionCursor) next() error {
	if c.ok = c.rows.Next(); !c.ok {
		return c.rows.Err()
	}
	m := &c.row
	return c.rows.Scan(&c.seq, &m.entity, &m.name, &m.typ, &m.iso, &m.partial, &m.unsure, &m.mentions, &m.sources, &m.sentences,
		&m.aliases)
}

// articleReader gathers the article rows of readArticles' query and their
// mention rows into articles.
type articleReader struct {
	s        *Store
	fn       func(*storedArticle) error
	m        *mentionCursor
	row0     articleRow // of the current article
	sum      int64      // its stored checksum
	mentions summer     // the checksum of its mention rows so far
	cur      *storedArticle
	seen     setSum
	// rels reads the relation rows of the articles, when they are read;
	// nil when not.
	rels *relationCursor
	// keys, when not nil, makes each article the linker's form before it
	// is handed on (see readArticlesAs); spare is then the entities of the
	// article before, whose maps and slices the next one decodes into.
	keys  *graphstore.LinkKeys
	spare []graphstore.EntityCount
}

func (r *articleReader) row(rows *sql.Rows) error {
	var a articleRow
	var sum int64
	if err := scanArticle(rows, &a, &sum); err != nil {
		return err
	}
	if err := r.flush(); err != nil {
		return err
	}
	if err := r.start(a, sum); err != nil {
		return err
	}
	for r.m.ok && r.m.seq <= a.seq {
		if r.m.seq < a.seq {
			return r.s.damaged("a mention row of %s names article number %d, which the articles table does not give in order", r.m.row.entity, r.m.seq)
		}
		if err := r.mention(a.id, &r.m.row); err != nil {
			return err
		}
		if err := r.m.next(); err != nil {
			return err
		}
	}
	return nil
}

// mention adds a mention row to the current article.
func (r *articleReader) mention(article string, m *mentionRow) error {
	m.addTo(&r.mentions)
	// The slot past the last entity holds, in the linker's form, the map
	// and slice of an entity of the article before (see spare); otherwise
	// it is new.
	ents := r.cur.Entities
	if len(ents) < cap(ents) {
		ents = ents[:len(ents)+1]
	} else {
		ents = append(ents, graphstore.EntityCount{})
	}
	r.cur.Entities = ents
	return r.s.entityOf(article, m, &ents[len(ents)-1])
}

// entityOf sets e to what a mention row of an article says. The map and
// slice e holds, if any, are decoded into: nothing of their contents is
// kept.
func (s *Store) entityOf(article string, m *mentionRow, e *graphstore.EntityCount) error {
	*e = graphstore.EntityCount{ID: m.entity, Name: m.name, Type: extract.Type(m.typ), ISO: m.iso, Partial: m.partial,
		Unsure: m.unsure, Mentions: m.mentions, Sources: m.sources, Aliases: e.Aliases, Sentences: e.Sentences}
	if err := decodeSentences(m.sentences, &e.Sentences); err != nil {
		return s.damaged("article %q, entity %s: sentences: %v", article, e.ID, err)
	}
	if err := decodeAliases(m.aliases, &e.Aliases); err != nil {
		return s.damaged("article %q, entity %s: aliases: %v", article, e.ID, err)
	}
	return nil
}

// start begins an article.
func (r *articleReader) start(a articleRow, sum int64) error {
	if err := r.s.checkRow(&a, sum); err != nil {
		return err
	}
	r.row0, r.sum = a, sum
	r.mentions = summer{}
	r.mentions.add(a.seq)
	r.seen.add(sum)
	var err error
	r.cur, err = r.s.articleOf(&a, sum)
	if r.cur != nil && r.keys != nil {
		r.cur.Entities = r.spare[:0]
	}
	return err
}

// articleOf returns the article of an article row, without its entities.
func (s *Store) articleOf(a *articleRow, sum int64) (*storedArticle, error) {
	out := &storedArticle{seq: a.seq, sum: sum, relationsSum: a.relationsSum}
	out.Info = graphstore.ArticleInfo{ID: a.id, Hash: a.hash, Title: a.title, Source: a.source, URL: a.url}
	out.Tokens, out.Sentences = a.tokens, a.sentences
	if d, ok := a.date.(string); ok {
		t, err := time.Parse(time.RFC3339Nano, d)
		if err != nil {
			return nil, s.damaged("article %q: date: %v", a.id, err)
		}
		out.Info.Date = t
	}
	return out, nil
}

// flush checks the mention rows of the current article and hands it on.
func (r *articleReader) flush() error {
	if r.cur == nil {
		return nil
	}
	if r.s.version >= versionSums && r.mentions.sum() != r.row0.mentionsSum {
		return r.s.damaged("the mention rows of article %q do not match their checksum (rows lost, added or changed)", r.row0.id)
	}
	if r.rels != nil {
		rels, err := r.rels.of(r.row0.seq)
		if err != nil {
			return err
		}
		if r.s.version >= versionSums && relationsSum(r.row0.seq, rels) != r.row0.relationsSum {
			return r.s.damaged("the relation rows of article %q do not match their checksum (rows lost, added or changed)", r.row0.id)
		}
		r.cur.Relations = relationsOf(rels)
	}
	a := r.cur
	r.cur = nil
	if r.keys != nil {
		// The linker's form keeps nothing of the entities' maps and
		// slices: the next article decodes into them.
		a.link = graphstore.NewLinkArticle(a.ArticleCounts, r.keys)
		r.spare, a.Entities = a.Entities, nil
	}
	return r.fn(a)
}

// Stats counts the rows of the store's tables and measures its file: Bytes
// is the size of the database as the file will be once its write-ahead log
// is checkpointed.
func (s *Store) Stats(ctx context.Context) (graphstore.Stats, error) {
	var st graphstore.Stats
	// The counts of entities and edges are those of the totals tables,
	// which a writer brings up to date first.
	if err := s.Flush(ctx); err != nil {
		return st, err
	}
	rels := "0"
	if s.version >= versionRelations {
		rels = "(SELECT count(*) FROM relations)"
	}
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM entities),
		(SELECT count(*) FROM mentions), (SELECT count(*) FROM edges), `+rels).
		Scan(&st.Articles, &st.Entities, &st.Mentions, &st.Edges, &st.Relations)
	if err != nil {
		return st, s.failed(ctx, "store stats", err)
	}
	// The pages of the database as of now, committed pages still in the
	// write-ahead log included.
	if err := s.db.QueryRowContext(ctx, `SELECT page_count * page_size FROM pragma_page_count, pragma_page_size`).Scan(&st.Bytes); err != nil {
		return st, s.failed(ctx, "store stats", err)
	}
	return st, nil
}

// eachRow calls fn on each row of a query, stopping at its first error.
func eachRow(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, query string, fn func(*sql.Rows) error, args ...any) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// decodeSentences decodes a mention row's sentences, a JSON list of
// numbers, as json.Unmarshal does (into the slice *out holds, if any,
// which it empties; as into a nil one otherwise): the list the store
// writes ("[0,3,7]", "[]") by hand, which reading every article of a store
// does hundreds of thousands of times, anything else by json.Unmarshal,
// which gives its answer or its error.
func decodeSentences(s string, out *[]int) error {
	if len(s) < 2 || s[0] != '[' || s[len(s)-1] != ']' {
		return json.Unmarshal([]byte(s), out)
	}
	list := (*out)[:0]
	if n := strings.Count(s, ",") + 1; cap(list) < n {
		list = make([]int, 0, n)
	}
	n, digits := 0, 0
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9' && digits < 9 && !(digits == 1 && n == 0):
			n, digits = n*10+int(c-'0'), digits+1
		case c == ',' && digits > 0 || c == ']' && i == len(s)-1 && digits > 0:
			list = append(list, n)
			n, digits = 0, 0
		case c == ']' && i == 1 && len(s) == 2:
		default: // a sign, a space, a leading zero, a long number: JSON's rules
			return json.Unmarshal([]byte(s), out)
		}
	}
	*out = list
	return nil
}

// decodeAliases decodes a mention row's aliases, a JSON object of counts by
// name, into a nil map as json.Unmarshal does: the object the store writes
// ({"Putin":2,"Vladimir Putin":1}) by hand, anything else (an escape, a
// space, a number JSON reads otherwise) by json.Unmarshal, which gives its
// answer or its error. A map *out holds is emptied and decoded into.
func decodeAliases(s string, out *map[string]int) error {
	emptyMap(*out)
	slow := func() error {
		emptyMap(*out)
		return json.Unmarshal([]byte(s), out)
	}
	if len(s) < 2 || s[0] != '{' || s[len(s)-1] != '}' {
		return slow()
	}
	m := *out
	if m == nil {
		m = map[string]int{}
	}
	i := 1
	for i < len(s)-1 {
		// "name"
		if s[i] != '"' {
			return slow()
		}
		j := i + 1
		for j < len(s) && s[j] != '"' {
			if c := s[j]; c == '\\' || c < 0x20 {
				return slow()
			}
			j++
		}
		if j+1 >= len(s) || s[j+1] != ':' {
			return slow()
		}
		name := s[i+1 : j]
		if !utf8.ValidString(name) {
			return slow() // json.Unmarshal replaces what is not UTF-8
		}
		// :count
		k := j + 2
		neg := k < len(s) && s[k] == '-'
		if neg {
			k++
		}
		n, digits := 0, 0
		for k < len(s) && '0' <= s[k] && s[k] <= '9' && digits < 9 && !(digits == 1 && n == 0) {
			n, digits = n*10+int(s[k]-'0'), digits+1
			k++
		}
		if digits == 0 || k >= len(s) || s[k] != ',' && s[k] != '}' || s[k] == '}' && k != len(s)-1 || s[k] == ',' && k+1 >= len(s)-1 {
			return slow()
		}
		if neg {
			n = -n
		}
		m[name] = n
		i = k + 1
	}
	*out = m
	return nil
}

// emptyMap deletes every key of m (the builtin clear, which a test of the
// package shadows).
func emptyMap(m map[string]int) {
	for k := range m {
		delete(m, k)
	}
}
