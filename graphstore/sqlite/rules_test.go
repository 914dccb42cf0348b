package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/graphstore/storetest"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// otherRulesCache makes the cache of s look computed by other rules, as an
// older nergraph's is after an upgrade: every node tally votes another
// type (each row with a checksum that matches it, so nothing is damaged),
// and graph_state records rules.
func otherRulesCache(t *testing.T, s *Store, rules int64) {
	t.Helper()
	type row struct{ id, tally string }
	var rows []row
	err := eachRow(context.Background(), s.db, `SELECT id, tally FROM node_tallies`, func(sc *sql.Rows) error {
		var r row
		err := sc.Scan(&r.id, &r.tally)
		rows = append(rows, r)
		return err
	})
	if err != nil || len(rows) == 0 {
		t.Fatalf("%d node tallies, %v", len(rows), err)
	}
	for _, r := range rows {
		var tally graphstore.NodeTally
		if err := json.Unmarshal([]byte(r.tally), &tally); err != nil {
			t.Fatal(err)
		}
		if tally.Types == nil {
			tally.Types = map[extract.Type]int{}
		}
		tally.Types[extract.Misc] += 1000
		b, err := json.Marshal(tally)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.db.Exec(`UPDATE node_tallies SET tally = ?, sum = ? WHERE id = ?`, b, rowSum(r.id, string(b)), r.id); err != nil {
			t.Fatal(err)
		}
	}
	c, err := s.readState(context.Background(), s.db)
	if err != nil || !c.ok {
		t.Fatalf("readState: %+v, %v", c, err)
	}
	c.rules = rules
	if _, err := s.db.Exec(`UPDATE graph_state SET rules = ?, sum = ?`, c.rules, c.sum()); err != nil {
		t.Fatal(err)
	}
}

// TestOtherRules: a store whose cache was computed by other rules (or
// unknown ones) is not read: Fresh is false and queries answer from the
// graph; check notes the rules rather than report damage; and the next
// refresh, with new articles or none, computes the cache from nothing,
// which then equals one computed anew and records this nergraph's rules.
func TestOtherRules(t *testing.T) {
	ctx := context.Background()
	docs := testdocs.Random(160, 7)
	for _, tc := range []struct {
		name  string
		rules int64
		more  int
	}{
		{"other rules, more articles", graphstore.CacheRules + 1, 40},
		{"unknown rules, no more articles", 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			old, more := docs[:len(docs)-tc.more], docs[len(docs)-tc.more:]
			s := openTemp(t)
			addAll(t, s, old, 40)
			if _, err := s.Refresh(ctx); err != nil {
				t.Fatal(err)
			}
			otherRulesCache(t, s, tc.rules)

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
			if got, has, err := s.CacheRulesOf(ctx); err != nil || !has || got != int(tc.rules) {
				t.Errorf("CacheRulesOf() = %d, %v, %v; want %d, true", got, has, err, tc.rules)
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

			addAll(t, s, more, 20)
			if done, err := s.Refresh(ctx); err != nil || !done {
				t.Fatalf("Refresh() = %v, %v; want the cache computed anew", done, err)
			}
			for _, d := range more {
				want.Add(d)
			}
			rep, err = s.Check(ctx, graphstore.CheckFull)
			if err != nil || len(rep.Problems) > 0 || len(rep.Notes) > 0 {
				t.Errorf("Check() after the refresh = problems %q, notes %q, %v; want the cache computed anew, of this nergraph's rules",
					rep.Problems, rep.Notes, err)
			}
			if got, has, err := s.CacheRulesOf(ctx); err != nil || !has || got != graphstore.CacheRules {
				t.Errorf("CacheRulesOf() after the refresh = %d, %v, %v; want %d", got, has, err, graphstore.CacheRules)
			}
			wantAnswers(t, s, want)
		})
	}
}
