package postgres

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/graphstore/storetest"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// cacheTables dumps the cache's tables of a schema, sorted, to compare two
// caches of the same articles row for row.
func cacheTables(t *testing.T, schema string) string {
	t.Helper()
	conn := admin(t)
	var out []string
	for _, q := range []string{
		`SELECT 'node ' || id || ' ' || label || ' ' || type || ' ' || iso || ' ' || mentions || ' ' || articles || ' ' || sources || ' ' ||
			degree || ' ' || coalesce(first, '') || ' ' || coalesce(last, '') || ' ' || aliases::text || ' ' || tally::text FROM %s.graph_nodes`,
		`SELECT 'name ' || key || ' ' || id FROM %s.graph_names`,
		`SELECT 'edge ' || source || ' ' || target || ' ' || weight || ' ' || sentences || ' ' || articles::text FROM %s.graph_edges`,
		`SELECT 'canonical ' || raw || ' ' || id FROM %s.graph_canonical`,
		`SELECT 'unsure ' || id || ' ' || tally::text FROM %s.graph_unsure`,
		`SELECT 'state ' || articles || ' ' || rules FROM %s.graph_state`,
	} {
		rows, err := conn.Query(context.Background(), fmt.Sprintf(q, schema)+` ORDER BY 1`)
		if err != nil {
			t.Fatal(err)
		}
		lines, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, lines...)
	}
	return strings.Join(out, "\n")
}

// TestOtherRules: a store whose cache was computed by other rules (set by
// SQL, with every node's type vote changed as other rules might) or unknown
// ones is not read: Fresh is false and queries answer from the graph;
// check notes the rules rather than report damage; and the next refresh,
// with new articles or none, computes the cache from every article: it
// then equals, row for row, the cache of a new store of the same articles.
func TestOtherRules(t *testing.T) {
	ctx := context.Background()
	docs := testdocs.Random(120, 7)
	for _, tc := range []struct {
		name       string
		rules, add int
	}{
		{"other rules, more articles", graphstore.CacheRules + 1, 30},
		{"unknown rules, no more articles", 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			old, more := docs[:len(docs)-tc.add], docs[len(docs)-tc.add:]
			s, target := openNew(t)
			addAll(t, s, old, 30)
			if _, err := s.Refresh(ctx); err != nil {
				t.Fatal(err)
			}
			schema := schemaOf(t, target)
			tag, err := admin(t).Exec(ctx, fmt.Sprintf(`UPDATE %[1]s.graph_nodes SET tally = jsonb_set(tally, '{Types,MISC}', '1000'), type = 'MISC';
				UPDATE %[1]s.graph_state SET rules = %[2]d`, schema, tc.rules))
			if err != nil || tag.RowsAffected() == 0 {
				t.Fatalf("make the cache of other rules: %v, %v", tag, err)
			}
			want := graphstore.New()
			for _, d := range old {
				want.Add(d)
			}
			if fresh, err := s.Fresh(ctx); err != nil || fresh {
				t.Errorf("Fresh() = %v, %v with a cache of rules %d; want false", fresh, err, tc.rules)
			}
			q, cached, err := s.Querier(ctx, time.Time{}, time.Time{})
			if err != nil || cached {
				t.Errorf("Querier() with a cache of rules %d: cached %v, %v; want the graph", tc.rules, cached, err)
			}
			if q != nil {
				storetest.SameAnswers(t, q, graphstore.QuerierOf(want), want)
			}
			rep, err := s.Check(ctx, graphstore.CheckFull)
			if err != nil || len(rep.Problems) > 0 {
				t.Errorf("Check() of a cache of rules %d = %q, %v; want no damage", tc.rules, rep.Problems, err)
			}
			wantNote := fmt.Sprintf("rules version %d", tc.rules)
			if tc.rules == 0 {
				wantNote = "did not record"
			}
			if len(rep.Notes) != 1 || !strings.Contains(rep.Notes[0], wantNote) || !strings.Contains(rep.Notes[0], "not damage") {
				t.Errorf("Check() notes %q; want one that says the cache was computed by %q and is not damage", rep.Notes, wantNote)
			}

			addAll(t, s, more, 15)
			if done, err := s.Refresh(ctx); err != nil || !done {
				t.Fatalf("Refresh() = %v, %v; want the cache computed anew", done, err)
			}
			for _, d := range more {
				want.Add(d)
			}
			if rep, err := s.Check(ctx, graphstore.CheckFull); err != nil || len(rep.Problems) > 0 || len(rep.Notes) > 0 {
				t.Errorf("Check() after the refresh = problems %q, notes %q, %v", rep.Problems, rep.Notes, err)
			}
			q, cached, err = s.Querier(ctx, time.Time{}, time.Time{})
			if err != nil || !cached {
				t.Fatalf("Querier() after the refresh: cached %v, %v", cached, err)
			}
			storetest.SameAnswers(t, q, graphstore.QuerierOf(want), want)

			// The cache of a new store of the same articles, computed at once.
			fresh, freshTarget := openNew(t)
			addAll(t, fresh, old, 30) // the same batches, so the same article numbers
			addAll(t, fresh, more, 15)
			if _, err := fresh.Refresh(ctx); err != nil {
				t.Fatal(err)
			}
			if got, want := cacheTables(t, schema), cacheTables(t, schemaOf(t, freshTarget)); got != want {
				t.Errorf("the cache after the refresh differs from one computed at once:\n%s", firstDiff(got, want))
			}
		})
	}
}

// firstDiff returns the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d: got %s\nwant %s", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("got %d lines, want %d", len(g), len(w))
}
