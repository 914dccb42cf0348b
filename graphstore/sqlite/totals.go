package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"

	"github.com/nergraph/nergraph/graphstore"
)

// The running totals (the entities, aliases and edges tables) are not
// written by every batch. A batch records the numbers of the articles it
// adds as a row of totals_pending, in its own transaction, and the process
// that added them keeps their totals in memory (a totalsAcc), summed over
// its batches; they are written once, with the rows of totals_pending they
// cover deleted in the same transaction, when the process flushes: at the
// start of a refresh, in Stats, in Close, and in a batch when the sums
// grow past maxPendingEdges. An edge that many batches touch is then
// upserted once rather than once a batch, and into a new store the totals
// go in once, in key order.
//
// A flush adds the totals of every article totals_pending names: of those
// its own sums cover, from memory, and of any other (a killed ingest's, or
// another process's that has not flushed yet), read back from their
// mention rows. Each pending row is deleted by the transaction that adds
// its articles, so no article is counted twice and none is lost: a process
// whose rows another took, or whose batch failed after it counted it,
// drops its sums and reads its articles back instead.

// maxPendingEdges is how many edges a process's unwritten totals hold
// before a batch writes them: about 50 bytes an edge in memory, so 25 MB;
// Reuters+BBC (422,000 raw edges) stays below it and writes its totals once.
var maxPendingEdges = 1 << 19 // a variable for the tests

// totalsAcc sums the totals of articles: what they add to the entities,
// aliases and edges tables.
type totalsAcc struct {
	ranges   [][2]int64 // the pending rows whose articles it holds: first, last
	entities map[string]*entityAcc
	aliases  map[[2]string]int
	// The edges by the numbers their entities get in the sums (num),
	// the first's in the high half: hashing two numbers rather than two
	// ids, and sorting them by number, cost a fraction.
	nums  map[string]uint32
	ids   []string           // by num
	edges map[uint64]edgeSum // values, not pointers: nothing for the collector to trace
	pairs int                // the edges' articles: the sum of their weights

	scratch []uint64 // count's, the numbers of an article's entities
}

// entityAcc sums what articles add to one row of entities.
type entityAcc struct {
	name, typ, iso              string
	mentions, articles, sources int
	first, last                 string
}

type edgeSum struct{ weight, sentences int }

func newTotalsAcc() *totalsAcc {
	return &totalsAcc{entities: map[string]*entityAcc{}, aliases: map[[2]string]int{}, nums: map[string]uint32{},
		edges: map[uint64]edgeSum{}}
}

// count adds an article's entities, sorted by id as mention rows are, with
// the article's date as utcLayout text ("" when it has none).
func (t *totalsAcc) count(ents []graphstore.EntityCount, utc string) {
	t.scratch = slices.Grow(t.scratch[:0], len(ents))[:len(ents)]
	nums := t.scratch
	for i, e := range ents {
		t.countEntity(e, utc)
		nums[i] = uint64(t.num(e.ID))
	}
	// The whole-article window, with the graph's guard on articles of very
	// many entities, so that the store counts what a Graph counts.
	graphstore.CoMentions(ents, nil, graphstore.Window{}, func(i, j int) {
		// ents are sorted by id: the first of the pair sorts first.
		k := nums[i]<<32 | nums[j]
		ed := t.edges[k]
		t.pairs++
		ed.weight++
		ed.sentences += graphstore.SharedSentences(ents[i], ents[j])
		t.edges[k] = ed
	})
}

// num returns the number of an entity id in the sums.
func (t *totalsAcc) num(id string) uint32 {
	n, ok := t.nums[id]
	if !ok {
		n = uint32(len(t.ids))
		t.nums[id] = n
		t.ids = append(t.ids, id)
	}
	return n
}

// countEntity adds an article's counts of an entity.
func (t *totalsAcc) countEntity(e graphstore.EntityCount, utc string) {
	ea := t.entities[e.ID]
	if ea == nil {
		ea = &entityAcc{name: e.Name, typ: string(e.Type), iso: e.ISO}
		t.entities[e.ID] = ea
	}
	ea.mentions += e.Mentions
	ea.articles++
	ea.sources += e.Sources
	if utc != "" {
		if ea.first == "" || utc < ea.first {
			ea.first = utc
		}
		if utc > ea.last {
			ea.last = utc
		}
	}
	for name, n := range e.Aliases {
		t.aliases[[2]string{e.ID, name}] += n
	}
}

// pendingRanges reads the rows of totals_pending, in order.
func pendingRanges(ctx context.Context, tx *sql.Tx) ([][2]int64, error) {
	var out [][2]int64
	err := eachRow(ctx, tx, `SELECT first, last FROM totals_pending ORDER BY first`, func(rows *sql.Rows) error {
		var r [2]int64
		err := rows.Scan(&r[0], &r[1])
		out = append(out, r)
		return err
	})
	return out, err
}

// flushTotals writes in tx the totals of every article totals_pending
// names, and empties it: from s.totals for the rows it covers, read back
// for the others. It leaves s.totals nil; the caller's commit makes it so
// for the store, and a caller whose transaction fails has lost nothing but
// the sums, as the rows stay pending.
func (s *Store) flushTotals(ctx context.Context, tx *writeTx) error {
	acc := s.totals
	s.totals = nil
	pending, err := pendingRanges(ctx, tx.Tx)
	if err != nil {
		return err
	}
	if len(pending) == 0 && (acc == nil || len(acc.ranges) == 0) {
		return nil
	}
	isPending := map[[2]int64]bool{}
	for _, r := range pending {
		isPending[r] = true
	}
	have := map[[2]int64]bool{}
	if acc != nil {
		for _, r := range acc.ranges {
			if !isPending[r] {
				// Another process took these articles: the sums
				// cannot be split, so every article is read back.
				acc = nil
				break
			}
			have[r] = true
		}
	}
	if acc == nil {
		acc, have = newTotalsAcc(), map[[2]int64]bool{}
	} else {
		s.counted.add(acc)
	}
	for _, r := range pending {
		if have[r] {
			continue
		}
		if r[0] > r[1] {
			return s.damaged("totals_pending holds the articles from %d to %d", r[0], r[1])
		}
		n := int64(0)
		_, err := s.readArticles(ctx, tx.Tx, "a.seq BETWEEN ? AND ?", []any{r[0], r[1]}, false, func(a *storedArticle) error {
			n++
			acc.count(a.Entities, utcOf(a))
			return nil
		})
		if err != nil {
			return err
		}
		if n != r[1]-r[0]+1 {
			return s.damaged("totals_pending names the articles from %d to %d, of which articles holds %d", r[0], r[1], n)
		}
	}
	if err := writeTotals(ctx, tx, acc); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `DELETE FROM totals_pending`)
	return err
}

// utcOf returns an article's date as utcLayout text, "" when it has none.
func utcOf(a *storedArticle) string {
	if a.Info.Date.IsZero() {
		return ""
	}
	return a.Info.Date.UTC().Format(utcLayout)
}

// Flush writes the running totals of the articles this process added
// (and of any other articles whose totals are pending) to the entities,
// aliases and edges tables. Refresh, Stats and Close flush; a caller of
// AddBatch alone that reads those tables itself flushes first.
func (s *Store) Flush(ctx context.Context) error {
	if s.readOnly {
		return nil
	}
	if s.totals == nil && !s.indexesDropped {
		// Nothing of this process's own; another's, perhaps.
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM totals_pending`).Scan(&n); err != nil {
			return s.failed(ctx, "write totals", err)
		}
		if n == 0 {
			return nil
		}
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return s.failed(ctx, "write totals", err)
	}
	defer tx.end()
	if err := s.flushTotals(context.WithoutCancel(ctx), tx); err != nil {
		return s.failed(ctx, "write totals", err)
	}
	if s.indexesDropped {
		// After the totals, whose aliases go in without aliases_name.
		if err := makeCountIndexes(context.WithoutCancel(ctx), tx.Tx); err != nil {
			return s.failed(ctx, "make indexes", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return s.failed(ctx, "write totals: commit", err)
	}
	s.indexesDropped = false
	return nil
}

// writeTotals adds the sums to the entities, aliases and edges tables,
// once per key, in key order.
func writeTotals(ctx context.Context, tx *writeTx, t *totalsAcc) error {
	ctx = context.WithoutCancel(ctx) // see batchWriter
	// Into empty tables (a new store's first ingest) the rows go as plain
	// inserts: an upsert may change rows already written, which SQLite
	// must be able to undo alone, so it copies every page it touches into
	// the statement journal first.
	var empty bool
	if err := tx.QueryRowContext(ctx, `SELECT NOT EXISTS (SELECT 1 FROM entities) AND NOT EXISTS (SELECT 1 FROM aliases)
		AND NOT EXISTS (SELECT 1 FROM edges)`).Scan(&empty); err != nil {
		return err
	}
	upsert := func(tail string) string {
		if empty {
			return ""
		}
		return tail
	}
	ents := newRowWriter(ctx, tx, failInsert, `entities (id, name, type, iso, mentions, articles, sources, first_seen, last_seen)`, 9, upsert(`
		ON CONFLICT (id) DO UPDATE SET
			mentions = mentions + excluded.mentions,
			articles = articles + excluded.articles,
			sources = sources + excluded.sources,
			first_seen = CASE WHEN first_seen IS NULL OR excluded.first_seen < first_seen THEN excluded.first_seen ELSE first_seen END,
			last_seen = CASE WHEN last_seen IS NULL OR excluded.last_seen > last_seen THEN excluded.last_seen ELSE last_seen END`))
	defer ents.close()
	sorted := slices.Sorted(maps.Keys(t.entities))
	for _, id := range sorted {
		ea := t.entities[id]
		ents.text(id)
		ents.text(ea.name)
		ents.text(ea.typ)
		ents.text(ea.iso)
		ents.int(int64(ea.mentions))
		ents.int(int64(ea.articles))
		ents.int(int64(ea.sources))
		ents.value(nullIfEmpty(ea.first))
		ents.value(nullIfEmpty(ea.last))
		if err := ents.endRow(); err != nil {
			return err
		}
	}
	if err := ents.flush(); err != nil {
		return err
	}
	als := newRowWriter(ctx, tx, failInsert, `aliases (entity, name, count)`, 3, upsert(`
		ON CONFLICT (entity, name) DO UPDATE SET count = count + excluded.count`))
	defer als.close()
	aliases := make([][2]string, 0, len(t.aliases))
	for k := range t.aliases {
		aliases = append(aliases, k)
	}
	sortPairs(aliases)
	for _, k := range aliases {
		als.text(k[0])
		als.text(k[1])
		als.int(int64(t.aliases[k]))
		if err := als.endRow(); err != nil {
			return err
		}
	}
	if err := als.flush(); err != nil {
		return err
	}
	eds := newRowWriter(ctx, tx, failInsert, `edges (source, target, weight, sentences)`, 4, upsert(`
		ON CONFLICT (source, target) DO UPDATE SET weight = weight + excluded.weight, sentences = sentences + excluded.sentences`))
	defer eds.close()
	// The edges in the order of their ids: the ids' ranks in sorted for
	// their numbers, which every id of an edge has (countEntity counted
	// it).
	rank := make([]uint64, len(t.ids))
	for r, id := range sorted {
		if n, ok := t.nums[id]; ok {
			rank[n] = uint64(r)
		}
	}
	type rankedEdge struct {
		key uint64 // ranks of source and target
		edgeSum
	}
	byRank := make([]rankedEdge, 0, len(t.edges))
	for k, ed := range t.edges {
		byRank = append(byRank, rankedEdge{rank[k>>32]<<32 | rank[k&0xffffffff], ed})
	}
	slices.SortFunc(byRank, func(a, b rankedEdge) int { return cmp.Compare(a.key, b.key) })
	for _, e := range byRank {
		eds.text(sorted[e.key>>32])
		eds.text(sorted[e.key&0xffffffff])
		eds.int(int64(e.weight))
		eds.int(int64(e.sentences))
		if err := eds.endRow(); err != nil {
			return err
		}
	}
	if err := eds.flush(); err != nil {
		return fmt.Errorf("write totals: %w", err)
	}
	return nil
}
