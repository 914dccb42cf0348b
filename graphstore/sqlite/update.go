package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/nergraph/nergraph/graphstore"
)

// update is a planned refresh of the cache: what the articles added since
// the cache was computed change in it, planned in a read transaction from
// the cache as it was (base) and written by [update.write].
//
// A refresh works in proportion to what the new articles change:
//
//  1. The new articles' entities are added to the link tallies of their raw
//     ids, and every raw id is linked anew from the tallies (one small row per
//     distinct id, no article read): corpus linking is corpus-wide, so one new
//     full name can take a partial name from one node to another.
//  2. The nodes whose raw ids changed node (the old and the new node of each
//     raw id whose link changed) are computed anew, with all their edges, from
//     the articles that mention them: the one part that reads old articles,
//     bounded by the articles of the nodes that changed.
//  3. Every other node and edge the new articles touch is updated by adding
//     their counts to its tally or row; nothing else is read or written.
//
// NPMI, which every new article changes on every edge, is not kept: readers
// compute it. The nodes and edges are those [graphstore.Graph] makes of the
// same articles, because the tallies are the graph's own (see
// [graphstore.LinkTally] and [graphstore.NodeTally]).
type update struct {
	s          *Store
	base, next cacheState
	full       bool // no cache yet: computed from every article

	links        map[string]*linkRow // every raw id's link tally
	changedLinks map[string]bool
	oldRemap     map[string]string // raw id → node id, as the cache links them
	remap        map[string]string // as they are linked now
	moved        map[string]bool   // nodes whose raw ids changed

	tallies    map[string]*graphstore.NodeTally // the nodes that change, with their new tallies
	recomputed map[[2]string]*edgeAcc           // every edge of a moved node
	delta      map[[2]string]*edgeAcc           // what the new articles add to other edges

	rows    map[string]*nodeRow // the cache's rows of the nodes involved, by id
	byNum   map[int64]string    // the ids of the rows read, by number
	newNums map[string]int64    // the numbers of the nodes the update makes
	degrees map[string]int      // change of degree, by node id

	w writes
}

// linkRow is a row of link_tallies.
type linkRow struct {
	articles int64 // articles that mention the raw id
	tally    *graphstore.LinkTally
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
	u := &update{s: s, base: base, full: !base.ok, changedLinks: map[string]bool{}, oldRemap: map[string]string{},
		moved: map[string]bool{}, tallies: map[string]*graphstore.NodeTally{}, recomputed: map[[2]string]*edgeAcc{},
		delta: map[[2]string]*edgeAcc{}, rows: map[string]*nodeRow{}, byNum: map[int64]string{}, newNums: map[string]int64{}, degrees: map[string]int{}}
	if upTo == 0 {
		upTo = math.MaxInt64
	}
	var n, maxSeq int64
	err := tx.QueryRowContext(ctx, `SELECT count(*), coalesce(max(seq), 0) FROM articles WHERE seq <= ?`, upTo).Scan(&n, &maxSeq)
	if err != nil {
		return nil, err
	}
	var added []*storedArticle
	seen, err := s.readArticles(ctx, tx, "a.seq > ? AND a.seq <= ?", []any{base.maxSeq, upTo}, false, func(a *storedArticle) error {
		added = append(added, a)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if int64(len(added)) != n-base.articles {
		return nil, s.damaged("the store has %d articles after number %d, of %d; the cache holds %d",
			len(added), base.maxSeq, n, base.articles)
	}
	if u.full && upTo == math.MaxInt64 {
		if err := s.checkArticleSums(ctx, tx, seen); err != nil {
			return nil, err
		}
	}
	if err := u.link(ctx, tx, added); err != nil {
		return nil, err
	}
	if err := u.recompute(ctx, tx); err != nil {
		return nil, fmt.Errorf("recompute relinked nodes: %w", err)
	}
	if err := u.addArticles(ctx, tx, added); err != nil {
		return nil, err
	}
	if err := u.planWrites(ctx, tx); err != nil {
		return nil, err
	}
	u.next.articles, u.next.maxSeq = n, maxSeq
	return u, nil
}

// link adds the new articles to the link tallies and links every raw id
// anew.
func (u *update) link(ctx context.Context, tx *sql.Tx, added []*storedArticle) error {
	u.links = map[string]*linkRow{}
	if !u.full {
		err := eachRow(ctx, tx, `SELECT id, articles, tally, sum FROM link_tallies`, func(rows *sql.Rows) error {
			var id string
			var tally []byte
			var r linkRow
			var sum int64
			if err := rows.Scan(&id, &r.articles, &tally, &sum); err != nil {
				return err
			}
			if rowSum(id, r.articles, string(tally)) != sum {
				return u.s.damaged("the link_tallies row of %q does not match its checksum", id)
			}
			var err error
			if r.tally, err = decodeLinkTally(tally); err != nil {
				return u.s.damaged("the link tally of %q: %v", id, err)
			}
			u.links[id] = &r
			return nil
		})
		if err != nil {
			return fmt.Errorf("read link tallies: %w", err)
		}
		if err := u.readCanonical(ctx, tx); err != nil {
			return err
		}
	}
	for _, a := range added {
		for _, e := range a.Entities {
			r := u.links[e.ID]
			if r == nil {
				r = &linkRow{tally: &graphstore.LinkTally{}}
				u.links[e.ID] = r
			}
			r.tally.Add(e)
			r.articles++
			u.changedLinks[e.ID] = true
		}
	}
	tallies := make(map[string]*graphstore.LinkTally, len(u.links))
	for id, r := range u.links {
		tallies[id] = r.tally
	}
	u.remap = graphstore.Link(tallies)
	if !u.full {
		u.moved = movedNodes(u.oldRemap, u.remap)
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

// movedNodes returns the nodes that gained or lost a raw id between two
// linkings: the old and the new node of each raw id whose link changed.
func movedNodes(old, now map[string]string) map[string]bool {
	out := map[string]bool{}
	for _, m := range []map[string]string{old, now} {
		for raw := range m {
			if o, n := canon(old, raw), canon(now, raw); o != n {
				out[o], out[n] = true, true
			}
		}
	}
	return out
}

// recompute computes the moved nodes, and all their edges, from every
// article that mentions one of their raw ids, in ingest order.
func (u *update) recompute(ctx context.Context, tx *sql.Tx) error {
	if len(u.moved) == 0 {
		return nil
	}
	var members []string
	for raw := range u.links {
		if u.moved[canon(u.remap, raw)] {
			members = append(members, raw)
		}
	}
	slices.Sort(members)
	seqs := map[int64]bool{}
	for _, raw := range members {
		err := eachRow(ctx, tx, `SELECT article FROM mentions WHERE entity = ?`, func(rows *sql.Rows) error {
			var seq int64
			err := rows.Scan(&seq)
			seqs[seq] = true
			return err
		}, raw)
		if err != nil {
			return err
		}
	}
	for id := range u.moved {
		u.tallies[id] = &graphstore.NodeTally{ID: id}
	}
	found := map[string]int64{} // articles read that mention each member
	err := readSeqs(ctx, u.s, tx, slices.Sorted(maps.Keys(seqs)), func(a *storedArticle) error {
		for _, e := range a.Entities {
			found[e.ID]++
		}
		merged := graphstore.MergeLinked(a.Entities, u.remap)
		for _, e := range merged {
			if u.moved[e.ID] {
				u.tallies[e.ID].Add(e, a.Info.Date)
			}
		}
		coMentions(merged, func(e, f graphstore.EntityCount) {
			if u.moved[e.ID] || u.moved[f.ID] {
				accOf(u.recomputed, e.ID, f.ID).add(e, f, a.seq)
			}
		})
		return nil
	})
	if err != nil {
		return err
	}
	// The index of mentions by entity, which gave the articles, is not
	// covered by the checksums: check what it gave against the tallies.
	for _, raw := range members {
		if found[raw] != u.links[raw].articles {
			return u.s.damaged("the index mentions_entity gives %d articles of %q; its link tally counts %d",
				found[raw], raw, u.links[raw].articles)
		}
	}
	return nil
}

// readSeqs reads the articles of seqs, given in ascending order, a few
// hundred a statement.
func readSeqs(ctx context.Context, s *Store, tx *sql.Tx, seqs []int64, fn func(*storedArticle) error) error {
	const perStmt = 500
	for i := 0; i < len(seqs); i += perStmt {
		chunk := seqs[i:min(i+perStmt, len(seqs))]
		args := make([]any, len(chunk))
		for j, seq := range chunk {
			args[j] = seq
		}
		where := "a.seq IN (" + strings.TrimSuffix(strings.Repeat("?, ", len(chunk)), ", ") + ")"
		n := 0
		if _, err := s.readArticles(ctx, tx, where, args, false, func(a *storedArticle) error { n++; return fn(a) }); err != nil {
			return err
		}
		if n != len(chunk) {
			return s.damaged("%d of %d articles named by mention rows are missing", len(chunk)-n, len(chunk))
		}
	}
	return nil
}

// addArticles adds the new articles, in order, to the tallies of the nodes
// they mention and to the edges between them, but for the moved nodes,
// which hold them already.
func (u *update) addArticles(ctx context.Context, tx *sql.Tx, added []*storedArticle) error {
	for _, a := range added {
		merged := graphstore.MergeLinked(a.Entities, u.remap)
		for _, e := range merged {
			if u.moved[e.ID] {
				continue
			}
			t, err := u.tally(ctx, tx, e.ID)
			if err != nil {
				return err
			}
			t.Add(e, a.Info.Date)
		}
		coMentions(merged, func(e, f graphstore.EntityCount) {
			if !u.moved[e.ID] && !u.moved[f.ID] {
				accOf(u.delta, e.ID, f.ID).add(e, f, a.seq)
			}
		})
	}
	return nil
}

// coMentions calls fn on each pair of an article's linked entities that the
// graph counts as mentioned together: all pairs, but in an article of very
// many entities (see [graphstore.CoMentions]). The store keeps no
// paragraphs, and the graph of a store counts the whole article.
func coMentions(merged []graphstore.EntityCount, fn func(e, f graphstore.EntityCount)) {
	graphstore.CoMentions(merged, nil, graphstore.Window{}, func(i, j int) { fn(merged[i], merged[j]) })
}

// tally returns the tally of a node the new articles mention: the one the
// cache holds, or a new one.
func (u *update) tally(ctx context.Context, tx *sql.Tx, id string) (*graphstore.NodeTally, error) {
	if t, ok := u.tallies[id]; ok {
		return t, nil
	}
	t := &graphstore.NodeTally{ID: id}
	u.tallies[id] = t
	if u.full {
		return t, nil
	}
	var tally string
	var sum int64
	err := tx.QueryRowContext(ctx, `SELECT tally, sum FROM node_tallies WHERE id = ?`, id).Scan(&tally, &sum)
	switch {
	case err == sql.ErrNoRows:
		return t, nil
	case err != nil:
		return nil, err
	case rowSum(id, tally) != sum:
		return nil, u.s.damaged("the node_tallies row of %q does not match its checksum", id)
	}
	if err := json.Unmarshal([]byte(tally), t); err != nil {
		return nil, u.s.damaged("the node tally of %q: %v", id, err)
	}
	return t, nil
}
