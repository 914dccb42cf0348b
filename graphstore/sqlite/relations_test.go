package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// TestRelationRows checks the rows that hold an article's relations: one
// per statement, symmetric ones in id order, with the evidence sentence.
func TestRelationRows(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	d := testdocs.Doc("a1", "Kim and Putin exchanged letters. The US accused North Korea.", time.Time{},
		"PERSON:Putin", "PERSON:Kim", "COUNTRY:US", "COUNTRY:North Korea")
	d.Relations = []extract.Relation{
		{Subject: "PERSON:Putin", Predicate: "exchange letters", Object: "PERSON:Kim", Text: "exchanged letters",
			Sentence: 0, Start: 13, End: 30, SentenceStart: 0, SentenceEnd: 32, Symmetric: true},
		{Subject: "COUNTRY:US", Predicate: "accuse", Object: "COUNTRY:North Korea", Text: "accused",
			Sentence: 1, Start: 40, End: 47, SentenceStart: 33, SentenceEnd: 61, Negated: true},
	}
	if _, err := s.AddBatch(ctx, counts([]*extract.Doc{d})); err != nil {
		t.Fatal(err)
	}
	var got []string
	err := eachRow(ctx, s.db, `SELECT n || ' ' || subject || ' ' || predicate || ' ' || object || ' ' || negated || reciprocal || role ||
		' ' || sentence || ' [' || text || '] ' || evidence FROM relations ORDER BY article, n`, func(rows *sql.Rows) error {
		var v string
		err := rows.Scan(&v)
		got = append(got, v)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"0 PERSON:Kim exchange letters PERSON:Putin 010 0 [exchanged letters] Kim and Putin exchanged letters.",
		"1 COUNTRY:US accuse COUNTRY:North Korea 100 1 [accused] The US accused North Korea.",
	}
	if len(got) != len(want) {
		t.Fatalf("rows:\n%q\nwant\n%q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("row %d: got %q, want %q", i, got[i], want[i])
		}
	}
}

// schemaOf lists the tables, indexes and views of db with their SQL.
func schemaOf(t *testing.T, db *sql.DB) string {
	t.Helper()
	var b strings.Builder
	err := eachRow(context.Background(), db, `SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name`,
		func(rows *sql.Rows) error {
			var typ, name, q string
			err := rows.Scan(&typ, &name, &q)
			fmt.Fprintf(&b, "%s %s: %s\n", typ, name, strings.Join(strings.Fields(q), " "))
			return err
		})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}
