package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/nergraph/nergraph/graphstore"
)

// maxProblems is how many problems of one step a check names; the others
// it counts.
const maxProblems = 10

// Check looks for damage in the store, as [graphstore.Checker] says.
//
// The quick check (under a second of CPU for 30,000 articles) runs
// SQLite's quick_check over the whole file, checks the articles table's
// indexes against it (they keep ingest from adding an article twice), every
// article row against its checksum and all of them against the table's size
// and checksum, every mention and relation row against its article's
// checksums, and the cache's state against the articles. The full check
// runs SQLite's integrity_check and foreign_key_check, checks every
// article, mention and relation row against its checksum, the entities,
// aliases and edges tables against the totals of the mention rows (of the
// articles totals_pending does not name), and the
// whole cache against one computed anew from the articles it holds.
func (s *Store) Check(ctx context.Context, level graphstore.CheckLevel) (graphstore.CheckReport, error) {
	c := &checker{s: s, report: graphstore.CheckReport{Store: s.path}}
	c.step("file header and size", func() error { return checkFile(s.path, false) })
	if level == graphstore.CheckFull {
		c.pragma(ctx, "SQLite integrity_check", `PRAGMA integrity_check(100)`)
		c.foreignKeys(ctx)
	} else {
		c.pragma(ctx, "SQLite quick_check", `PRAGMA quick_check(100)`)
		c.pragma(ctx, "SQLite integrity_check of the articles table", `PRAGMA integrity_check(articles)`)
	}
	if s.version < versionSums || c.err != nil {
		if c.err == nil {
			c.report.Checked = append(c.report.Checked, fmt.Sprintf("schema version %d: no checksums to check (an ingest migrates it)", s.version))
		}
		return c.report, cmp.Or(c.err, ctx.Err())
	}
	tx, err := s.begin(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return c.report, s.failed(ctx, "check", err)
	}
	defer tx.Rollback()
	if level == graphstore.CheckFull {
		c.step("articles, mentions and relations against their checksums; entities, aliases and edges against the mentions",
			func() error { return c.totals(ctx, tx) })
		c.step("the cache against one computed anew", func() error { return c.cache(ctx, tx) })
	} else {
		c.step("articles, mentions and relations against their checksums", func() error { return s.scanQuick(ctx, tx) })
		c.step("the cache's state", func() error { _, _, err := s.isFresh(ctx, tx); return err })
	}
	return c.report, cmp.Or(c.err, ctx.Err())
}

// scanQuick checks every article row, every mention row and every
// relation row against their checksums, as scanMentions does. A store open
// for writing (an ingest's) reads its articles whole instead and keeps
// them: the refresh at the end of the ingest then reads only the articles
// added since (see [readBack]), so that an ingest reads the store's mention
// rows once, not twice.
func (s *Store) scanQuick(ctx context.Context, tx *sql.Tx) error {
	if s.readOnly {
		return s.scanMentions(ctx, tx)
	}
	rb, err := s.readAll(ctx, tx)
	if err != nil {
		return err
	}
	relations := make(map[int64]int64, len(rb.articles)) // article → the checksum of its relation rows
	for _, a := range rb.articles {
		relations[a.seq] = a.relationsSum
	}
	var r relationRow
	return s.scanChildren(ctx, tx, "relation", relations, `SELECT r.article, `+relationCols+` FROM relations r ORDER BY r.article, r.n`,
		func(rows *sql.Rows) (seq int64, err error) {
			r, err = scanRelation(rows, &seq)
			return seq, err
		}, func(sum *summer) { r.addTo(sum) })
}

// scanMentions checks every article row, every mention row and every
// relation row against their checksums without joining them: a scan of
// each table in key order.
func (s *Store) scanMentions(ctx context.Context, tx *sql.Tx) error {
	mentions := map[int64]int64{}  // article → the checksum of its mention rows
	relations := map[int64]int64{} // and of its relation rows
	if err := s.scanArticles(ctx, tx, func(a *articleRow) {
		mentions[a.seq], relations[a.seq] = a.mentionsSum, a.relationsSum
	}); err != nil {
		return err
	}
	var m mentionRow
	err := s.scanChildren(ctx, tx, "mention", mentions, `SELECT article, entity, name, type, iso, partial, `+s.unsureCol("")+`, mentions,
		sources, sentences, aliases FROM mentions ORDER BY article, entity`, func(rows *sql.Rows) (seq int64, err error) {
		err = rows.Scan(&seq, &m.entity, &m.name, &m.typ, &m.iso, &m.partial, &m.unsure, &m.mentions, &m.sources, &m.sentences,
			&m.aliases)
		return seq, err
	}, m.addTo)
	if err != nil {
		return err
	}
	var r relationRow
	return s.scanChildren(ctx, tx, "relation", relations, `SELECT r.article, `+relationCols+` FROM relations r ORDER BY r.article, r.n`,
		func(rows *sql.Rows) (seq int64, err error) {
			r, err = scanRelation(rows, &seq)
			return seq, err
		}, func(sum *summer) { r.addTo(sum) })
}

// scanChildren checks the rows of a table of rows per article (what, for
// messages: "mention" or "relation"), read by query in article order,
// against want, the checksums of each article's rows, which it empties.
// scan reads a row and returns its article's number; add adds the row read
// last to a checksum.
func (s *Store) scanChildren(ctx context.Context, tx *sql.Tx, what string, want map[int64]int64, query string,
	scan func(*sql.Rows) (int64, error), add func(*summer)) error {
	var cur int64 = -1
	var sum summer
	flush := func() error {
		if cur < 0 {
			return nil
		}
		w, ok := want[cur]
		if !ok {
			return s.damaged("%s rows name article number %d, which the store lacks", what, cur)
		}
		delete(want, cur)
		if sum.sum() != w {
			return s.damaged("the %s rows of article number %d do not match their checksum (rows lost, added or changed)", what, cur)
		}
		return nil
	}
	err := eachRow(ctx, tx, query, func(rows *sql.Rows) error {
		seq, err := scan(rows)
		if err != nil {
			return err
		}
		if seq != cur {
			if err := flush(); err != nil {
				return err
			}
			cur, sum = seq, summer{}
			sum.add(seq)
		}
		add(&sum)
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return err
	}
	// Articles without such rows have the checksum of none.
	for seq, w := range want {
		if rowSum(seq) != w {
			return s.damaged("the %s rows of article number %d are missing", what, seq)
		}
	}
	return nil
}

// checker gathers what a check found.
type checker struct {
	s      *Store
	report graphstore.CheckReport
	err    error // the error that ended the check
}

// step runs one step of a check; the damage it finds is a problem, and
// any other error (a cancelled context, a vanished file) ends the check.
func (c *checker) step(name string, fn func() error) {
	if c.err != nil {
		return
	}
	c.report.Checked = append(c.report.Checked, name)
	err := fn()
	var de *damageError
	switch {
	case err == nil:
	case errors.As(err, &de):
		c.report.Problems = append(c.report.Problems, de.what)
	case errors.Is(err, graphstore.ErrNotStore) || errors.Is(err, graphstore.ErrNotExist):
		c.report.Problems = append(c.report.Problems, err.Error())
	default:
		if err := c.s.explain(err); errors.As(err, &de) {
			c.report.Problems = append(c.report.Problems, de.what)
		} else {
			c.err = fmt.Errorf("check %s: %s: %w", c.s.path, name, err)
		}
	}
}

// pragma runs a pragma that answers "ok" or lists problems.
func (c *checker) pragma(ctx context.Context, name, query string) {
	c.step(name, func() error {
		var found []string
		err := eachRow(ctx, c.s.db, query, func(rows *sql.Rows) error {
			var msg string
			if err := rows.Scan(&msg); err != nil {
				return err
			}
			if msg != "ok" {
				found = append(found, msg)
			}
			return nil
		})
		for _, msg := range found {
			c.report.Problems = append(c.report.Problems, "SQLite: "+msg)
		}
		return err
	})
}

// foreignKeys checks that every mention row names an article.
func (c *checker) foreignKeys(ctx context.Context) {
	c.step("SQLite foreign_key_check", func() error {
		n := 0
		err := eachRow(ctx, c.s.db, `PRAGMA foreign_key_check`, func(rows *sql.Rows) error {
			var table, parent string
			var rowid sql.NullInt64
			var fk int
			if err := rows.Scan(&table, &rowid, &parent, &fk); err != nil {
				return err
			}
			if n++; n <= maxProblems {
				c.report.Problems = append(c.report.Problems, fmt.Sprintf("a row of %s names a row of %s that is missing", table, parent))
			}
			return nil
		})
		if n > maxProblems {
			c.report.Problems = append(c.report.Problems, fmt.Sprintf("and %d more rows name missing rows", n-maxProblems))
		}
		return err
	})
}

// differences records the keys of two maps whose values differ, naming
// them with what.
func differences[K comparable, V comparable](c *checker, what string, got, want map[K]V, name func(K) string) {
	keys := map[K]bool{}
	for k := range got {
		keys[k] = true
	}
	for k := range want {
		keys[k] = true
	}
	var bad []string
	for k := range keys {
		g, gok := got[k]
		w, wok := want[k]
		switch {
		case !gok:
			bad = append(bad, fmt.Sprintf("%s: the row of %s is missing", what, name(k)))
		case !wok:
			bad = append(bad, fmt.Sprintf("%s: the row of %s should not be there", what, name(k)))
		case g != w:
			bad = append(bad, fmt.Sprintf("%s: the row of %s holds %v; it should hold %v", what, name(k), g, w))
		}
	}
	slices.Sort(bad)
	for i, b := range bad {
		if i == maxProblems {
			c.report.Problems = append(c.report.Problems, fmt.Sprintf("%s: and %d more rows differ", what, len(bad)-maxProblems))
			break
		}
		c.report.Problems = append(c.report.Problems, b)
	}
}

// entityTotals is a row of entities.
type entityTotals struct {
	name, typ, iso              string
	mentions, articles, sources int
	first, last                 string
}

// totals reads every article with its mentions, checked against their
// checksums, and checks the totals tables against them.
func (c *checker) totals(ctx context.Context, tx *sql.Tx) error {
	ents := map[string]entityTotals{}
	aliases := map[[2]string]int{}
	edges := map[[2]string][2]int{}
	pending, err := c.pending(ctx, tx)
	if err != nil {
		return err
	}
	seen, err := c.s.readArticles(ctx, tx, "", nil, true, func(a *storedArticle) error {
		if len(pending) > 0 && pending[0][0] <= a.seq {
			if a.seq == pending[0][1] {
				pending = pending[1:]
			}
			return nil // not in the totals yet
		}
		utc := ""
		if !a.Info.Date.IsZero() {
			utc = a.Info.Date.UTC().Format(utcLayout)
		}
		for _, e := range a.Entities {
			t, ok := ents[e.ID]
			if !ok {
				t = entityTotals{name: e.Name, typ: string(e.Type), iso: e.ISO}
			}
			t.mentions += e.Mentions
			t.articles++
			t.sources += e.Sources
			if utc != "" && (t.first == "" || utc < t.first) {
				t.first = utc
			}
			t.last = max(t.last, utc)
			ents[e.ID] = t
			for name, n := range e.Aliases {
				aliases[[2]string{e.ID, name}] += n
			}
		}
		graphstore.CoMentions(a.Entities, nil, graphstore.Window{}, func(i, j int) {
			e, f := a.Entities[i], a.Entities[j]
			k := [2]string{e.ID, f.ID}
			edges[k] = [2]int{edges[k][0] + 1, edges[k][1] + graphstore.SharedSentences(e, f)}
		})
		return nil
	})
	if err != nil {
		return err
	}
	if err := c.s.checkArticleSums(ctx, tx, seen); err != nil {
		return err
	}
	return c.compareTotals(ctx, tx, ents, aliases, edges)
}

// pending reads the articles whose counts the totals tables do not hold
// yet (totals_pending, version 8); its rows must be ranges of the
// articles table's numbers, apart, in order.
func (c *checker) pending(ctx context.Context, tx *sql.Tx) ([][2]int64, error) {
	if c.s.version < versionPending {
		return nil, nil
	}
	ranges, err := pendingRanges(ctx, tx)
	if err != nil {
		return nil, err
	}
	var maxSeq int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) FROM articles`).Scan(&maxSeq); err != nil {
		return nil, err
	}
	var last int64
	for _, r := range ranges {
		if r[0] <= last || r[1] < r[0] || r[1] > maxSeq {
			return nil, c.s.damaged("totals_pending holds the articles from %d to %d, which are not a range of the articles after the last", r[0], r[1])
		}
		last = r[1]
	}
	return ranges, nil
}

// compareTotals reads the totals tables and records how they differ from
// the totals of the mention rows.
func (c *checker) compareTotals(ctx context.Context, tx *sql.Tx, ents map[string]entityTotals, aliases map[[2]string]int, edges map[[2]string][2]int) error {
	gotEnts := map[string]entityTotals{}
	err := eachRow(ctx, tx, `SELECT id, name, type, iso, mentions, articles, sources, coalesce(first_seen, ''), coalesce(last_seen, '') FROM entities`,
		func(rows *sql.Rows) error {
			var id string
			var t entityTotals
			err := rows.Scan(&id, &t.name, &t.typ, &t.iso, &t.mentions, &t.articles, &t.sources, &t.first, &t.last)
			gotEnts[id] = t
			return err
		})
	if err != nil {
		return err
	}
	gotAliases := map[[2]string]int{}
	err = eachRow(ctx, tx, `SELECT entity, name, count FROM aliases`, func(rows *sql.Rows) error {
		var k [2]string
		var n int
		err := rows.Scan(&k[0], &k[1], &n)
		gotAliases[k] = n
		return err
	})
	if err != nil {
		return err
	}
	gotEdges := map[[2]string][2]int{}
	err = eachRow(ctx, tx, `SELECT source, target, weight, sentences FROM edges`, func(rows *sql.Rows) error {
		var k [2]string
		var v [2]int
		err := rows.Scan(&k[0], &k[1], &v[0], &v[1])
		gotEdges[k] = v
		return err
	})
	if err != nil {
		return err
	}
	pair := func(k [2]string) string { return fmt.Sprintf("%q and %q", k[0], k[1]) }
	differences(c, "entities", gotEnts, ents, func(k string) string { return fmt.Sprintf("%q", k) })
	differences(c, "aliases", gotAliases, aliases, pair)
	differences(c, "edges", gotEdges, edges, pair)
	return nil
}

// cache checks the cache against one computed anew from the articles it
// holds: every node, name, edge, link and tally. Node numbers may differ
// between a cache updated batch by batch and one computed at once, so
// edges are compared by the ids of their ends.
func (c *checker) cache(ctx context.Context, tx *sql.Tx) error {
	state, err := c.s.readState(ctx, tx)
	if err != nil || !state.ok {
		return err
	}
	if _, _, err := c.s.isFresh(ctx, tx); err != nil {
		return err
	}
	if !state.current() {
		// Computed by other rules, the cache differs from one computed
		// anew without being damaged: its rows are checked against their
		// checksums and graph_state, and the report says what it is.
		got, err := c.s.readCache(ctx, tx)
		if err != nil {
			return err
		}
		if got.nodeSums != state.nodes {
			c.report.Problems = append(c.report.Problems, fmt.Sprintf("graph_nodes has %d rows summing to %d; graph_state says %d summing to %d",
				got.nodeSums.rows, got.nodeSums.sum, state.nodes.rows, state.nodes.sum))
		}
		c.report.Checked[len(c.report.Checked)-1] += " (not compared: computed by other rules; its rows against their checksums)"
		c.report.Notes = append(c.report.Notes, graphstore.OtherRulesNote(int(state.rules)))
		return nil
	}
	start := time.Now()
	want, err := c.s.plan(ctx, tx, cacheState{}, state.maxSeq)
	if err != nil {
		return err
	}
	got, err := c.s.readCache(ctx, tx)
	if err != nil {
		return err
	}
	if state.articles != want.next.articles || state.maxSeq != want.next.maxSeq {
		c.report.Problems = append(c.report.Problems, fmt.Sprintf("graph_state says the cache holds %d articles up to number %d; the store has %d up to it",
			state.articles, state.maxSeq, want.next.articles))
	}
	if got.nodeSums != state.nodes {
		c.report.Problems = append(c.report.Problems, fmt.Sprintf("graph_nodes has %d rows summing to %d; graph_state says %d summing to %d",
			got.nodeSums.rows, got.nodeSums.sum, state.nodes.rows, state.nodes.sum))
	}
	wantCache := cacheOf(want.w)
	quote := func(k string) string { return fmt.Sprintf("%q", k) }
	pair := func(k [2]string) string { return fmt.Sprintf("%q and %q", k[0], k[1]) }
	differences(c, "graph_nodes", got.nodes, wantCache.nodes, quote)
	differences(c, "graph_names", got.names, wantCache.names, pair)
	differences(c, "graph_edges", got.edges, wantCache.edges, pair)
	differences(c, "graph_canonical", got.canon, wantCache.canon, quote)
	differences(c, "graph_article_links", got.links, wantCache.links, quote)
	differences(c, "node_tallies", got.tallies, wantCache.tallies, quote)
	c.report.Checked[len(c.report.Checked)-1] += fmt.Sprintf(" (%.1fs)", time.Since(start).Seconds())
	return nil
}

// cacheRows are the rows of a cache by their keys, numbers of nodes turned
// into ids.
type cacheRows struct {
	nodes, canon, tallies map[string]string
	links                 map[string]string // "article raw" → id
	names                 map[[2]string]string
	edges                 map[[2]string]string
	nodeSums              setSum
}

// cacheOf returns the rows a full refresh writes.
func cacheOf(w writes) cacheRows {
	c := cacheRows{nodes: map[string]string{}, canon: map[string]string{}, links: map[string]string{},
		tallies: map[string]string{}, names: map[[2]string]string{}, edges: map[[2]string]string{}}
	ids := map[int64]string{}
	for _, r := range w.nodes {
		ids[r.num] = r.id
		c.nodes[r.id] = nodeText(r.values())
	}
	for _, r := range w.names {
		c.names[r] = ""
	}
	for _, r := range w.edges {
		c.edges[[2]string{ids[r.source], ids[r.target]}] = fmt.Sprint(r.weight, " ", r.sentences, " ", r.articles)
	}
	for _, r := range w.canon {
		c.canon[r[0]] = r[1]
	}
	for _, r := range w.links {
		c.links[fmt.Sprint(r.article, " ", r.raw)] = r.id
	}
	for _, r := range w.tallies {
		c.tallies[r[0]] = r[1]
	}
	return c
}

// nodeText is what of a node row a check compares: all but its number and
// checksum.
func nodeText(r []any) string {
	return fmt.Sprint(append(slices.Clone(r[:1]), r[2:len(r)-1]...)...)
}

// readCache reads every row of the cache, each checked against its
// checksum.
func (s *Store) readCache(ctx context.Context, tx *sql.Tx) (cacheRows, error) {
	c := cacheRows{nodes: map[string]string{}, canon: map[string]string{}, links: map[string]string{},
		tallies: map[string]string{}, names: map[[2]string]string{}, edges: map[[2]string]string{}}
	ids := map[int64]string{}
	err := eachRow(ctx, tx, `SELECT `+nodeCols+` FROM graph_nodes n`, func(rows *sql.Rows) error {
		r, err := s.scanNodeRow(rows)
		ids[r.num] = r.id
		c.nodes[r.id] = nodeText(r.values())
		c.nodeSums.add(r.rankSum())
		return err
	})
	if err != nil {
		return c, err
	}
	err = eachRow(ctx, tx, `SELECT `+edgeCols+`, e.articles FROM graph_edges e`, func(rows *sql.Rows) error {
		r, err := s.scanEdgeRow(rows, true)
		if err != nil {
			return err
		}
		src, ok := ids[r.source]
		dst, ok2 := ids[r.target]
		if !ok || !ok2 {
			return s.damaged("graph_edges names node number %d or %d, which graph_nodes lacks", r.source, r.target)
		}
		c.edges[[2]string{src, dst}] = fmt.Sprint(r.weight, " ", r.sentences, " ", r.articles)
		return nil
	})
	if err != nil {
		return c, err
	}
	if err := s.readKeyed(ctx, tx, &c); err != nil {
		return c, err
	}
	return c, nil
}

// readKeyed reads the rows of the cache's tables keyed by text, each checked
// against its checksum.
func (s *Store) readKeyed(ctx context.Context, tx *sql.Tx, c *cacheRows) error {
	check := func(what string, sum int64, vals ...any) error {
		if rowSum(vals...) != sum {
			return s.damaged("the %s row of %q does not match its checksum", what, vals[0])
		}
		return nil
	}
	err := eachRow(ctx, tx, `SELECT key, id, sum FROM graph_names`, func(rows *sql.Rows) error {
		var k, id string
		var sum int64
		if err := rows.Scan(&k, &id, &sum); err != nil {
			return err
		}
		c.names[[2]string{k, id}] = ""
		return check("graph_names", sum, k, id)
	})
	if err != nil {
		return err
	}
	err = eachRow(ctx, tx, `SELECT raw, id, sum FROM graph_canonical`, func(rows *sql.Rows) error {
		var raw, id string
		var sum int64
		if err := rows.Scan(&raw, &id, &sum); err != nil {
			return err
		}
		c.canon[raw] = id
		return check("graph_canonical", sum, raw, id)
	})
	if err != nil {
		return err
	}
	err = eachRow(ctx, tx, `SELECT article, raw, id, sum FROM graph_article_links`, func(rows *sql.Rows) error {
		var raw, id string
		var seq, sum int64
		if err := rows.Scan(&seq, &raw, &id, &sum); err != nil {
			return err
		}
		c.links[fmt.Sprint(seq, " ", raw)] = id
		return check("graph_article_links", sum, seq, raw, id)
	})
	if err != nil {
		return err
	}
	return eachRow(ctx, tx, `SELECT id, tally, sum FROM node_tallies`, func(rows *sql.Rows) error {
		var id, tally string
		var sum int64
		if err := rows.Scan(&id, &tally, &sum); err != nil {
			return err
		}
		c.tallies[id] = tally
		return check("node_tallies", sum, id, tally)
	})
}
