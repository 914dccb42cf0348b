package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/nergraph/nergraph/graphstore"
)

// The relation rows of an article are covered by its checksum as its
// mention rows are: articles.relations_sum is the checksum of all of them,
// in order, so that a row lost, added or changed is caught with its
// article. Readers therefore read an article's relations whole, by the
// table's key, never a part of them through the indexes on subject and
// object (which are there for users' SQL).

const relationsTable = `relations (article, n, subject, predicate, object, negated, reciprocal, role, sentence, text, evidence)`

// relationCols are the columns of a relation row but its article.
const relationCols = `r.n, r.subject, r.predicate, r.object, r.negated, r.reciprocal, r.role, r.sentence, r.text, r.evidence`

// relationRow is a row of relations as the table holds it, but its article.
type relationRow struct {
	n   int
	rel graphstore.Relation
}

// relationRows numbers the relations of an article, as NormalizeRelations
// orders them.
func relationRows(rels []graphstore.Relation) []relationRow {
	rels = graphstore.NormalizeRelations(rels)
	out := make([]relationRow, len(rels))
	for i, r := range rels {
		out[i] = relationRow{n: i, rel: r}
	}
	return out
}

// relationsOf returns the relations of rows.
func relationsOf(rows []relationRow) []graphstore.Relation {
	if len(rows) == 0 {
		return nil
	}
	out := make([]graphstore.Relation, len(rows))
	for i, r := range rows {
		out[i] = r.rel
	}
	return out
}

// relationsSum is the checksum of the relation rows of article seq, in
// order; with none, that of the article's number alone.
func relationsSum(seq int64, rows []relationRow) int64 {
	var s summer
	s.add(seq)
	for i := range rows {
		rows[i].addTo(&s)
	}
	return s.sum()
}

// addTo adds the row to the checksum of its article's relation rows.
func (r *relationRow) addTo(s *summer) {
	x := &r.rel
	s.add(r.n, x.Subject, x.Predicate, x.Object, x.Negated, x.Symmetric, x.Role, x.Sentence, x.Text, x.Evidence)
}

// scanRelation reads the columns relationCols after the given ones.
func scanRelation(rows *sql.Rows, first ...any) (relationRow, error) {
	var r relationRow
	x := &r.rel
	err := rows.Scan(append(first, &r.n, &x.Subject, &x.Predicate, &x.Object, &x.Negated, &x.Symmetric, &x.Role,
		&x.Sentence, &x.Text, &x.Evidence)...)
	return r, err
}

// addRelations writes the relation rows of one article.
func (w *batchWriter) addRelations(seq int64, rows []relationRow) error {
	for _, row := range rows {
		r := &row.rel
		if err := w.relations.add(seq, row.n, r.Subject, r.Predicate, r.Object, r.Negated, r.Symmetric, r.Role,
			r.Sentence, r.Text, r.Evidence); err != nil {
			return fmt.Errorf("relation %s %s %s: %w", r.Subject, r.Predicate, r.Object, err)
		}
	}
	return nil
}

// relationCursor reads the relation rows of the articles that where
// selects (a condition on a, the articles table; all when empty) one
// ahead, in article order, so that an article's rows are read when the
// article is: all of them read first, into a map by article, were held
// whole while the graph was made (issue 15: bounded memory). Readers
// check them against their article's checksum.
type relationCursor struct {
	rows *sql.Rows
	ok   bool // row and seq hold the next row
	seq  int64
	row  relationRow
	buf  []relationRow // of returns its rows in it
}

func (s *Store) openRelations(ctx context.Context, tx *sql.Tx, where string, args []any) (*relationCursor, error) {
	query := `SELECT r.article, ` + relationCols + ` FROM relations r`
	if where != "" {
		query += ` JOIN articles a ON a.seq = r.article WHERE ` + where
	}
	query += ` ORDER BY r.article, r.n`
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	c := &relationCursor{rows: rows}
	if err := c.next(); err != nil {
		rows.Close()
		return nil, err
	}
	return c, nil
}

func (c *relationCursor) next() error {
	if c.ok = c.rows.Next(); !c.ok {
		return c.rows.Err()
	}
	var err error
	c.row, err = scanRelation(c.rows, &c.seq)
	return err
}

// of returns the rows of article seq, in a slice the next call reuses.
// Articles must be asked for in ascending order; the rows of articles
// before seq that were not asked for, which no article row gave, are
// passed over, as the map of all the rows passed them over.
func (c *relationCursor) of(seq int64) ([]relationRow, error) {
	c.buf = c.buf[:0]
	for c.ok && c.seq <= seq {
		if c.seq == seq {
			c.buf = append(c.buf, c.row)
		}
		if err := c.next(); err != nil {
			return c.buf, err
		}
	}
	return c.buf, nil
}

// articleRelations reads the articles of seqs, given in ascending order,
// each with all its relation rows, checked against their checksums, and
// calls fn on each, a few hundred articles a statement.
func (s *Store) articleRelations(ctx context.Context, tx *sql.Tx, seqs []int64, fn func(*articleRow, []relationRow) error) error {
	const perStmt = 500
	for i := 0; i < len(seqs); i += perStmt {
		chunk := seqs[i:min(i+perStmt, len(seqs))]
		args := make([]any, len(chunk))
		for j, seq := range chunk {
			args[j] = seq
		}
		r := relationReader{s: s, fn: fn}
		err := eachRow(ctx, tx, `SELECT `+articleCols+`, `+s.sumCols()+`, `+relationCols+`
			FROM articles a LEFT JOIN relations r ON r.article = a.seq
			WHERE a.seq IN (`+strings.TrimSuffix(strings.Repeat("?, ", len(chunk)), ", ")+`) ORDER BY a.seq, r.n`, r.row, args...)
		if err == nil {
			err = r.flush()
		}
		if err != nil {
			return err
		}
		if r.articles != len(chunk) {
			return s.damaged("%d of %d articles named by mention rows are missing", len(chunk)-r.articles, len(chunk))
		}
	}
	return nil
}

// relationReader gathers the rows of articleRelations' query, one row per
// relation, into articles.
type relationReader struct {
	s        *Store
	fn       func(*articleRow, []relationRow) error
	cur      *articleRow
	rels     []relationRow
	articles int
}

func (r *relationReader) row(rows *sql.Rows) error {
	var a articleRow
	var sum int64
	var n sql.NullInt64
	var subject, predicate, object, text, evidence sql.NullString
	var negated, symmetric, role sql.NullBool
	var sentence sql.NullInt64
	if err := scanArticle(rows, &a, &sum, &n, &subject, &predicate, &object, &negated, &symmetric, &role, &sentence,
		&text, &evidence); err != nil {
		return err
	}
	if r.cur == nil || a.seq != r.cur.seq {
		if err := r.flush(); err != nil {
			return err
		}
		if err := r.s.checkRow(&a, sum); err != nil {
			return err
		}
		r.cur, r.rels = &a, nil
		r.articles++
	}
	if n.Valid {
		r.rels = append(r.rels, relationRow{n: int(n.Int64), rel: graphstore.Relation{Subject: subject.String,
			Predicate: predicate.String, Object: object.String, Negated: negated.Bool, Symmetric: symmetric.Bool,
			Role: role.Bool, Sentence: int(sentence.Int64), Text: text.String, Evidence: evidence.String}})
	}
	return nil
}

// flush checks the relation rows of the current article and hands it on.
func (r *relationReader) flush() error {
	if r.cur == nil {
		return nil
	}
	if r.s.version >= versionSums && relationsSum(r.cur.seq, r.rels) != r.cur.relationsSum {
		return r.s.damaged("the relation rows of article %q do not match their checksum (rows lost, added or changed)", r.cur.id)
	}
	a, rels := r.cur, r.rels
	r.cur, r.rels = nil, nil
	return r.fn(a, rels)
}

// Relations lists the relations of one entity, or between two, as the graph
// sums them: from the relation rows of the articles that mention the
// entities, their ends linked as the cache links raw ids.
func (q *cacheQuerier) Relations(ctx context.Context, ids ...string) ([]graphstore.LinkRelation, error) {
	if len(ids) == 0 || len(ids) > 2 || len(ids) == 2 && ids[0] == ids[1] {
		return nil, nil
	}
	var out []graphstore.LinkRelation
	err := q.read(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = q.relations(ctx, tx, ids...)
		return err
	})
	return out, err
}

// relations answers Relations in tx. The articles that state a relation of
// a node mention it, so they are among those articlesOfNode finds (and
// checks against the node's count of articles); each is read with all its
// relation rows, checked against its checksum.
func (q *cacheQuerier) relations(ctx context.Context, tx *sql.Tx, ids ...string) ([]graphstore.LinkRelation, error) {
	var common map[int64]bool
	for _, id := range ids {
		seqs, err := q.articlesOfNode(ctx, tx, id)
		if err != nil {
			return nil, err
		}
		for seq := range seqs {
			if common != nil && !common[seq] {
				delete(seqs, seq)
			}
		}
		common = seqs
	}
	if len(common) == 0 {
		return nil, nil
	}
	ends := endLinker{q: q, tx: tx, nodes: map[string]string{}, isNodes: map[string]bool{}}
	var stated []graphstore.StatedRelation
	err := q.s.articleRelations(ctx, tx, slices.Sorted(maps.Keys(common)), func(a *articleRow, rels []relationRow) error {
		own, err := q.articleLinks(ctx, tx, a.seq)
		if err != nil {
			return err
		}
		for _, row := range rels {
			r := &row.rel
			src, err := ends.nodeIn(ctx, own, r.Subject)
			if err != nil {
				return err
			}
			dst, err := ends.nodeIn(ctx, own, r.Object)
			if err != nil {
				return err
			}
			if !touches(src, dst, ids) {
				continue
			}
			// A node left out as unsure (--min-confidence) has no row;
			// the graph counts no relation with it.
			srcNode, err := ends.isNode(ctx, src)
			if err != nil {
				return err
			}
			dstNode, err := ends.isNode(ctx, dst)
			if err != nil {
				return err
			}
			if !srcNode || !dstNode {
				continue
			}
			if r.Symmetric && src > dst {
				src, dst = dst, src
			}
			stated = append(stated, graphstore.StatedRelation{Predicate: r.Predicate, Source: src, Target: dst,
				Negated: r.Negated, Symmetric: r.Symmetric, Role: r.Role,
				Statement: graphstore.Statement{Article: a.id, Sentence: r.Sentence, Text: r.Text, Evidence: r.Evidence}})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return graphstore.SumRelations(stated), nil
}

// touches reports whether a relation between the nodes src and dst is one
// of ids (one node) or between them (two): a relation of a node with itself
// is none.
func touches(src, dst string, ids []string) bool {
	switch {
	case src == dst:
		return false
	case len(ids) == 1:
		return src == ids[0] || dst == ids[0]
	}
	return src == ids[0] && dst == ids[1] || src == ids[1] && dst == ids[0]
}

// endLinker links the raw entity ids of relation rows to their nodes as the
// cache does, each once.
type endLinker struct {
	q       *cacheQuerier
	tx      *sql.Tx
	nodes   map[string]string
	isNodes map[string]bool
}

// isNode reports whether the cache holds a node of id: a node left out as
// unsure has none.
func (l *endLinker) isNode(ctx context.Context, id string) (bool, error) {
	if ok, seen := l.isNodes[id]; seen {
		return ok, nil
	}
	_, _, ok, err := l.q.nodeOf(ctx, l.tx, id)
	if err != nil {
		return false, err
	}
	l.isNodes[id] = ok
	return ok, nil
}

// node returns the node id of a raw id: the one graph_canonical links it
// to, else its own. When graph_canonical has no row of it, the raw id must
// be a node's, or the rows around its place in graph_canonical must confirm
// that it has none.
func (l *endLinker) node(ctx context.Context, raw string) (string, error) {
	if id, ok := l.nodes[raw]; ok {
		return id, nil
	}
	id, ok, err := readRow(ctx, l.tx, `SELECT raw, id, sum FROM graph_canonical WHERE raw = ?`, func(rows *sql.Rows) (string, error) {
		var got, id string
		var sum int64
		if err := rows.Scan(&got, &id, &sum); err != nil {
			return "", err
		}
		if got != raw || rowSum(got, id) != sum {
			return "", l.q.s.damaged("the graph_canonical row of %q does not match its checksum", raw)
		}
		return id, nil
	}, raw)
	if err != nil {
		return "", err
	}
	if !ok {
		id = raw
		_, _, isNode, err := l.q.nodeOf(ctx, l.tx, raw)
		if err != nil {
			return "", err
		}
		if !isNode {
			if err := l.q.bracket(ctx, l.tx, "graph_canonical", "raw", raw); err != nil {
				return "", err
			}
		}
	}
	l.nodes[raw] = id
	return id, nil
}

// nodeIn returns the node of a raw id in an article whose own links are
// own: the one the article links it to, else [endLinker.node].
func (l *endLinker) nodeIn(ctx context.Context, own map[string]string, raw string) (string, error) {
	if id, ok := own[raw]; ok {
		return id, nil
	}
	return l.node(ctx, raw)
}

// articleLinks reads the links of article seq in its own context, each
// checked against its checksum.
func (q *cacheQuerier) articleLinks(ctx context.Context, tx *sql.Tx, seq int64) (map[string]string, error) {
	var own map[string]string
	err := eachRow(ctx, tx, `SELECT raw, id, sum FROM graph_article_links WHERE article = ?`, func(rows *sql.Rows) error {
		var raw, id string
		var sum int64
		if err := rows.Scan(&raw, &id, &sum); err != nil {
			return err
		}
		if rowSum(seq, raw, id) != sum {
			return q.s.damaged("the graph_article_links row of %q in article %d does not match its checksum", raw, seq)
		}
		if own == nil {
			own = map[string]string{}
		}
		own[raw] = id
		return nil
	}, seq)
	return own, err
}

// addRelations puts the relations of id, as [cacheQuerier.Relations] lists
// them, on the edges of its neighbors.
func (q *cacheQuerier) addRelations(ctx context.Context, tx *sql.Tx, id string, nbs []graphstore.Neighbor) error {
	rels, err := q.relations(ctx, tx, id)
	if err != nil {
		return err
	}
	graphstore.PutRelations(id, rels, nbs)
	return nil
}
