package sqlite

import (
	"context"
	"database/sql"
	"strings"
	"time"

	"github.com/nergraph/nergraph/graphstore"
)

const insRelationSQL = `INSERT INTO relations (article, n, subject, predicate, object, negated, reciprocal, role, sentence, text, evidence)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// addRelations writes the relation rows of one article.
func (w *batchWriter) addRelations(seq int64, rels []graphstore.Relation) error {
	for i, r := range graphstore.NormalizeRelations(rels) {
		if _, err := w.insRelation.ExecContext(w.ctx, seq, i, r.Subject, r.Predicate, r.Object, r.Negated, r.Symmetric, r.Role,
			r.Sentence, r.Text, r.Evidence); err != nil {
			return wrapf(err, "relation %s %s %s", r.Subject, r.Predicate, r.Object)
		}
	}
	return nil
}

// windowWhere is the condition on articles a that selects those dated in
// [since, until], "" for no condition, and its arguments.
func windowWhere(since, until time.Time) (string, []any) {
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
	if len(where) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(where, " AND "), args
}

// loadRelations reads the relations of the articles dated in [since,
// until], by article id.
func loadRelations(ctx context.Context, tx *sql.Tx, since, until time.Time) (map[string][]graphstore.Relation, error) {
	where, args := windowWhere(since, until)
	out := map[string][]graphstore.Relation{}
	err := eachRow(ctx, tx, `SELECT a.id, r.subject, r.predicate, r.object, r.negated, r.reciprocal, r.role, r.sentence, r.text, r.evidence
		FROM relations r JOIN articles a ON a.seq = r.article`+where+` ORDER BY r.article, r.n`, func(rows *sql.Rows) error {
		var id string
		var r graphstore.Relation
		if err := rows.Scan(&id, &r.Subject, &r.Predicate, &r.Object, &r.Negated, &r.Symmetric, &r.Role, &r.Sentence, &r.Text, &r.Evidence); err != nil {
			return err
		}
		out[id] = append(out[id], r)
		return nil
	}, args...)
	return out, err
}

// canonicalEnd is the node id of a raw entity id column, as the cache links
// it.
func canonicalEnd(col string) string {
	return `coalesce((SELECT c.id FROM graph_canonical c WHERE c.raw = ` + col + `), ` + col + `)`
}

// Relations lists the relations of one entity, or between two, from the
// relation rows and the cache's links of raw ids, as the graph sums them.
func (q *cacheQuerier) Relations(ctx context.Context, ids ...string) ([]graphstore.LinkRelation, error) {
	if len(ids) == 0 || len(ids) > 2 || len(ids) == 2 && ids[0] == ids[1] {
		return nil, nil
	}
	var stated []graphstore.StatedRelation
	// The raw ids that the graph counts as ids[0]: those linked to it, and
	// itself unless it is linked elsewhere.
	err := eachRow(ctx, q.db, `WITH raw(id) AS (SELECT raw FROM graph_canonical WHERE id = ?1
			UNION SELECT ?1 WHERE NOT EXISTS (SELECT 1 FROM graph_canonical WHERE raw = ?1))
		SELECT `+canonicalEnd("r.subject")+`, r.predicate, `+canonicalEnd("r.object")+`, r.negated, r.reciprocal, r.role,
			a.id, r.sentence, r.text, r.evidence
		FROM relations r JOIN articles a ON a.seq = r.article
		WHERE r.subject IN (SELECT id FROM raw) OR r.object IN (SELECT id FROM raw)`, func(rows *sql.Rows) error {
		var s graphstore.StatedRelation
		if err := rows.Scan(&s.Source, &s.Predicate, &s.Target, &s.Negated, &s.Symmetric, &s.Role,
			&s.Article, &s.Sentence, &s.Text, &s.Evidence); err != nil {
			return err
		}
		if s.Source == s.Target || len(ids) == 2 && s.Source != ids[1] && s.Target != ids[1] {
			return nil
		}
		if s.Symmetric && s.Source > s.Target {
			s.Source, s.Target = s.Target, s.Source
		}
		stated = append(stated, s)
		return nil
	}, ids[0])
	if err != nil {
		return nil, failed(ctx, "query", err)
	}
	return graphstore.SumRelations(stated), nil
}

// addRelations puts the relations of id, as [cacheQuerier.Relations] lists
// them, on the edges of its neighbors.
func (q *cacheQuerier) addRelations(ctx context.Context, id string, nbs []graphstore.Neighbor) error {
	rels, err := q.Relations(ctx, id)
	if err != nil || len(rels) == 0 {
		return err
	}
	at := make(map[string]int, len(nbs))
	for i, nb := range nbs {
		at[nb.Node.ID] = i
	}
	for _, r := range rels {
		other := r.Target
		if other == id {
			other = r.Source
		}
		if i, ok := at[other]; ok {
			nbs[i].Edge.Relations = append(nbs[i].Edge.Relations, r)
		}
	}
	return nil
}
