package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/nergraph/nergraph/graphstore"
)

// copyRelations copies the relation rows of the claimed articles of batch.
func copyRelations(ctx context.Context, tx pgx.Tx, batch []graphstore.ArticleCounts, claimed []int64) error {
	var rows [][]any
	for _, seq := range claimed {
		for i, r := range graphstore.NormalizeRelations(batch[seq&(maxBatch-1)].Relations) {
			rows = append(rows, []any{seq, int32(i), r.Subject, r.Predicate, r.Object, r.Negated, r.Symmetric, r.Role,
				int32(r.Sentence), r.Text, r.Evidence})
		}
	}
	if len(rows) == 0 {
		return nil
	}
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"relations"},
		[]string{"article", "n", "subject", "predicate", "object", "negated", "reciprocal", "role", "sentence", "text", "evidence"},
		pgx.CopyFromRows(rows))
	if err != nil {
		return fmt.Errorf("copy relations: %w", err)
	}
	return nil
}

// loadRelations reads the relations of arts, which cond selected, onto
// them, each article's in the order it gave them.
func loadRelations(ctx context.Context, tx pgx.Tx, arts []storedArticle, cond string, args ...any) error {
	if len(arts) == 0 {
		return nil
	}
	index := make(map[int64]int, len(arts))
	for i, a := range arts {
		index[a.seq] = i
	}
	query := `SELECT r.article, r.subject, r.predicate, r.object, r.negated, r.reciprocal, r.role, r.sentence, r.text, r.evidence
		FROM relations r JOIN articles a ON a.seq = r.article JOIN batches b ON b.key = a.seq >> 24 WHERE ` + cond +
		` ORDER BY r.article, r.n`
	if len(arts) < 5000 {
		seqs := make([]int64, len(arts))
		for i, a := range arts {
			seqs[i] = a.seq
		}
		query = `SELECT r.article, r.subject, r.predicate, r.object, r.negated, r.reciprocal, r.role, r.sentence, r.text, r.evidence
			FROM relations r WHERE r.article = ANY($1) ORDER BY r.article, r.n`
		args = []any{seqs}
	}
	rows, err := tx.Query(ctx, query, args...)
	if err != nil {
		return err
	}
	var seq int64
	var r graphstore.Relation
	_, err = pgx.ForEachRow(rows, []any{&seq, &r.Subject, &r.Predicate, &r.Object, &r.Negated, &r.Symmetric, &r.Role,
		&r.Sentence, &r.Text, &r.Evidence}, func() error {
		i, ok := index[seq]
		if !ok {
			return fmt.Errorf("relation of %s in article %d, which is not in the snapshot", r.Subject, seq)
		}
		arts[i].Relations = append(arts[i].Relations, r)
		return nil
	})
	return err
}

// canonicalEnd is the node id of a raw entity id column of a relation row r,
// as the cache links it in r's article.
func canonicalEnd(col string) string {
	return `coalesce((SELECT l.id FROM graph_article_links l WHERE l.article = r.article AND l.raw = ` + col + `),
		(SELECT c.id FROM graph_canonical c WHERE c.raw = ` + col + `), ` + col + `)`
}

// Relations lists the relations of one entity, or between two, from the
// relation rows of the articles the cache holds and its links of raw ids,
// as the graph sums them.
func (q *cacheQuerier) Relations(ctx context.Context, ids ...string) ([]graphstore.LinkRelation, error) {
	var out []graphstore.LinkRelation
	err := q.read(ctx, func(tx pgx.Tx) error {
		var err error
		out, err = relations(ctx, tx, ids...)
		return err
	})
	return out, err
}

func relations(ctx context.Context, tx pgx.Tx, ids ...string) ([]graphstore.LinkRelation, error) {
	if len(ids) == 0 || len(ids) > 2 || len(ids) == 2 && ids[0] == ids[1] {
		return nil, nil
	}
	// The raw ids that the graph counts as ids[0]: those linked to it, and
	// itself unless it is linked elsewhere, and the articles that link a raw
	// id to it in their own context; and only the articles of the batches
	// the cache was computed from.
	// A node left out as unsure (--min-confidence) has no row in
	// graph_nodes; the graph counts no relation with it.
	rows, err := tx.Query(ctx, `WITH raw(id) AS (SELECT raw FROM graph_canonical WHERE id = $1
			UNION SELECT $1 WHERE NOT EXISTS (SELECT 1 FROM graph_canonical WHERE raw = $1))
		SELECT x.* FROM (
		SELECT `+canonicalEnd("r.subject")+` AS src, r.predicate, `+canonicalEnd("r.object")+` AS dst, r.negated, r.reciprocal, r.role,
			a.id, r.sentence, r.text, r.evidence
		FROM relations r JOIN articles a ON a.seq = r.article JOIN batches b ON b.key = r.article >> 24
		WHERE (r.subject IN (SELECT id FROM raw) OR r.object IN (SELECT id FROM raw)
				OR r.article IN (SELECT article FROM graph_article_links WHERE id = $1))
			AND b.num <= (SELECT batch_num FROM graph_state)) x
		WHERE EXISTS (SELECT 1 FROM graph_nodes n WHERE n.id = x.src) AND EXISTS (SELECT 1 FROM graph_nodes n WHERE n.id = x.dst)`, ids[0])
	if err != nil {
		return nil, err
	}
	var stated []graphstore.StatedRelation
	var s graphstore.StatedRelation
	_, err = pgx.ForEachRow(rows, []any{&s.Source, &s.Predicate, &s.Target, &s.Negated, &s.Symmetric, &s.Role,
		&s.Article, &s.Sentence, &s.Text, &s.Evidence}, func() error {
		// A raw id of ids[0] that its article links elsewhere is not ids[0].
		if s.Source == s.Target || s.Source != ids[0] && s.Target != ids[0] ||
			len(ids) == 2 && s.Source != ids[1] && s.Target != ids[1] {
			return nil
		}
		r := s
		if r.Symmetric && r.Source > r.Target {
			r.Source, r.Target = r.Target, r.Source
		}
		stated = append(stated, r)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return graphstore.SumRelations(stated), nil
}

// addRelations puts the relations of id on the edges of its neighbors.
func addRelations(ctx context.Context, tx pgx.Tx, id string, nbs []graphstore.Neighbor) error {
	rels, err := relations(ctx, tx, id)
	if err != nil {
		return err
	}
	graphstore.PutRelations(id, rels, nbs)
	return nil
}
