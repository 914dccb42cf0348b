package postgres

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/nergraph/nergraph/graphstore"
)

// maxBatch is the most articles one batch may hold: an article's seq is its
// batch's key times 2^24 plus its position in the batch.
const maxBatch = 1 << 24

// AddBatch adds the articles of batch that the store does not hold yet, in
// one transaction, as [graphstore.Store] says. Other processes may add
// batches at once: an article that another batch claims first, by id or by
// text, is skipped; when PostgreSQL aborts the transaction to break a
// deadlock with another writer, it is tried again, a few times at most. On
// cancellation before the batch is written the transaction is rolled back
// and the error wraps the context's error; a batch written is committed
// whatever the context does meanwhile (see tryTx).
func (s *Store) AddBatch(ctx context.Context, batch []graphstore.ArticleCounts) (graphstore.BatchResult, error) {
	if s.readOnly {
		return graphstore.BatchResult{}, fmt.Errorf("add batch to %s: %w", s.name, graphstore.ErrReadOnly)
	}
	if len(batch) > maxBatch {
		return graphstore.BatchResult{}, fmt.Errorf("add batch: %d articles, at most %d in one batch", len(batch), maxBatch)
	}
	if err := ctx.Err(); err != nil {
		return graphstore.BatchResult{}, fmt.Errorf("add batch: %w", err)
	}
	// Articles that repeat an earlier one of the batch never reach the
	// database; the rest are candidates, each at its position in the batch.
	var res graphstore.BatchResult
	skipped := map[int]graphstore.Skipped{}
	byID, byHash := map[string]bool{}, map[string]string{}
	var cands []int
	for i, a := range batch {
		switch dup, ok := byHash[a.Info.Hash]; {
		case byID[a.Info.ID]:
			skipped[i] = graphstore.Skipped{ID: a.Info.ID, Dup: a.Info.ID, Same: "id"}
		case ok:
			skipped[i] = graphstore.Skipped{ID: a.Info.ID, Dup: dup, Same: "text"}
		default:
			byID[a.Info.ID] = true
			byHash[a.Info.Hash] = a.Info.ID
			cands = append(cands, i)
		}
	}
	var added int
	var held map[int]graphstore.Skipped
	err := s.inTx(ctx, pgx.TxOptions{}, func(tx pgx.Tx) error {
		var err error
		added, held, err = writeBatch(ctx, tx, batch, cands)
		return err
	})
	if err != nil {
		return graphstore.BatchResult{}, failed(ctx, "add batch", err)
	}
	for i, sk := range held {
		skipped[i] = sk
	}
	for _, i := range sortedInts(skipped) {
		res.Skipped = append(res.Skipped, skipped[i])
	}
	res.Added = added
	return res, nil
}

// stageTables are the temporary tables a batch is copied into before it is
// merged into the store's tables with one statement each.
const stageTables = `
CREATE TEMP TABLE IF NOT EXISTS stage_articles (seq bigint, id text, hash text, title text, date text,
	utc timestamptz, source text, url text, tokens integer, sentences integer) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS stage_entities (id text, name text, type text, iso text, mentions bigint,
	articles bigint, sources bigint, first_seen timestamptz, last_seen timestamptz) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS stage_aliases (entity text, name text, count bigint) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS stage_edges (source text, target text, weight bigint, sentences bigint) ON COMMIT DELETE ROWS;
SET LOCAL client_min_messages = warning;`

// writeBatch writes the candidates cands of batch in tx and returns how
// many it added and, by position, those the store already held.
func writeBatch(ctx context.Context, tx pgx.Tx, batch []graphstore.ArticleCounts, cands []int) (int, map[int]graphstore.Skipped, error) {
	if len(cands) == 0 {
		return 0, nil, nil
	}
	if _, err := tx.Exec(ctx, stageTables); err != nil {
		return 0, nil, err
	}
	var key int64
	if err := tx.QueryRow(ctx, `SELECT nextval('batch_keys')`).Scan(&key); err != nil {
		return 0, nil, err
	}
	seqOf := func(i int) int64 { return key<<24 | int64(i) }
	rows := make([][]any, 0, len(cands))
	for _, i := range cands {
		a := batch[i].Info
		var date, utc any // NULL when unknown
		if !a.Date.IsZero() {
			date, utc = a.Date.Format(time.RFC3339Nano), a.Date
		}
		rows = append(rows, []any{seqOf(i), a.ID, a.Hash, a.Title, date, utc, a.Source, a.URL,
			int32(batch[i].Tokens), int32(batch[i].Sentences)})
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"stage_articles"},
		[]string{"seq", "id", "hash", "title", "date", "utc", "source", "url", "tokens", "sentences"},
		pgx.CopyFromRows(rows)); err != nil {
		return 0, nil, fmt.Errorf("copy articles: %w", err)
	}
	// Claim the articles, in id order so that two writers take the locks
	// of the unique index in one order. Those that another batch holds,
	// or is adding and then commits, are left out.
	r, err := tx.Query(ctx, `INSERT INTO articles (seq, id, hash, title, date, utc, source, url, tokens, sentences)
		SELECT seq, id, hash, title, date, utc, source, url, tokens, sentences FROM stage_articles ORDER BY id
		ON CONFLICT DO NOTHING RETURNING seq`)
	if err != nil {
		return 0, nil, fmt.Errorf("claim articles: %w", err)
	}
	claimed, err := pgx.CollectRows(r, pgx.RowTo[int64])
	if err != nil {
		return 0, nil, fmt.Errorf("claim articles: %w", err)
	}
	held, err := holders(ctx, tx, batch, key, claimed, len(cands))
	if err != nil {
		return 0, nil, err
	}
	if len(claimed) == 0 {
		return 0, held, nil
	}
	slices.Sort(claimed)
	t := newTotals()
	var mrows [][]any
	for _, seq := range claimed {
		a := batch[seq&(maxBatch-1)]
		ents := graphstore.NormalizeEntities(a.Entities)
		for _, e := range ents {
			mrows = append(mrows, mentionRow(seq, e))
		}
		t.add(ents, a.Info.Date)
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"mentions"},
		[]string{"article", "entity", "name", "type", "iso", "partial", "mentions", "sources", "sentences", "aliases", "unsure"},
		pgx.CopyFromRows(mrows)); err != nil {
		return 0, nil, fmt.Errorf("copy mentions: %w", err)
	}
	if err := copyRelations(ctx, tx, batch, claimed); err != nil {
		return 0, nil, err
	}
	if err := t.write(ctx, tx); err != nil {
		return 0, nil, err
	}
	// Take the next commit number last: the row lock it takes is held
	// until commit, so numbers follow the order in which batches commit.
	if _, err := tx.Exec(ctx, `WITH c AS (UPDATE batch_counter SET last = last + 1 RETURNING last)
		INSERT INTO batches (key, num, articles, committed) SELECT $1, last, $2, now() FROM c`, key, len(claimed)); err != nil {
		return 0, nil, fmt.Errorf("number the batch: %w", err)
	}
	return len(claimed), held, nil
}

// holders finds, for each candidate the store did not take, the article it
// holds with the same id (preferred) or the same text.
func holders(ctx context.Context, tx pgx.Tx, batch []graphstore.ArticleCounts, key int64, claimed []int64, ncands int) (map[int]graphstore.Skipped, error) {
	if len(claimed) == ncands {
		return nil, nil
	}
	r, err := tx.Query(ctx, `SELECT s.seq, a.id, true FROM stage_articles s JOIN articles a ON a.id = s.id
			WHERE a.seq <> s.seq
		UNION ALL
		SELECT s.seq, a.id, false FROM stage_articles s JOIN articles a ON a.hash = s.hash
			WHERE a.seq <> s.seq AND a.id <> s.id`)
	if err != nil {
		return nil, fmt.Errorf("find articles held: %w", err)
	}
	held := map[int]graphstore.Skipped{}
	var seq int64
	var dup string
	var sameID bool
	_, err = pgx.ForEachRow(r, []any{&seq, &dup, &sameID}, func() error {
		i := int(seq - key<<24)
		if prev, ok := held[i]; ok && prev.Same == "id" {
			return nil
		}
		sk := graphstore.Skipped{ID: batch[i].Info.ID, Dup: dup, Same: "text"}
		if sameID {
			sk.Same = "id"
		}
		held[i] = sk
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("find articles held: %w", err)
	}
	if len(held)+len(claimed) != ncands {
		return nil, errors.New("claim articles: some were neither added nor found held")
	}
	return held, nil
}

func mentionRow(seq int64, e graphstore.EntityCount) []any {
	sents := make([]int32, len(e.Sentences))
	for i, v := range e.Sentences {
		sents[i] = int32(v)
	}
	als := e.Aliases
	if als == nil {
		als = map[string]int{}
	}
	return []any{seq, e.ID, e.Name, string(e.Type), e.ISO, e.Partial, int32(e.Mentions), int32(e.Sources), sents, als, e.Unsure}
}

// totals sums what a batch adds to the entities, aliases and edges tables.
type totals struct {
	entities map[string]*entityAcc
	aliases  map[[2]string]int64
	edges    map[[2]string]*[2]int64 // weight, sentences
}

type entityAcc struct {
	name, typ, iso              string
	mentions, articles, sources int64
	first, last                 time.Time
}

func newTotals() *totals {
	return &totals{entities: map[string]*entityAcc{}, aliases: map[[2]string]int64{}, edges: map[[2]string]*[2]int64{}}
}

// add counts one article's normalized entities.
func (t *totals) add(ents []graphstore.EntityCount, date time.Time) {
	for _, e := range ents {
		ea := t.entities[e.ID]
		if ea == nil {
			ea = &entityAcc{name: e.Name, typ: string(e.Type), iso: e.ISO}
			t.entities[e.ID] = ea
		}
		ea.mentions += int64(e.Mentions)
		ea.articles++
		ea.sources += int64(e.Sources)
		if !date.IsZero() {
			if ea.first.IsZero() || date.Before(ea.first) {
				ea.first = date
			}
			if date.After(ea.last) {
				ea.last = date
			}
		}
		for name, n := range e.Aliases {
			t.aliases[[2]string{e.ID, name}] += int64(n)
		}
	}
	// The whole-article window, with the graph's guard on articles of very
	// many entities, so that the store counts what a Graph counts.
	graphstore.CoMentions(ents, nil, graphstore.Window{}, func(i, j int) {
		k := [2]string{ents[i].ID, ents[j].ID}
		ed := t.edges[k]
		if ed == nil {
			ed = &[2]int64{}
			t.edges[k] = ed
		}
		ed[0]++
		ed[1] += int64(graphstore.SharedSentences(ents[i], ents[j]))
	})
}

// write merges the totals into the store's tables: copied into staging
// tables, then added with one upsert per table, in key order, so that
// concurrent writers lock shared rows in one order and never deadlock.
func (t *totals) write(ctx context.Context, tx pgx.Tx) error {
	var rows [][]any
	for _, id := range sortedKeys(t.entities) {
		ea := t.entities[id]
		rows = append(rows, []any{id, ea.name, ea.typ, ea.iso, ea.mentions, ea.articles, ea.sources, timeOrNil(ea.first), timeOrNil(ea.last)})
	}
	if err := stageAndMerge(ctx, tx, "stage_entities",
		[]string{"id", "name", "type", "iso", "mentions", "articles", "sources", "first_seen", "last_seen"}, rows,
		`INSERT INTO entities AS e SELECT * FROM stage_entities ORDER BY id
		ON CONFLICT (id) DO UPDATE SET mentions = e.mentions + excluded.mentions, articles = e.articles + excluded.articles,
			sources = e.sources + excluded.sources, first_seen = least(e.first_seen, excluded.first_seen),
			last_seen = greatest(e.last_seen, excluded.last_seen)`); err != nil {
		return fmt.Errorf("entities: %w", err)
	}
	rows = rows[:0]
	for _, k := range sortedPairs(t.aliases) {
		rows = append(rows, []any{k[0], k[1], t.aliases[k]})
	}
	if err := stageAndMerge(ctx, tx, "stage_aliases", []string{"entity", "name", "count"}, rows,
		`INSERT INTO aliases AS a SELECT * FROM stage_aliases ORDER BY entity, name
		ON CONFLICT (entity, name) DO UPDATE SET count = a.count + excluded.count`); err != nil {
		return fmt.Errorf("aliases: %w", err)
	}
	rows = rows[:0]
	for _, k := range sortedPairs(t.edges) {
		rows = append(rows, []any{k[0], k[1], t.edges[k][0], t.edges[k][1]})
	}
	if err := stageAndMerge(ctx, tx, "stage_edges", []string{"source", "target", "weight", "sentences"}, rows,
		`INSERT INTO edges AS e SELECT * FROM stage_edges ORDER BY source, target
		ON CONFLICT (source, target) DO UPDATE SET weight = e.weight + excluded.weight, sentences = e.sentences + excluded.sentences`); err != nil {
		return fmt.Errorf("edges: %w", err)
	}
	return nil
}

// stageAndMerge copies rows into a staging table and runs merge.
func stageAndMerge(ctx context.Context, tx pgx.Tx, stage string, cols []string, rows [][]any, merge string) error {
	if len(rows) == 0 {
		return nil
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{stage}, cols, pgx.CopyFromRows(rows)); err != nil {
		return err
	}
	_, err := tx.Exec(ctx, merge)
	return err
}

func timeOrNil(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}

func sortedInts[V any](m map[int]V) []int {
	keys := make([]int, 0, len(m))
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
