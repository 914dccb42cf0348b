package sqlite

import (
	"context"
	"encoding/json"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/nergraph/nergraph/graphstore"
)

// The refresh that ends the first ingest into an empty store: the cache is
// computed from nothing, of articles this process wrote and holds (see
// [readBack]). The normal refresh plans in a read transaction and writes in
// a write transaction, re-checking that the cache did not change in
// between; this one takes the write lock first and computes the cache from
// the articles in memory while it holds it, so nothing it plans can be
// overtaken, and plans the node rows and names straight from the tallies
// (planNodes writes each node's aliases with encoding/json and reads them
// back to find its names). The rows are those of the normal refresh, row
// for row: the linking, the tallies, the edges, the numbering, the links
// and the writes are the normal refresh's own code.
//
// It applies only when it can prove the articles in memory are the store's
// every article: this process's first batch found the store empty
// (Store.emptyAtStart), the read-back holds the articles numbered 1 to n
// with nothing missing, the store has n articles up to number n, their
// checksums add up to what store_sums keeps, and the store has no cache of
// this nergraph's rules (a full computation). Otherwise (a store that held
// articles, an earlier killed run's rows, another writer's articles, a
// batch past the read-back's bound) the normal refresh runs.

// freshRefreshes counts the refreshes refreshFresh wrote, for the tests.
var freshRefreshes atomic.Int64

// refreshFresh computes a fresh store's cache from the articles the
// process holds. ok is false when it does not apply, and the normal
// refresh is to run; when ok, done and err are the refresh's result.
func (s *Store) refreshFresh(ctx context.Context) (done, ok bool, err error) {
	rb := s.readBack
	if !s.emptyAtStart || rb == nil || len(rb.articles) == 0 || int64(len(rb.articles)) != rb.maxSeq {
		return false, false, nil
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return false, true, s.failed(ctx, "refresh cache", err)
	}
	defer tx.end()
	base, err := s.readState(ctx, tx)
	if err != nil {
		return false, true, s.failed(ctx, "refresh cache", err)
	}
	if base.ok && base.current() {
		return false, false, nil // a cache of these rules: the normal refresh adds to it
	}
	n, maxSeq, err := generation(ctx, tx)
	if err != nil {
		return false, true, s.failed(ctx, "refresh cache", err)
	}
	if n != rb.maxSeq || maxSeq != rb.maxSeq {
		return false, false, nil // another process's articles
	}
	var seen setSum
	for i, a := range rb.articles {
		if a.seq != int64(i+1) {
			return false, false, nil
		}
		seen.add(a.sum)
	}
	if err := s.checkArticleSums(ctx, tx.Tx, seen); err != nil {
		return false, true, s.failed(ctx, "refresh cache", err)
	}
	u, err := s.planFresh(ctx, base, rb.articles)
	if err == nil {
		err = u.planFreshRows()
	}
	if err != nil {
		return false, true, s.failed(ctx, "refresh cache", err)
	}
	u.next.articles, u.next.maxSeq = n, maxSeq
	if err := u.writeFresh(ctx, tx); err != nil {
		return false, true, s.failed(ctx, "refresh cache", err)
	}
	if err := tx.Commit(); err != nil {
		return false, true, s.failed(ctx, "refresh cache: commit", err)
	}
	freshRefreshes.Add(1)
	return true, true, nil
}

// planFresh links the articles, every one of the store's, and sums their
// tallies and edges, as [Store.plan] does for a cache computed from
// nothing: a full update reads nothing of the store to link or tally, and
// is given no transaction.
func (s *Store) planFresh(ctx context.Context, base cacheState, added []*storedArticle) (*update, error) {
	u := &update{s: s, base: base, full: true, oldRemap: map[string]string{}, oldIn: map[int64]map[string]string{},
		moved: map[string]bool{}, tallies: map[string]*graphstore.NodeTally{}, recomputed: map[[2]string]*edgeAcc{},
		delta: map[[2]string]*edgeAcc{}, rows: map[string]*nodeRow{}, byNum: map[int64]string{}, newNums: map[string]int64{},
		degrees: map[string]int{}}
	if err := u.link(ctx, nil, added); err != nil {
		return nil, err
	}
	u.tallyFresh(added)
	return u, nil
}

// tallyFresh adds the articles, in order, to the tallies of the nodes they
// mention and to the edges between them, as addArticles does for a full
// update; those the read-back holds in the linker's form through
// [graphstore.LinkArticle.TallyLinked], without the maps of aliases of
// their merged entities.
func (u *update) tallyFresh(added []*storedArticle) {
	u.all = newAllEdges(u.s.counted)
	u.s.counted = allEdgesSize{}
	tallyOf := func(id string) *graphstore.NodeTally {
		t := u.tallies[id]
		if t == nil {
			t = &graphstore.NodeTally{ID: id}
			u.tallies[id] = t
		}
		return t
	}
	var buf []graphstore.EntityCount // TallyLinked's, reused article by article
	for _, a := range added {
		var merged []graphstore.EntityCount
		if a.link != nil {
			buf = a.link.TallyLinked(buf, u.toIn(a.seq), a.Info.Date, tallyOf)
			merged = buf
		} else {
			merged = a.mergeLinked(u.toIn(a.seq))
			for _, e := range merged {
				tallyOf(e.ID).Add(e, a.Info.Date)
			}
		}
		u.all.add(merged, a.seq)
	}
}

// planFreshRows plans the rows of a full update, as planWrites does (see
// planFreshNodes for the node rows).
func (u *update) planFreshRows() error {
	u.next = cacheState{}
	// New nodes are numbered in id order; every tally of a full update
	// has articles.
	ids := slices.Sorted(maps.Keys(u.tallies))
	for _, id := range ids {
		if !u.tallies[id].LeftOut() {
			u.newNums[id] = u.next.nextNum
			u.next.nextNum++
		}
	}
	if err := u.planAllEdges(); err != nil {
		return err
	}
	if err := u.planFreshNodes(ids); err != nil {
		return err
	}
	u.planLinks()
	u.tallies, u.rows, u.oldIn, u.in = nil, nil, nil, nil
	return nil
}

// planFreshNodes plans the node rows, tallies and names of a full update:
// those planNodes plans of it, with a node's aliases written by hand when
// every name is plain (see appendAliasList) and its names taken from them
// rather than from the JSON read back. ids are the tallies' ids, sorted.
func (u *update) planFreshNodes(ids []string) error {
	u.w.tallies = slices.Grow(u.w.tallies, len(ids))
	u.w.nodes = slices.Grow(u.w.nodes, len(ids))
	u.w.names = slices.Grow(u.w.names, 3*len(ids))
	buf := make([]byte, 0, 512)
	for _, id := range ids {
		t := u.tallies[id]
		if t.Articles == 0 {
			continue // none: every tally of a full update has an article
		}
		// marshalTally's bytes, written into buf (one copy kept, not two).
		var tj string
		if b, ok := appendTally(buf[:0], t); ok {
			tj, buf = string(b), b
		} else {
			b, err := marshalTally(t)
			if err != nil {
				return err
			}
			tj = string(b)
		}
		u.w.tallies = append(u.w.tallies, [2]string{id, tj})
		if t.LeftOut() {
			continue // no row, no names, no edges; the tally stays
		}
		n := t.Node()
		row := nodeRow{id: n.ID, num: u.newNums[id], label: n.Label, typ: string(n.Type), iso: n.ISO, mentions: n.Mentions,
			articles: n.Articles, sources: n.Sources, degree: u.degrees[id], first: timeOrNull(n.First),
			last: timeOrNull(n.Last)}
		var plain bool
		if buf, plain = appendAliasList(buf[:0], n.Aliases); plain {
			row.aliases = string(buf)
			u.w.names = append(u.w.names, [2]string{strings.ToLower(row.id), id}, [2]string{strings.ToLower(row.label), id})
			for _, a := range n.Aliases {
				u.w.names = append(u.w.names, [2]string{strings.ToLower(a.Name), id})
			}
		} else {
			als, _ := json.Marshal(n.Aliases) // names and counts always marshal
			row.aliases = string(als)
			keys, err := row.names()
			if err != nil {
				return err
			}
			for k := range keys {
				u.w.names = append(u.w.names, [2]string{k, id})
			}
		}
		u.next.nodes.add(row.rankSum())
		u.w.nodes = append(u.w.nodes, row)
	}
	// A node's names repeat when its id, label and aliases lower-case
	// alike; planNodes kept each once, in the order of graph_names' key.
	sortPairs(u.w.names)
	u.w.names = slices.Compact(u.w.names)
	return nil
}

// appendAliasList appends the JSON encoding/json writes of als, or reports
// false when a name is not plain (see plainJSON).
func appendAliasList(b []byte, als []graphstore.Alias) ([]byte, bool) {
	if als == nil {
		return append(b, "null"...), true
	}
	b = append(b, '[')
	for i, a := range als {
		if !plainJSON(a.Name) {
			return b, false
		}
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"Name":"`...)
		b = append(b, a.Name...)
		b = append(b, `","Count":`...)
		b = strconv.AppendInt(b, int64(a.Count), 10)
		b = append(b, '}')
	}
	return append(b, ']'), true
}

// writeFresh writes a full update in tx, as write does, row for row: its
// rows are added to the writers value by value and summed with one summer,
// where write makes a list of boxed values for each row and a summer for
// each checksum (50,000 rows and 100,000 checksums on AG News). A full
// update deletes nothing but the cache it replaces.
func (u *update) writeFresh(ctx context.Context, tx *writeTx) error {
	w := &u.w
	if !u.full || len(w.nodeDel)+len(w.tallyDel)+len(w.canonDel)+len(w.nameDel)+len(w.edgeDel)+len(w.linkDel) > 0 {
		return u.write(ctx, tx) // none such: planFresh's updates are full
	}
	if err := emptyCache(ctx, tx.Tx); err != nil {
		return err
	}
	var s summer
	pair := func(table string, rows [][2]string) error {
		return freshRows(ctx, tx, table, 3, len(rows), func(rw *rowWriter, i int) error {
			p := rows[i]
			s = summer{}
			s.str(p[0])
			s.str(p[1])
			rw.text(p[0])
			rw.text(p[1])
			rw.int(s.sum())
			return rw.endRow()
		})
	}
	err := freshRows(ctx, tx, "graph_nodes", 14, len(w.nodes), func(rw *rowWriter, i int) error {
		return addNodeRow(rw, &w.nodes[i])
	})
	if err == nil {
		err = pair("graph_names", w.names)
	}
	if err == nil {
		err = pair("node_tallies", w.tallies)
	}
	if err == nil {
		err = freshRows(ctx, tx, "graph_article_links", 4, len(w.links), func(rw *rowWriter, i int) error {
			l := &w.links[i]
			s = summer{}
			s.num(l.article)
			s.str(l.raw)
			s.str(l.id)
			rw.int(l.article)
			rw.text(l.raw)
			rw.text(l.id)
			rw.int(s.sum())
			return rw.endRow()
		})
	}
	if err == nil {
		err = freshRows(ctx, tx, "graph_edges", 7, len(w.edges), func(rw *rowWriter, i int) error {
			e := &w.edges[i]
			s = summer{}
			s.str(e.articles)
			as := s.sum()
			s = summer{}
			s.num(e.source)
			s.num(e.target)
			s.num(int64(e.weight))
			s.num(int64(e.sentences))
			s.num(as)
			rw.int(e.source)
			rw.int(e.target)
			rw.int(int64(e.weight))
			rw.int(int64(e.sentences))
			rw.int(as)
			rw.int(s.sum())
			rw.text(e.articles)
			return rw.endRow()
		})
	}
	if err == nil {
		err = pair("graph_canonical", w.canon)
	}
	if err != nil {
		return err
	}
	if err := makeIndexes(ctx, tx.Tx); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM graph_state`); err != nil {
		return err
	}
	n := u.next
	n.rules = graphstore.CacheRules
	_, err = tx.ExecContext(ctx, `INSERT INTO graph_state (articles, max_seq, nodes, node_sum, next_num, rules, sum) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		n.articles, n.maxSeq, n.nodes.rows, n.nodes.sum, n.nextNum, n.rules, n.sum())
	return err
}

// addNodeRow adds a row of graph_nodes to rw, with its rank's and its own
// checksums, as write writes it.
func addNodeRow(rw *rowWriter, r *nodeRow) error {
	var s summer
	s.str(r.id)
	s.str(r.typ)
	s.num(int64(r.articles))
	s.num(int64(r.mentions))
	rank := s.sum()
	s = summer{}
	s.str(r.id)
	s.num(r.num)
	s.str(r.label)
	s.str(r.typ)
	s.str(r.iso)
	s.num(int64(r.mentions))
	s.num(int64(r.articles))
	s.num(int64(r.sources))
	s.num(int64(r.degree))
	s.add(r.first, r.last)
	s.str(r.aliases)
	rw.text(r.id)
	rw.int(r.num)
	rw.text(r.label)
	rw.text(r.typ)
	rw.text(r.iso)
	rw.int(int64(r.mentions))
	rw.int(int64(r.articles))
	rw.int(int64(r.sources))
	rw.int(int64(r.degree))
	rw.value(r.first)
	rw.value(r.last)
	rw.text(r.aliases)
	rw.int(rank)
	rw.int(s.sum())
	return rw.endRow()
}

// freshRows inserts n rows into an empty table of the cache: each key
// comes once, so a plain insert (see write). add adds row i to rw.
func freshRows(ctx context.Context, tx *writeTx, table string, width, n int, add func(rw *rowWriter, i int) error) error {
	if n == 0 {
		return nil
	}
	rw := newRowWriter(ctx, tx, "INSERT OR FAIL", table, width, "")
	defer rw.close()
	for i := range n {
		if err := add(rw, i); err != nil {
			return err
		}
	}
	return rw.flush()
}
