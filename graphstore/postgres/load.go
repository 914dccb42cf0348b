package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// ArticleIDs returns the ids of every article in the store.
func (s *Store) ArticleIDs(ctx context.Context) (map[string]bool, error) {
	ids := map[string]bool{}
	err := s.readTx(ctx, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `SELECT id FROM articles`)
		if err != nil {
			return err
		}
		var id string
		_, err = pgx.ForEachRow(rows, []any{&id}, func() error { ids[id] = true; return nil })
		return err
	})
	if err != nil {
		return nil, failed(ctx, "read article ids", err)
	}
	return ids, nil
}

// Graph returns the graph of the articles dated in [since, until], as
// [graphstore.Store] says, read from one snapshot of the store.
func (s *Store) Graph(ctx context.Context, since, until time.Time) (*graphstore.Graph, error) {
	var g *graphstore.Graph
	err := s.readTx(ctx, func(tx pgx.Tx) error {
		var err error
		g, err = loadGraph(ctx, tx, since, until)
		return err
	})
	if err != nil {
		return nil, failed(ctx, "load graph", err)
	}
	return g, nil
}

// window returns the SQL condition on articles a that selects [since,
// until], and its arguments numbered from $first. PostgreSQL keeps times to
// the microsecond.
func window(since, until time.Time, first int) (string, []any) {
	var where []string
	var args []any
	if !since.IsZero() {
		args = append(args, since)
		where = append(where, fmt.Sprintf("a.utc >= $%d", first+len(args)-1))
	}
	if !until.IsZero() {
		args = append(args, until)
		where = append(where, fmt.Sprintf("a.utc <= $%d", first+len(args)-1))
	}
	if len(where) == 0 {
		return "true", nil
	}
	return strings.Join(where, " AND "), args
}

// loadGraph adds the articles dated in [since, until] to a new graph in the
// order their batches committed, each batch's in the order it gave them,
// with the counts their mention rows hold: what one process adding the same
// batches to a graph would have made.
func loadGraph(ctx context.Context, tx pgx.Tx, since, until time.Time) (*graphstore.Graph, error) {
	cond, args := window(since, until, 1)
	arts, err := loadArticles(ctx, tx, cond, args...)
	if err != nil {
		return nil, err
	}
	if err := loadRelations(ctx, tx, arts, cond, args...); err != nil {
		return nil, err
	}
	g := graphstore.New()
	for _, a := range arts {
		g.AddCounts(a.ArticleCounts)
	}
	return g, nil
}

// storedArticle is an article as the store holds it.
type storedArticle struct {
	seq int64
	graphstore.ArticleCounts
}

// loadArticles reads the articles a (and their batches b) that cond selects,
// in the order their batches committed, each with its entities sorted by id.
func loadArticles(ctx context.Context, tx pgx.Tx, cond string, args ...any) ([]storedArticle, error) {
	rows, err := tx.Query(ctx, `SELECT a.seq, a.id, a.hash, a.title, a.date, a.source, a.url, a.tokens, a.sentences
		FROM articles a JOIN batches b ON b.key = a.seq >> 24 WHERE `+cond+` ORDER BY b.num, a.seq`, args...)
	if err != nil {
		return nil, err
	}
	var arts []storedArticle
	index := map[int64]int{}
	var a storedArticle
	var date *string
	_, err = pgx.ForEachRow(rows, []any{&a.seq, &a.Info.ID, &a.Info.Hash, &a.Info.Title, &date, &a.Info.Source,
		&a.Info.URL, &a.Tokens, &a.Sentences}, func() error {
		a.Info.Date = time.Time{}
		if date != nil {
			d, err := time.Parse(time.RFC3339Nano, *date)
			if err != nil {
				return fmt.Errorf("article %s: date: %w", a.Info.ID, err)
			}
			a.Info.Date = d
		}
		index[a.seq] = len(arts)
		arts = append(arts, a)
		return nil
	})
	if err != nil || len(arts) == 0 {
		return nil, err
	}
	// The mention rows in key order, so each article's come sorted by id.
	// A few articles are looked up by seq; many, by the same condition.
	query := `SELECT m.article, m.entity, m.name, m.type, m.iso, m.partial, m.mentions, m.sources, m.sentences, m.aliases, m.unsure
		FROM mentions m JOIN articles a ON a.seq = m.article JOIN batches b ON b.key = a.seq >> 24 WHERE ` + cond +
		` ORDER BY m.article, m.entity`
	if len(arts) < 5000 {
		seqs := make([]int64, len(arts))
		for i, a := range arts {
			seqs[i] = a.seq
		}
		query = `SELECT m.article, m.entity, m.name, m.type, m.iso, m.partial, m.mentions, m.sources, m.sentences, m.aliases, m.unsure
			FROM mentions m WHERE m.article = ANY($1) ORDER BY m.article, m.entity`
		args = []any{seqs}
	}
	rows, err = tx.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	var seq int64
	var e graphstore.EntityCount
	var typ string
	var sents []int32
	var aliases []byte
	_, err = pgx.ForEachRow(rows, []any{&seq, &e.ID, &e.Name, &typ, &e.ISO, &e.Partial, &e.Mentions, &e.Sources,
		&sents, &aliases, &e.Unsure}, func() error {
		i, ok := index[seq]
		if !ok {
			return fmt.Errorf("mention of %s in article %d, which is not in the snapshot", e.ID, seq)
		}
		ec, err := entityCount(e, typ, sents, aliases)
		if err != nil {
			return fmt.Errorf("article %s: %w", arts[i].Info.ID, err)
		}
		arts[i].Entities = append(arts[i].Entities, ec)
		return nil
	})
	return arts, err
}

// entityCount completes an EntityCount scanned from a mention row.
func entityCount(e graphstore.EntityCount, typ string, sents []int32, aliases []byte) (graphstore.EntityCount, error) {
	e.Type = extract.Type(typ)
	e.Sentences = make([]int, len(sents))
	for i, v := range sents {
		e.Sentences[i] = int(v)
	}
	e.Aliases = nil
	if err := json.Unmarshal(aliases, &e.Aliases); err != nil {
		return e, fmt.Errorf("entity %s: aliases: %w", e.ID, err)
	}
	return e, nil
}

// Stats counts the rows of the store's tables and measures them: Bytes is
// the space its tables and their indexes and TOAST take in the database.
func (s *Store) Stats(ctx context.Context) (graphstore.Stats, error) {
	var st graphstore.Stats
	err := s.readTx(ctx, func(tx pgx.Tx) error {
		return tx.QueryRow(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM entities),
			(SELECT count(*) FROM mentions), (SELECT count(*) FROM edges), (SELECT count(*) FROM relations),
			(SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint FROM pg_class c
				JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r')`).
			Scan(&st.Articles, &st.Entities, &st.Mentions, &st.Edges, &st.Relations, &st.Bytes)
	})
	if err != nil {
		return st, failed(ctx, "store stats", err)
	}
	return st, nil
}
