package postgres

import (
	"context"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// TestCheck breaks the store's rules behind its back, one way at a time,
// and wants the check of each level that looks there to name the damage,
// and a sound store to pass both.
func TestCheck(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name  string
		harm  string // SQL, in the store's schema
		quick bool   // whether the quick check sees it
		says  string
	}{
		{"a batch row lost", `DELETE FROM batches WHERE num = 2`, true, "batches holds"},
		{"the cache ahead of the counter", `UPDATE graph_state SET batch_num = batch_num + 5`, true, "graph_state says"},
		{"a table dropped", `DROP TABLE aliases`, true, "table aliases is missing"},
		{"a column changed", `ALTER TABLE entities RENAME COLUMN sources TO src`, true, "table entities has columns"},
		{"a total changed", `UPDATE entities SET mentions = mentions + 1 WHERE id = 'PERSON:Kim Jong Un'`, false, "entities holds the row"},
		{"an alias count changed", `UPDATE aliases SET count = count + 2 WHERE entity = 'ORG:Reuters'`, false, "aliases holds the row"},
		{"a mention row of no article", `INSERT INTO mentions SELECT article + 1, entity, name, type, iso, partial, mentions, sources, sentences, aliases
			FROM mentions ORDER BY article DESC LIMIT 1`, false, "mention rows name a missing article"},
		{"a relation row of no article", `INSERT INTO relations SELECT article + 1, n, subject, predicate, object, negated, reciprocal, role, sentence, text, evidence
			FROM relations ORDER BY article DESC LIMIT 1`, false, "relation rows name a missing article"},
		{"an article lost", `DELETE FROM articles WHERE seq = (SELECT max(seq) FROM articles)`, false, "batches hold another number"},
		{"a degree changed", `UPDATE graph_nodes SET degree = degree + 1 WHERE id = 'COUNTRY:Russia'`, false, "graph_nodes gives \"COUNTRY:Russia\" degree"},
		{"a link in an article of a raw id it does not mention", `INSERT INTO graph_article_links (article, raw, id)
			SELECT max(seq), 'PERSON:Nobody', 'COUNTRY:Russia' FROM articles`, false, "name a raw id their article does not mention"},
		{"a link in an article to no node", `INSERT INTO graph_article_links (article, raw, id)
			SELECT article, entity, 'PERSON:Nobody' FROM mentions ORDER BY article, entity LIMIT 1`, false, "name a node the cache lacks"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, target := openNew(t)
			addAll(t, s, testdocs.Random(60, 3), 20)
			if _, err := s.Refresh(ctx); err != nil {
				t.Fatal(err)
			}
			for _, level := range []graphstore.CheckLevel{graphstore.CheckQuick, graphstore.CheckFull} {
				if rep, err := s.Check(ctx, level); err != nil || len(rep.Problems) > 0 {
					t.Fatalf("Check(%v) of a sound store: %q, %v", level, rep.Problems, err)
				}
			}
			conn := admin(t)
			if _, err := conn.Exec(ctx, `SET search_path TO `+schemaOf(t, target)+`; `+tt.harm); err != nil {
				t.Fatal(err)
			}
			for _, level := range []graphstore.CheckLevel{graphstore.CheckQuick, graphstore.CheckFull} {
				rep, err := s.Check(ctx, level)
				if err != nil {
					t.Fatalf("Check(%v): %v", level, err)
				}
				found := strings.Contains(strings.Join(rep.Problems, "\n"), tt.says)
				if want := level == graphstore.CheckFull || tt.quick; found != want {
					t.Errorf("Check(%v) found %q; want %q found: %v", level, rep.Problems, tt.says, want)
				}
				if found && rep.Err() == nil {
					t.Errorf("Check(%v): Err() is nil for %q", level, rep.Problems)
				}
			}
		})
	}
}
