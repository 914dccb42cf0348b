package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/nergraph/nergraph/graphstore"
)

var _ graphstore.Checker = (*Store)(nil)

// Check looks for damage in the store, as [graphstore.Checker] says, in one
// read-only snapshot.
//
// PostgreSQL keeps its own files sound: it writes ahead, recovers from a
// crash, and with page checksums (initdb --data-checksums, on by default
// from PostgreSQL 18) fails a read of a damaged page rather than return it.
// What it cannot know is the store's own rules, which a table changed by
// hand or a client of its own can break; Check checks those. The quick
// check, which ingest runs before it writes, costs a few index look-ups
// whatever the store's size: the schema version, the tables and their
// columns, the rows of the one-row tables, the batches against the batch
// counter, and the cache's state against both. The full check reads every
// table: the articles against their batches, every mention and relation
// row against an article, the entities and aliases totals against the
// mention rows, each cached node's degree against the cached edges, and
// each link in an article's context against its mentions and the nodes.
// It does not recompute the cache, or the edges totals (whose counting, with
// the graph's guard on articles of very many entities, is not SQL's), and
// there are no checksums in the rows: a value changed in place the rules
// allow goes unseen.
func (s *Store) Check(ctx context.Context, level graphstore.CheckLevel) (graphstore.CheckReport, error) {
	rep := graphstore.CheckReport{Store: s.name}
	steps := quickChecks
	if level == graphstore.CheckFull {
		steps = append(append([]check{}, quickChecks...), fullChecks...)
	}
	err := s.readTx(ctx, func(tx pgx.Tx) error {
		rep.Checked, rep.Problems = nil, nil // a retried transaction starts again
		for i, c := range steps {
			rep.Checked = append(rep.Checked, c.name)
			problems, err := c.run(ctx, tx)
			if err != nil {
				return fmt.Errorf("%s: %w", c.name, err)
			}
			rep.Problems = append(rep.Problems, problems...)
			if i == 0 && len(problems) > 0 {
				return nil // the other steps read tables that are not as they should be
			}
		}
		rep.Notes = nil
		if rules, has, err := cacheRules(ctx, tx); err != nil {
			return fmt.Errorf("the cache's rules: %w", err)
		} else if has && rules != graphstore.CacheRules {
			rep.Notes = append(rep.Notes, graphstore.OtherRulesNote(rules))
		}
		return nil
	})
	if err != nil {
		return rep, failed(ctx, "check "+s.name, err)
	}
	return rep, nil
}

// check is one step of a check: it returns the problems it found, and an
// error only when it could not run.
type check struct {
	name string
	run  func(context.Context, pgx.Tx) ([]string, error)
}

var quickChecks = []check{
	{"schema version, tables and columns", checkSchema},
	{"batches against the batch counter, and the cache's state", checkBatches},
}

var fullChecks = []check{
	{"articles against their batches; mentions and relations against their articles", checkOrphans},
	{"entities and aliases against the mentions", checkTotals},
	{"the cached nodes' degrees against the cached edges", checkDegrees},
	{"the cached links in articles' contexts against the mentions and nodes", checkArticleLinks},
}

// checkArticleLinks checks that every row of graph_article_links names a
// raw id its article mentions and a node of the cache (or one it leaves
// out as unsure, graph_unsure).
func checkArticleLinks(ctx context.Context, tx pgx.Tx) ([]string, error) {
	var noMention, noNode int64
	err := tx.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM graph_article_links l WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.article = l.article AND m.entity = l.raw)),
		(SELECT count(*) FROM graph_article_links l WHERE NOT EXISTS (SELECT 1 FROM graph_nodes n WHERE n.id = l.id)
			AND NOT EXISTS (SELECT 1 FROM graph_unsure u WHERE u.id = l.id))`).
		Scan(&noMention, &noNode)
	if err != nil {
		return nil, err
	}
	var problems []string
	if noMention > 0 {
		problems = append(problems, fmt.Sprintf("%d rows of graph_article_links name a raw id their article does not mention", noMention))
	}
	if noNode > 0 {
		problems = append(problems, fmt.Sprintf("%d rows of graph_article_links name a node the cache lacks", noNode))
	}
	return problems, nil
}

func checkSchema(ctx context.Context, tx pgx.Tx) ([]string, error) {
	var v int
	if err := tx.QueryRow(ctx, `SELECT version FROM schema_version`).Scan(&v); err != nil {
		return nil, err
	}
	var problems []string
	if v != SchemaVersion {
		problems = append(problems, fmt.Sprintf("schema_version says %d; the store was opened as version %d", v, SchemaVersion))
	}
	var schema string
	if err := tx.QueryRow(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		return nil, err
	}
	if err := checkTables(ctx, tx, schema); err != nil {
		if !errors.Is(err, graphstore.ErrNotStore) {
			return nil, err
		}
		problems = append(problems, err.Error())
	}
	return problems, nil
}

// checkBatches checks that batches are numbered 1, 2, 3 ... up to the
// counter (num is unique, so the largest and their count say so) and that
// the cache holds no batch the counter has not given.
func checkBatches(ctx context.Context, tx pgx.Tx) ([]string, error) {
	var last, n, top, cached, cachedArticles int64
	err := tx.QueryRow(ctx, `SELECT (SELECT last FROM batch_counter), (SELECT count(*) FROM batches),
		(SELECT coalesce(max(num), 0) FROM batches), (SELECT batch_num FROM graph_state), (SELECT articles FROM graph_state)`).
		Scan(&last, &n, &top, &cached, &cachedArticles)
	if err != nil {
		return nil, err
	}
	var problems []string
	if n != last || top != last {
		problems = append(problems, fmt.Sprintf("batches holds %d batches numbered up to %d; batch_counter says %d", n, top, last))
	}
	if cached > last || cached < 0 || cachedArticles < 0 {
		problems = append(problems, fmt.Sprintf("graph_state says the cache holds batches up to %d (%d articles); batch_counter says %d",
			cached, cachedArticles, last))
	}
	return problems, nil
}

// checkOrphans checks that every article belongs to a batch, that the
// batches count the articles they hold, and that every mention and relation
// row names an article.
func checkOrphans(ctx context.Context, tx pgx.Tx) ([]string, error) {
	var loose, miscounted, mentions, relations int64
	err := tx.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM batches b WHERE b.key = a.seq >> 24)),
		(SELECT count(*) FROM batches b WHERE b.articles <> (SELECT count(*) FROM articles a WHERE a.seq >> 24 = b.key)),
		(SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.seq = m.article)),
		(SELECT count(*) FROM relations r WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.seq = r.article))`).
		Scan(&loose, &miscounted, &mentions, &relations)
	if err != nil {
		return nil, err
	}
	var problems []string
	for _, p := range []struct {
		n    int64
		what string
	}{{loose, "articles belong to no batch"}, {miscounted, "batches hold another number of articles than they say"},
		{mentions, "mention rows name a missing article"}, {relations, "relation rows name a missing article"}} {
		if p.n > 0 {
			problems = append(problems, fmt.Sprintf("%d %s", p.n, p.what))
		}
	}
	return problems, nil
}

// checkTotals compares the entities and aliases tables with the sums of
// the mention rows, naming a few of the rows that differ.
func checkTotals(ctx context.Context, tx pgx.Tx) ([]string, error) {
	var problems []string
	for _, q := range []struct{ what, got, want string }{
		{"entities", `SELECT id, mentions, articles, sources FROM entities`,
			`SELECT entity, sum(mentions), count(*), sum(sources) FROM mentions GROUP BY entity`},
		{"aliases", `SELECT entity, name, count FROM aliases`,
			`SELECT m.entity, a.key, sum(a.value::bigint)::bigint FROM mentions m, jsonb_each_text(m.aliases) a GROUP BY m.entity, a.key`},
	} {
		rows, err := tx.Query(ctx, `SELECT 'holds', x::text FROM ((`+q.got+`) EXCEPT (`+q.want+`)) x
			UNION ALL SELECT 'lacks', y::text FROM ((`+q.want+`) EXCEPT (`+q.got+`)) y ORDER BY 1, 2 LIMIT 10`)
		if err != nil {
			return nil, err
		}
		var kind, row string
		_, err = pgx.ForEachRow(rows, []any{&kind, &row}, func() error {
			problems = append(problems, fmt.Sprintf("%s %s the row %s, which the mention rows do not sum to", q.what, kind, row))
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return problems, nil
}

// checkDegrees compares each cached node's degree with its cached edges.
func checkDegrees(ctx context.Context, tx pgx.Tx) ([]string, error) {
	rows, err := tx.Query(ctx, `WITH ends AS (SELECT source AS id FROM graph_edges UNION ALL SELECT target FROM graph_edges),
		d AS (SELECT id, count(*) AS n FROM ends GROUP BY id)
		SELECT coalesce(n.id, d.id), n.degree, coalesce(d.n, 0) FROM graph_nodes n FULL JOIN d ON d.id = n.id
		WHERE n.id IS NULL OR n.degree <> coalesce(d.n, 0) ORDER BY 1 LIMIT 10`)
	if err != nil {
		return nil, err
	}
	var problems []string
	var id string
	var degree *int64
	var n int64
	_, err = pgx.ForEachRow(rows, []any{&id, &degree, &n}, func() error {
		if degree == nil {
			problems = append(problems, fmt.Sprintf("graph_edges holds %d edges of %q, which graph_nodes lacks", n, id))
		} else {
			problems = append(problems, fmt.Sprintf("graph_nodes gives %q degree %d; graph_edges holds %d of its edges", id, *degree, n))
		}
		return nil
	})
	return problems, err
}
