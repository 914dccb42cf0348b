package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"slices"
	"sync"

	"github.com/nergraph/nergraph/graphstore"
)

// update is a planned refresh of the cache: what the articles added since
// the cache was computed change in it, planned in a read transaction from
// the cache as it was (base) and written by [update.write].
//
// A refresh works in proportion to what the new articles change:
//
//  1. Corpus linking runs anew over the entities of every article (read from
//     the mention rows; no text): it is corpus-wide and decides each short
//     name in its own article's context, which every new article can change
//     (see [graphstore.LinkCorpus]), so it is not a function of per-id sums.
//  2. The nodes whose raw ids changed node in some article (the old and the
//     new node of each article's raw id whose link changed, compared with
//     graph_canonical and graph_article_links) are computed anew, with all
//     their edges, from the articles that mention them; of their edges only
//     the rows that change are written.
//  3. Every other node and edge the new articles touch is updated by adding
//     their counts to its tally or row; nothing else is read or written.
//
// NPMI, which every new article changes on every edge, is not kept: readers
// compute it. The nodes and edges are those [graphstore.Graph] makes of the
// same articles, because the linking and the tallies are the graph's own
// (see [graphstore.LinkCorpus] and [graphstore.NodeTally]).
type update struct {
	s          *Store
	base, next cacheState
	full       bool // no cache yet, or one of other rules: computed from every article

	old      []*storedArticle            // the articles the cache held, in order
	oldRemap map[string]string           // raw id → node id in every article, as the cache links them
	oldIn    map[int64]map[string]string // by article: raw id → node id in its own context, as the cache links them
	remap    map[string]string           // raw id → node id in every article, as they are linked now
	in       map[int64]map[string]string // by article, as they are linked now
	moved    map[string]bool             // nodes whose raw ids changed in some article

	tallies    map[string]*graphstore.NodeTally // the nodes that change, with their new tallies
	recomputed map[[2]string]*edgeAcc           // every edge of a moved node
	delta      map[[2]string]*edgeAcc           // what the new articles add to other edges
	all        *allEdges                        // every edge, when full (delta stays empty)

	rows    map[string]*nodeRow // the cache's rows of the nodes involved, by id
	byNum   map[int64]string    // the ids of the rows read, by number
	newNums map[string]int64    // the numbers of the nodes the update makes
	degrees map[string]int      // change of degree, by node id

	w writes
	q *preparedTx // the plan's transaction, for the rows it reads one key at a time
}

// edgeAcc sums the articles of an edge.
type edgeAcc struct {
	weight, sentences int
	seqs              []int64
}

func (e *edgeAcc) add(x, y graphstore.EntityCount, seq int64) {
	e.weight++
	e.sentences += graphstore.SharedSentences(x, y)
	e.seqs = append(e.seqs, seq)
}

func accOf(m map[[2]string]*edgeAcc, x, y string) *edgeAcc {
	k := [2]string{x, y}
	e := m[k]
	if e == nil {
		e = &edgeAcc{}
		m[k] = e
	}
	return e
}

// plan plans the refresh of a cache whose state is base to hold the
// articles up to number upTo (all of them when 0).
func (s *Store) plan(ctx context.Context, tx *sql.Tx, base cacheState, upTo int64) (*update, error) {
	// A cache computed with other rules is not added to: the refresh
	// computes it from nothing, as if there were none, and writes it in
	// the same transaction as the rules' version (never a mix of two).
	from := base
	if !base.current() {
		from = cacheState{}
	}
	u := &update{s: s, base: base, full: !from.ok, oldRemap: map[string]string{}, oldIn: map[int64]map[string]string{},
		moved: map[string]bool{}, tallies: map[string]*graphstore.NodeTally{}, recomputed: map[[2]string]*edgeAcc{},
		delta: map[[2]string]*edgeAcc{}, rows: map[string]*nodeRow{}, byNum: map[int64]string{}, newNums: map[string]int64{}, degrees: map[string]int{},
		q: newPreparedTx(tx)}
	defer func() { u.q.close(); u.q = nil }()
	if upTo == 0 {
		upTo = math.MaxInt64
	}
	var n, maxSeq int64
	err := tx.QueryRowContext(ctx, `SELECT count(*), coalesce(max(seq), 0) FROM articles WHERE seq <= ?`, upTo).Scan(&n, &maxSeq)
	if err != nil {
		return nil, err
	}
	var added []*storedArticle
	seen, err := s.articlesBetween(ctx, tx, from.maxSeq, upTo, nil, func(a *storedArticle) error {
		added = append(added, a)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if int64(len(added)) != n-from.articles {
		return nil, s.damaged("the store has %d articles after number %d, of %d; the cache holds %d",
			len(added), from.maxSeq, n, from.articles)
	}
	if u.full && upTo == math.MaxInt64 {
		if err := s.checkArticleSums(ctx, tx, seen); err != nil {
			return nil, err
		}
	}
	if err := u.link(ctx, tx, added); err != nil {
		return nil, err
	}
	if err := u.unsureToSure(ctx, tx, added); err != nil {
		return nil, err
	}
	if err := u.recomputeAndAdd(ctx, tx, added); err != nil {
		return nil, err
	}
	if err := u.planWrites(ctx, tx); err != nil {
		return nil, err
	}
	u.next.articles, u.next.maxSeq = n, maxSeq
	return u, nil
}

// link links the entities of every article anew, the cache's articles and
// the new ones, and finds the nodes whose raw ids changed node.
func (u *update) link(ctx context.Context, tx *sql.Tx, added []*storedArticle) error {
	if !u.full {
		_, err := u.s.articlesBetween(ctx, tx, 0, u.base.maxSeq, nil, func(a *storedArticle) error {
			u.old = append(u.old, a)
			return nil
		})
		if err != nil {
			return fmt.Errorf("read articles: %w", err)
		}
		if int64(len(u.old)) != u.base.articles {
			return u.s.damaged("the store has %d articles up to number %d; the cache holds %d", len(u.old), u.base.maxSeq, u.base.articles)
		}
	}
	// The read-back's articles are in the linker's form already; the others
	// are put in it with the same keys.
	keys := graphstore.NewLinkKeys()
	if u.s.readBack != nil {
		keys = u.s.readBack.keys
	}
	all := make([]*graphstore.LinkArticle, 0, len(u.old)+len(added))
	seqs := make([]int64, 0, cap(all))
	for _, list := range [][]*storedArticle{u.old, added} {
		for _, a := range list {
			la := a.link
			if la == nil {
				la = graphstore.NewLinkArticle(a.ArticleCounts, keys)
			}
			all = append(all, la)
			seqs = append(seqs, a.seq)
		}
	}
	// Linking reads the articles alone: it runs on a core of its own while
	// the links the cache holds are read.
	var l *graphstore.Linking
	var linking sync.WaitGroup
	if planSerial {
		l = graphstore.LinkArticles(all, keys)
	} else {
		linking.Go(func() { l = graphstore.LinkArticles(all, keys) })
	}
	if err := u.readLinks(ctx, tx); err != nil {
		linking.Wait()
		return err
	}
	linking.Wait()
	u.remap = l.Remap()
	u.in = map[int64]map[string]string{}
	for i, seq := range seqs {
		if m := l.InArticle(i); m != nil {
			u.in[seq] = m
		}
	}
	// A raw id can change node in an article only where its link in every
	// article changed or the article links it in its own context, before
	// or now: the others, nearly all, are passed over without looking up
	// their links.
	changed := map[string]bool{}
	for _, m := range []map[string]string{u.oldRemap, u.remap} {
		for raw := range m {
			if canon(u.oldRemap, raw) != canon(u.remap, raw) {
				changed[raw] = true
			}
		}
	}
	for _, a := range u.old {
		oldIn, in := u.oldIn[a.seq], u.in[a.seq]
		if len(changed) == 0 && len(oldIn) == 0 && len(in) == 0 {
			continue
		}
		for id := range a.entityIDs() {
			_, o := oldIn[id]
			_, n := in[id]
			if !changed[id] && !o && !n {
				continue
			}
			if o, n := linkedIn(u.oldRemap, u.oldIn, a.seq, id), u.to(a.seq, id); o != n {
				u.moved[o], u.moved[n] = true, true
			}
		}
	}
	return nil
}

// readLinks reads the links the cache holds, if any.
func (u *update) readLinks(ctx context.Context, tx *sql.Tx) error {
	if u.full {
		return nil
	}
	if err := u.readCanonical(ctx, tx); err != nil {
		return err
	}
	return u.readArticleLinks(ctx, tx)
}

// to returns the node of raw id in article seq, as linked now.
func (u *update) to(seq int64, id string) string { return linkedIn(u.remap, u.in, seq, id) }

// toIn returns the function that links the raw ids of article seq.
func (u *update) toIn(seq int64) func(string) string {
	return func(id string) string { return u.to(seq, id) }
}

// linkedIn returns the node of raw id in article seq by the links of every
// article (remap) and of each article's own context (in).
func linkedIn(remap map[string]string, in map[int64]map[string]string, seq int64, id string) string {
	if to, ok := in[seq][id]; ok {
		return to
	}
	return canon(remap, id)
}

// readArticleLinks reads the links the cache holds in articles' own
// contexts.
func (u *update) readArticleLinks(ctx context.Context, tx *sql.Tx) error {
	err := eachRow(ctx, tx, `SELECT article, raw, id, sum FROM graph_article_links`, func(rows *sql.Rows) error {
		var seq, sum int64
		var raw, id string
		if err := rows.Scan(&seq, &raw, &id, &sum); err != nil {
			return err
		}
		if rowSum(seq, raw, id) != sum {
			return u.s.damaged("the graph_article_links row of %q in article %d does not match its checksum", raw, seq)
		}
		if u.oldIn[seq] == nil {
			u.oldIn[seq] = map[string]string{}
		}
		u.oldIn[seq][raw] = id
		return nil
	})
	if err != nil {
		return fmt.Errorf("read article links: %w", err)
	}
	return nil
}

// readCanonical reads the links the cache holds.
func (u *update) readCanonical(ctx context.Context, tx *sql.Tx) error {
	err := eachRow(ctx, tx, `SELECT raw, id, sum FROM graph_canonical`, func(rows *sql.Rows) error {
		var raw, id string
		var sum int64
		if err := rows.Scan(&raw, &id, &sum); err != nil {
			return err
		}
		if rowSum(raw, id) != sum {
			return u.s.damaged("the graph_canonical row of %q does not match its checksum", raw)
		}
		u.oldRemap[raw] = id
		return nil
	})
	if err != nil {
		return fmt.Errorf("read canonical ids: %w", err)
	}
	return nil
}

func canon(remap map[string]string, id string) string {
	if to, ok := remap[id]; ok {
		return to
	}
	return id
}

// planSerial makes the plan link before it reads the cache's links, and
// recompute the moved nodes before it adds the new articles, on one
// goroutine, for tests to compare with.
var planSerial = false

// recomputeAndAdd computes the moved nodes anew (recompute) and adds the
// new articles to the other nodes (addArticles): the one reads every
// article and the other the cache's tallies of the nodes the new articles
// mention, and neither reads what the other writes (the moved nodes' tallies
// and edges, the others'), so recompute runs on a core of its own while
// addArticles reads, its tallies put with the others' after.
func (u *update) recomputeAndAdd(ctx context.Context, tx *sql.Tx, added []*storedArticle) error {
	moved := map[string]*graphstore.NodeTally{}
	if planSerial {
		u.recompute(added, moved)
		if err := u.addArticles(ctx, tx, added); err != nil {
			return err
		}
	} else {
		var wg sync.WaitGroup
		wg.Go(func() { u.recompute(added, moved) })
		err := u.addArticles(ctx, tx, added)
		wg.Wait()
		if err != nil {
			return err
		}
	}
	u.old = nil // let the collector have them
	maps.Copy(u.tallies, moved)
	return nil
}

// recompute computes the moved nodes, and all their edges, from every
// article, the cache's and the new ones, in ingest order: their tallies
// into tallies, their edges into u.recomputed.
func (u *update) recompute(added []*storedArticle, tallies map[string]*graphstore.NodeTally) {
	if len(u.moved) == 0 {
		return
	}
	// The raw ids that go to a moved node in every article: one look-up
	// an entity below, rather than one in remap and one in moved.
	toMoved := map[string]bool{}
	for id := range u.moved {
		tallies[id] = &graphstore.NodeTally{ID: id}
		if _, ok := u.remap[id]; !ok {
			toMoved[id] = true
		}
	}
	for raw, id := range u.remap {
		if u.moved[id] {
			toMoved[raw] = true
		}
	}
	for _, a := range slices.Concat(u.old, added) {
		// Merging is by node, so an article none of whose raw ids goes
		// to a moved node adds nothing to them: most articles, passed
		// over without merging.
		touches := false
		in := u.in[a.seq]
		for id := range a.entityIDs() {
			if to, ok := in[id]; ok {
				touches = u.moved[to]
			} else {
				touches = toMoved[id]
			}
			if touches {
				break
			}
		}
		if !touches {
			continue
		}
		merged := a.mergeLinked(u.toIn(a.seq))
		mentions := false
		for _, e := range merged {
			if u.moved[e.ID] {
				tallies[e.ID].Add(e, a.Info.Date)
				mentions = true
			}
		}
		if !mentions {
			continue
		}
		coMentions(merged, func(e, f graphstore.EntityCount) {
			if u.moved[e.ID] || u.moved[f.ID] {
				accOf(u.recomputed, e.ID, f.ID).add(e, f, a.seq)
			}
		})
	}
}

// addArticles adds the new articles, in order, to the tallies of the nodes
// they mention and to the edges between them, but for the moved nodes,
// which recompute counts them in. It reads and writes no tally of a moved
// node. A cache computed from nothing has no moved
// nodes, and its edges, all new, are summed in u.all.
func (u *update) addArticles(ctx context.Context, tx *sql.Tx, added []*storedArticle) error {
	if u.full {
		u.all = newAllEdges(allEdgesSize{})
	}
	// A chunk of articles at a time: their tallies are read in a few
	// queries, and a cache computed from nothing, whose added articles are
	// all the store's, holds no more than a chunk's merged entities.
	const chunk = 4096
	for start := 0; start < len(added); start += chunk {
		part := added[start:min(start+chunk, len(added))]
		merged := make([][]graphstore.EntityCount, len(part))
		var ids []string
		for i, a := range part {
			merged[i] = a.mergeLinked(u.toIn(a.seq))
			for _, e := range merged[i] {
				if !u.moved[e.ID] {
					ids = append(ids, e.ID)
				}
			}
		}
		if err := u.readTallies(ctx, ids); err != nil {
			return err
		}
		for i, a := range part {
			u.addArticle(a, merged[i])
		}
	}
	return nil
}

// addArticle adds one new article's linked entities to their tallies,
// which readTallies has put in u.tallies, and to the edges between them.
func (u *update) addArticle(a *storedArticle, merged []graphstore.EntityCount) {
	for _, e := range merged {
		if !u.moved[e.ID] {
			u.tallies[e.ID].Add(e, a.Info.Date)
		}
	}
	if u.all != nil {
		u.all.add(merged, a.seq)
		return
	}
	coMentions(merged, func(e, f graphstore.EntityCount) {
		if !u.moved[e.ID] && !u.moved[f.ID] {
			accOf(u.delta, e.ID, f.ID).add(e, f, a.seq)
		}
	})
}

// coMentions calls fn on each pair of an article's linked entities that the
// graph counts as mentioned together: all pairs, but in an article of very
// many entities (see [graphstore.CoMentions]). The store keeps no
// paragraphs, and the graph of a store counts the whole article.
func coMentions(merged []graphstore.EntityCount, fn func(e, f graphstore.EntityCount)) {
	graphstore.CoMentions(merged, nil, graphstore.Window{}, func(i, j int) { fn(merged[i], merged[j]) })
}

// readTallies puts in u.tallies the tallies of the nodes ids that it lacks:
// those the cache holds, read a chunk of ids a query, or new ones.
func (u *update) readTallies(ctx context.Context, ids []string) error {
	var need []string
	for _, id := range ids {
		if _, ok := u.tallies[id]; !ok {
			u.tallies[id] = &graphstore.NodeTally{ID: id}
			need = append(need, id)
		}
	}
	if u.full {
		return nil
	}
	return readByKeys(ctx, u.q, `SELECT id, tally, sum FROM node_tallies WHERE id IN (%s)`, anys(need), func(rows *sql.Rows) error {
		var id, tally string
		var sum int64
		if err := rows.Scan(&id, &tally, &sum); err != nil {
			return err
		}
		t := u.tallies[id]
		switch {
		case t == nil:
			return fmt.Errorf("node_tallies gave %q, which was not asked for", id)
		case rowSum(id, tally) != sum:
			return u.s.damaged("the node_tallies row of %q does not match its checksum", id)
		}
		if err := json.Unmarshal([]byte(tally), t); err != nil {
			return u.s.damaged("the node tally of %q: %v", id, err)
		}
		return nil
	})
}

// unsureToSure adds to the moved nodes those left out as unsure (a tally
// and no row, see [graphstore.NodeTally.LeftOut]) that a new article's sure
// entity makes nodes: the cache holds none of their edges, so they are
// computed anew from every article, as nodes whose raw ids moved are.
func (u *update) unsureToSure(ctx context.Context, tx *sql.Tx, added []*storedArticle) error {
	if u.full {
		return nil
	}
	// A store without unsure rows (ingested without --min-confidence)
	// has no node left out: one look at the partial index, not one per id.
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM mentions WHERE unsure LIMIT 1)`).Scan(&n); err != nil {
		return fmt.Errorf("read mentions: %w", err)
	}
	if n == 0 {
		return nil
	}
	seen := map[string]bool{}
	for _, a := range added {
		for _, e := range a.entities() {
			id := u.to(a.seq, e.ID)
			if e.Unsure || u.moved[id] || seen[id] {
				continue
			}
			seen[id] = true
			var n int
			err := tx.QueryRowContext(ctx, `SELECT count(*) FROM node_tallies t WHERE t.id = ?
				AND NOT EXISTS (SELECT 1 FROM graph_nodes n WHERE n.id = t.id)`, id).Scan(&n)
			if err != nil {
				return fmt.Errorf("read node tallies: %w", err)
			}
			if n > 0 {
				u.moved[id] = true
			}
		}
	}
	return nil
}

// out reports whether the node id is left out of the cache as unsure: its
// tally, new or read, says so. A node the update does not tally keeps the
// status its row (or the lack of one) gives.
func (u *update) out(id string) bool {
	t, ok := u.tallies[id]
	return ok && t.LeftOut()
}

// anyOut reports whether the update leaves out any node as unsure.
func (u *update) anyOut() bool {
	for _, t := range u.tallies {
		if t.LeftOut() {
			return true
		}
	}
	return false
}

// sureEdges returns the edges of m between nodes neither of which is left
// out as unsure.
func (u *update) sureEdges(m map[[2]string]*edgeAcc) map[[2]string]*edgeAcc {
	if !u.anyOut() {
		return m // all of them, not copied (a new cache's every edge)
	}
	out := make(map[[2]string]*edgeAcc, len(m))
	for k, e := range m {
		if !u.out(k[0]) && !u.out(k[1]) {
			out[k] = e
		}
	}
	return out
}
